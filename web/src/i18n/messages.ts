import type { Locale, MessageKey } from "./catalog";
import { publicParts } from "./public-catalog";

type Dictionary = Readonly<Partial<Record<MessageKey, string>>>;

function merge(locale: Locale): Dictionary {
  return Object.assign({}, ...publicParts.map((part) => part[locale]));
}

// The sign-in page's strings until the whole catalogue (a chunk of its own) has arrived.
let loaded: Record<Locale, Dictionary> = { id: merge("id"), en: merge("en") };
let pending: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** The strings loaded so far in one language; a key missing here is one of a screen not loaded yet. */
export function messages(locale: Locale): Dictionary {
  return loaded[locale];
}

/**
 * Loads every feature's strings (catalog.ts) once; the signed-in shell and the other lazy public pages wait for it
 * before they render, so their keys are always there. A failed download is tried again at the next call.
 */
export function loadCatalog(): Promise<void> {
  pending ??= import("./catalog").then(
    ({ catalog }) => {
      loaded = catalog;
      for (const listener of listeners) {
        listener();
      }
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** For useSyncExternalStore: the provider re-renders its users when the catalogue arrives. */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For useSyncExternalStore: both languages' strings loaded so far (a new object once the catalogue arrives). */
export const loadedMessages = (): Readonly<Record<Locale, Dictionary>> => loaded;
