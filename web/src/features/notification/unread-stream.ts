import { type UnreadMarker, unreadMarkerSchema } from "@simkin/domain";
import { useEffect, useState } from "react";

/** While the stream is down the bell asks this often instead (decision 0064). */
export const FALLBACK_POLL_MS = 60_000;
/** A stream the server refused (or a proxy that cannot hold one) is tried again this long after. */
const REOPEN_MS = 60_000;
const STREAM_URL = "/api/notifications/stream";

type Listener = { marker: (marker: UnreadMarker) => void; live: (live: boolean) => void };

/**
 * One EventSource per tab, shared by every bell on the page and closed when the last one unmounts. The browser
 * reconnects a dropped stream by itself (after the server's `retry`); a refused one (401 after sign-out, 503 when
 * busy) is closed for good by the browser, so it is reopened here after REOPEN_MS while someone still listens.
 */
const listeners = new Set<Listener>();
let source: EventSource | null = null;
let reopen: ReturnType<typeof setTimeout> | null = null;
let live = false;

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
  es.onerror = () => {
    setLive(false);
    if (es.readyState === EventSource.CLOSED && source === es) {
      source = null;
      reopen = setTimeout(() => {
        reopen = null;
        if (listeners.size > 0 && source === null) {
          open();
        }
      }, REOPEN_MS);
    }
  };
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

/** Subscribes to the tab's stream; `onMarker` gets every marker the server sends. Returns whether it is open. */
export function useUnreadStream(onMarker: (marker: UnreadMarker) => void): boolean {
  const [isLive, setIsLive] = useState(live);
  useEffect(() => {
    const listener: Listener = { marker: onMarker, live: setIsLive };
    listeners.add(listener);
    if (source === null && reopen === null) {
      open();
    }
    setIsLive(live);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        close();
      }
    };
  }, [onMarker]);
  return isLive;
}
