import { type UnreadMarker, unreadMarkerSchema } from "@simkin/domain";
import { useEffect, useState } from "react";
import { onSessionRenewed } from "../../lib/session-expiry";

/** While the stream is down the bell asks this often instead (decision 0064). */
export const FALLBACK_POLL_MS = 60_000;
/** A stream the server refused (or a proxy that cannot hold one) is tried again this long after. */
const REOPEN_MS = 60_000;
const STREAM_URL = "/api/notifications/stream";

export type Listener = { marker: (marker: UnreadMarker) => void; live: (live: boolean) => void };

/**
 * One EventSource per tab, shared by every bell on the page and closed when the last one unmounts. The browser
 * reconnects a dropped stream by itself (after the server's `retry`); a refused one (401 after sign-out, 503 when
 * busy) is closed for good by the browser, so it is reopened here after REOPEN_MS while someone still listens. A
 * stream whose session ended says so (`session_ended`): it is closed at once (the bell's check then opens the sign-in
 * dialog) and opened again with the new session as soon as the user signed in through the dialog.
 */
const listeners = new Set<Listener>();
let source: EventSource | null = null;
let reopen: ReturnType<typeof setTimeout> | null = null;
let live = false;
let stopRenewalWatch: (() => void) | null = null;

function setLive(next: boolean) {
  live = next;
  for (const l of listeners) {
    l.live(next);
  }
}

function open() {
  if (typeof EventSource === "undefined") {
    return;
  }
  const es = new EventSource(STREAM_URL);
  source = es;
  es.onopen = () => setLive(true);
  es.onmessage = (event: MessageEvent<string>) => {
    const parsed = unreadMarkerSchema.safeParse(JSON.parse(event.data));
    if (parsed.success) {
      for (const l of listeners) {
        l.marker(parsed.data);
      }
    }
  };
  // Its session is gone: no retry with the dead cookie; a sign-in through the dialog opens the next one.
  es.addEventListener("session_ended", () => {
    es.close();
    if (source === es) {
      source = null;
    }
    setLive(false);
  });
  es.onerror = () => {
    setLive(false);
    if (es.readyState === EventSource.CLOSED) {
      dropped(es);
    }
  };
}

/** A stream that will not reconnect by itself: tried again later while someone listens. */
function dropped(es: EventSource) {
  setLive(false);
  if (source !== es) {
    return;
  }
  source = null;
  reopen = setTimeout(() => {
    reopen = null;
    if (listeners.size > 0 && source === null) {
      open();
    }
  }, REOPEN_MS);
}

function close() {
  source?.close();
  source = null;
  if (reopen !== null) {
    clearTimeout(reopen);
    reopen = null;
  }
  live = false;
}

/** A new session (signed in through the dialog): the old one's stream, open or waiting to reopen, is replaced now. */
function reopenForNewSession() {
  if (listeners.size > 0) {
    close();
    setLive(false);
    open();
  }
}

/** Adds a listener to the tab's stream, opening it for the first one; returns the function that removes it. */
export function subscribeUnread(listener: Listener): () => void {
  listeners.add(listener);
  stopRenewalWatch ??= onSessionRenewed(reopenForNewSession);
  if (source === null && reopen === null) {
    open();
  }
  listener.live(live);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      close();
      stopRenewalWatch?.();
      stopRenewalWatch = null;
    }
  };
}

/** Subscribes the component to the tab's stream; `onMarker` gets every marker the server sends. Returns whether it is open. */
export function useUnreadStream(onMarker: (marker: UnreadMarker) => void): boolean {
  const [isLive, setIsLive] = useState(live);
  useEffect(() => subscribeUnread({ marker: onMarker, live: setIsLive }), [onMarker]);
  return isLive;
}
