import { useSyncExternalStore } from "react";

/**
 * A session that ended while the user was working (expired, signed out elsewhere): requests wait here instead of
 * failing, a sign-in dialog opens over the page, and they are sent again once the user signed in (issue 11). Choosing
 * the sign-in page instead leaves by a full page load (the local drafts keep the typed text), so nobody waits forever.
 */
type Waiter = () => void;

let waiters: Waiter[] = [];
let expired = false;
const listeners = new Set<() => void>();

function setExpired(value: boolean) {
  expired = value;
  for (const listener of listeners) {
    listener();
  }
}

/** A request met 401 unauthenticated during a session: wait until the user signed in again. */
export function waitForSignIn(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiters.push(resolve);
    if (!expired) {
      setExpired(true);
    }
  });
}

const renewalListeners = new Set<() => void>();

/** Signed in again in the dialog: the waiting requests go out once more, and whatever was bound to the old session. */
export function sessionRenewed(): void {
  const pending = waiters;
  waiters = [];
  setExpired(false);
  for (const resume of pending) {
    resume();
  }
  for (const listener of renewalListeners) {
    listener();
  }
}

/** Calls `listener` after every sign-in through the dialog (a new session cookie); returns the unsubscribe. */
export function onSessionRenewed(listener: () => void): () => void {
  renewalListeners.add(listener);
  return () => renewalListeners.delete(listener);
}

/** Whether the sign-in dialog should be open. */
export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => expired,
  );
}

/** The sign-in page that says why it appears and returns its user (only them: `user`) to the same page. */
export function signInPageUrl(path: string, username: string): string {
  return `/login?${new URLSearchParams({ next: path, reason: "session_expired", user: username }).toString()}`;
}

/** A `next` from the sign-in page's address: only a path on this site (never `//host` or a full URL). */
export function safeNextPath(next: string | null): string | null {
  return next && /^\/(?![/\\])/.test(next) ? next : null;
}
