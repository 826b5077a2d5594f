import { useCallback, useEffect, useRef, useState } from "react";
import {
  type DraftRef,
  type DraftStore,
  differsFromSaved,
  type LocalDraft,
  listDrafts,
  pruneDrafts,
  readDraft,
  removeDraft,
  type WriteResult,
  writeDraft,
} from "./local-draft";
import { useMe } from "./session";

const WRITE_DELAY_MS = 300;

/** The browser's localStorage, or null where it is switched off (the forms then work without a local copy). */
export function browserStore(): DraftStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Writes not yet made (the short delay after a keystroke), flushed on page hide and at sign-out. */
const pendingWrites = new Map<string, () => void>();

/** Writes every draft typed in the last moments now: before the page unloads or the user signs out. */
export function flushLocalDrafts(): void {
  for (const write of [...pendingWrites.values()]) {
    write();
  }
}

if (typeof window !== "undefined") {
  window.addEventListener("pagehide", flushLocalDrafts);
}

/** The signed-in user's unsaved drafts on this browser (for the list on Beranda). */
export function myLocalDrafts(userId: string): LocalDraft[] {
  const store = browserStore();
  return store ? listDrafts(store, userId, new Date()) : [];
}

export function discardLocalDraft(ref: DraftRef): void {
  const store = browserStore();
  if (store) {
    removeDraft(store, ref);
  }
}

/** At sign-in and sign-out on a shared computer: drop expired drafts; unsaved ones stay for their owner. */
export function tidyLocalDrafts(): void {
  flushLocalDrafts();
  const store = browserStore();
  if (store) {
    pruneDrafts(store, new Date());
  }
}

type Options<T> = {
  form: string;
  recordId: string;
  /** Only while the user may edit the record: nothing of a record they only read is stored. */
  enabled: boolean;
  values: T;
  /** The values differ from what the server holds. */
  dirty: boolean;
  /** The version the values started from, stored beside them. */
  baseVersion: () => number;
  title: string;
  /** Checks a stored draft's values against the form's shape; null drops it. */
  parse: (raw: unknown) => T | null;
  /** What two values are compared by (default: the values); e.g. without client-only row keys. */
  compare?: (values: T) => unknown;
  /** Puts a restored draft into the form (with the version it was typed against). */
  onRestore: (values: T, baseVersion: number) => void;
};

export type Restored<T> = { savedAt: string; baseVersion: number; previous: T };

/**
 * Keeps a long form's values in this browser while typing (user + form + record), removes them once the server
 * confirmed the save (dirty turns false, or `clear`), and when the form opens with a stored draft that differs from
 * the saved record, puts it back and says so (`restored`, with the saved values to go back to).
 */
export function useLocalDraft<T>(options: Options<T>) {
  const userId = useMe().data?.user.id ?? null;
  const latest = useRef(options);
  latest.current = options;
  const [restored, setRestored] = useState<Restored<T> | null>(null);
  const [storage, setStorage] = useState<WriteResult | null>(null);
  const checked = useRef(false);
  const cleared = useRef(false);
  const snapshot = JSON.stringify(options.values);
  const ready = options.enabled && userId !== null;
  const key = userId ? `${userId}:${options.form}:${options.recordId}` : "";

  // biome-ignore lint/correctness/useExhaustiveDependencies: values and dirty are read from `latest`; the snapshot and flag say when they changed
  useEffect(() => {
    const store = browserStore();
    if (!ready || !store || !userId) {
      return;
    }
    const current = latest.current;
    const draftRef = { userId, form: current.form, recordId: current.recordId };
    if (!checked.current) {
      checked.current = true;
      const draft = readDraft(store, draftRef, new Date());
      const values = draft ? current.parse(draft.values) : null;
      const compare = current.compare ?? ((v: T) => v);
      if (
        draft &&
        values !== null &&
        differsFromSaved({ ...draft, values: compare(values) }, compare(current.values))
      ) {
        setRestored({ savedAt: draft.savedAt, baseVersion: draft.baseVersion, previous: current.values });
        current.onRestore(values, draft.baseVersion);
      } else if (draft) {
        removeDraft(store, draftRef);
      }
      return;
    }
    if (!current.dirty) {
      pendingWrites.delete(key);
      removeDraft(store, draftRef);
      return;
    }
    cleared.current = false;
    // Taken now, while the form is on screen: a flush on leaving runs when the address is already the next page's.
    const path = window.location.pathname;
    const write = () => {
      pendingWrites.delete(key);
      if (cleared.current) {
        return;
      }
      const now = latest.current;
      const draft = { ...draftRef, baseVersion: now.baseVersion(), values: now.values, title: now.title };
      setStorage(writeDraft(store, { ...draft, path }, new Date()));
    };
    pendingWrites.set(key, write);
    const timer = setTimeout(write, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ready, userId, key, snapshot, options.dirty]);

  // Leaving the form (another page, a closed modal): what was typed in the last moments is written now.
  useEffect(() => () => pendingWrites.get(key)?.(), [key]);

  /** The server confirmed a save that ends the form (a created record): forget the draft. */
  const clear = useCallback(() => {
    cleared.current = true;
    pendingWrites.delete(key);
    const store = browserStore();
    if (store && userId) {
      removeDraft(store, { userId, form: latest.current.form, recordId: latest.current.recordId });
    }
    setRestored(null);
  }, [key, userId]);
  const dismiss = useCallback(() => setRestored(null), []);
  return { restored, dismiss, clear, tooLarge: storage === "too_large" };
}

/** The local draft of a Mantine form that creates a record: no saved version to start from, restored into the form. */
export function useFormDraft<T>(
  form: { values: T; isDirty: () => boolean; setValues: (values: T) => void },
  draft: { form: string; recordId: string; title: string; schema: { safeParse: (raw: unknown) => { data?: T } } },
) {
  return useLocalDraft<T>({
    form: draft.form,
    recordId: draft.recordId,
    enabled: true,
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: () => 0,
    title: draft.title,
    parse: (raw) => draft.schema.safeParse(raw).data ?? null,
    onRestore: (values) => form.setValues(values),
  });
}
