import { EventEmitter } from "node:events";

/**
 * In-process signals for the bell's stream (decision 0064): a user's notifications changed (written, read), or a
 * session ended. One process serves the app, so an emitter is enough; several processes would need the database's
 * LISTEN/NOTIFY instead. Senders call these after their transaction committed (db/after-commit.ts).
 */
const signals = new EventEmitter();
// One listener per open tab: 150 staff with a tab or two each is not a leak.
signals.setMaxListeners(0);

export function signalUnread(userId: string): void {
  signals.emit(`user:${userId}`);
}

export function signalSessionEnded(sessionId: string): void {
  signals.emit(`session:${sessionId}`);
}

/** Listens for both signals of one stream; returns the function that stops listening. */
export function listen(
  keys: { userId: string; sessionId: string },
  on: { unread: () => void; ended: () => void },
): () => void {
  signals.on(`user:${keys.userId}`, on.unread);
  signals.on(`session:${keys.sessionId}`, on.ended);
  return () => {
    signals.off(`user:${keys.userId}`, on.unread);
    signals.off(`session:${keys.sessionId}`, on.ended);
  };
}
