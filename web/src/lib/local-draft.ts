import { z } from "zod";

/**
 * Drafts of long forms kept in the browser while typing, so nothing typed is lost to an expired session, a network
 * failure or a closed tab (issue 11). Pure functions over a Storage-like store (localStorage in the browser, a Map in
 * tests). A draft belongs to the user who typed it: its key and its body carry the user id, and only that user's
 * drafts are ever read back.
 */
export type DraftStore = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** Which form of which record, for whom. `form` names the form ("report", "feedback", "skp", "dialogue", ...). */
export type DraftRef = { userId: string; form: string; recordId: string };

export type LocalDraft = DraftRef & {
  /** The record's version the typed values started from (0 for a record not created yet). */
  baseVersion: number;
  values: unknown;
  /** When it was last written (ISO). */
  savedAt: string;
  /** Where the form is, to open it again from the list of unsaved drafts. */
  path: string;
  /** What the list shows, in the language it was typed in. */
  title: string;
};

const PREFIX = "simkin.draft.v1:";
/** Drafts older than this are dropped: a month's report is due long before. */
export const DRAFT_TTL_MS = 30 * 24 * 3_600_000;
/** One draft's size cap (characters of JSON); the longest form (an SKP) stays well under it. */
export const DRAFT_MAX_CHARS = 200_000;
/** Per user on one browser; the oldest go first. */
export const DRAFT_MAX_PER_USER = 20;

const draftSchema = z.object({
  userId: z.string().min(1),
  form: z.string().min(1),
  recordId: z.string().min(1),
  baseVersion: z.number().int().min(0),
  values: z.unknown(),
  savedAt: z.iso.datetime(),
  path: z.string().startsWith("/"),
  title: z.string(),
});

const part = (text: string) => encodeURIComponent(text);

/** The storage key: user first, so one user's drafts are found without reading anyone else's. */
export function draftKey(ref: DraftRef): string {
  return `${PREFIX}${part(ref.userId)}:${part(ref.form)}:${part(ref.recordId)}`;
}

function userPrefix(userId: string): string {
  return `${PREFIX}${part(userId)}:`;
}

function isExpired(draft: LocalDraft, now: Date): boolean {
  return now.getTime() - Date.parse(draft.savedAt) > DRAFT_TTL_MS;
}

function parse(raw: string | null): LocalDraft | null {
  if (raw === null) {
    return null;
  }
  try {
    const result = draftSchema.safeParse(JSON.parse(raw));
    return result.success ? { ...result.data, values: result.data.values } : null;
  } catch {
    return null;
  }
}

function keysOf(store: DraftStore): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) {
      keys.push(key);
    }
  }
  return keys;
}

export type WriteResult = "stored" | "too_large" | "unavailable";

/** Keeps what is typed; refuses a draft over the size cap and keeps at most DRAFT_MAX_PER_USER per user. */
export function writeDraft(store: DraftStore, draft: Omit<LocalDraft, "savedAt">, now: Date): WriteResult {
  const text = JSON.stringify({ ...draft, savedAt: now.toISOString() });
  if (text.length > DRAFT_MAX_CHARS) {
    return "too_large";
  }
  try {
    store.setItem(draftKey(draft), text);
  } catch {
    // Storage full or switched off (private mode): the form still works, only without the local copy.
    return "unavailable";
  }
  for (const old of listDrafts(store, draft.userId, now).slice(DRAFT_MAX_PER_USER)) {
    store.removeItem(draftKey(old));
  }
  return "stored";
}

/** The user's own draft of one form, or null (none, expired, damaged, or not theirs). */
export function readDraft(store: DraftStore, ref: DraftRef, now: Date): LocalDraft | null {
  const key = draftKey(ref);
  const draft = parse(store.getItem(key));
  if (!draft || draft.userId !== ref.userId || draft.form !== ref.form || draft.recordId !== ref.recordId) {
    return null;
  }
  if (isExpired(draft, now)) {
    store.removeItem(key);
    return null;
  }
  return draft;
}

export function removeDraft(store: DraftStore, ref: DraftRef): void {
  store.removeItem(draftKey(ref));
}

/** One user's unsaved drafts on this browser, newest first; expired or damaged ones are removed on the way. */
export function listDrafts(store: DraftStore, userId: string, now: Date): LocalDraft[] {
  const drafts: LocalDraft[] = [];
  for (const key of keysOf(store).filter((k) => k.startsWith(userPrefix(userId)))) {
    const draft = parse(store.getItem(key));
    if (!draft || draft.userId !== userId || draftKey(draft) !== key || isExpired(draft, now)) {
      store.removeItem(key);
    } else {
      drafts.push(draft);
    }
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Removes every user's expired or damaged drafts (at sign-in and sign-out on a shared computer). */
export function pruneDrafts(store: DraftStore, now: Date): void {
  for (const key of keysOf(store)) {
    const draft = parse(store.getItem(key));
    if (!draft || draftKey(draft) !== key || isExpired(draft, now)) {
      store.removeItem(key);
    }
  }
}

/**
 * Whether a stored draft should be offered when the form opens: it holds something other than what is saved now.
 * The draft's base version is kept: a draft older than the saved record then meets the both-versions dialog on save.
 */
export function differsFromSaved(draft: LocalDraft, savedValues: unknown): boolean {
  return JSON.stringify(draft.values) !== JSON.stringify(savedValues);
}
