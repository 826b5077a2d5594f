import { useEffect, useSyncExternalStore } from "react";

// The navigation item a page belongs to when its address alone does not say (/skp/:id is "SKP Saya" for the owner
// and the team's inbox for the rater). Null: the address decides.
let current: string | null = null;
const listeners = new Set<() => void>();

function set(to: string | null) {
  current = to;
  for (const listener of listeners) {
    listener();
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Called by a page showing someone else's record: `to` is the navigation item to highlight instead of the one its
 * address matches ("" highlights none); null leaves the address to decide. Cleared when the page goes.
 */
export function useActiveNav(to: string | null) {
  useEffect(() => {
    set(to);
    return () => set(null);
  }, [to]);
}

/** For the navigation: the item a page asked to highlight, or null. */
export function useActiveNavOverride(): string | null {
  return useSyncExternalStore(subscribe, () => current);
}
