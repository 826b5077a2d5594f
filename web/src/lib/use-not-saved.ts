import { useEffect, useRef, useState } from "react";
import { isNetworkError } from "./api";
import { useSessionExpired } from "./session-expiry";

export type NotSavedReason = "network" | "session" | null;

/**
 * The "belum tersimpan" state of a form saved by a button: a save that could not reach the server (or waits for the
 * sign-in dialog) shows it until a save succeeds, and is tried again when the browser is back online.
 */
export function useNotSaved(dirty: boolean, retry: () => void) {
  const sessionExpired = useSessionExpired();
  const [offline, setOffline] = useState(false);
  const retryRef = useRef(retry);
  retryRef.current = retry;
  useEffect(() => {
    if (!offline) {
      return;
    }
    const onOnline = () => retryRef.current();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [offline]);
  const reason: NotSavedReason = !dirty ? null : sessionExpired ? "session" : offline ? "network" : null;
  return {
    reason,
    /** After a failed save: true when it was the network (the caller then shows no other error). */
    failed: (error: unknown): boolean => {
      const network = isNetworkError(error);
      setOffline(network);
      return network;
    },
    saved: () => setOffline(false),
  };
}
