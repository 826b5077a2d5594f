import type { UnreadMarker } from "@simkin/domain";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { RequestContext } from "../../http/context";
import { listen } from "../../http/live-signals";
import { sessionAlive } from "../../http/session";
import { unreadSummary } from "./notification.service";

/** A comment this often keeps proxies from closing a quiet stream and checks the session is still alive. */
export const HEARTBEAT_MS = 25_000;
/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 5_000;

/** The streams open on one app, ended before it closes (an open response would hold `close` for ever). */
export function openStreams(app: FastifyInstance): Set<() => void> {
  const streams = new Set<() => void>();
  app.addHook("preClose", async () => {
    for (const end of [...streams]) {
      end();
    }
  });
  return streams;
}

/**
 * The bell's server-sent events (decision 0064): the caller's unread marker on connect and again after every
 * committed change to their notifications, a heartbeat comment every 25 s. Ends with a `session_ended` event when
 * the session is deleted (sign-out, password change, deactivation: at once) or expires (by the next heartbeat); ends
 * plainly (the browser reconnects) after the configured lifetime or when the app closes. The reply is hijacked:
 * Fastify's serialiser and send hooks do not run for it.
 */
export async function streamUnread(
  ctx: RequestContext,
  reply: FastifyReply,
  streams: Set<() => void>,
): Promise<UnreadMarker> {
  const first = await unreadSummary(ctx);
  const raw = reply.raw;
  reply.hijack();
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    // nginx would otherwise buffer the events until its buffer fills.
    "x-accel-buffering": "no",
  });
  raw.write(`retry: ${RETRY_MS}\n\n`);
  let sent = markerText(first);
  raw.write(sent);

  const startedAt = performance.now();
  const now = () => new Date(ctx.now.getTime() + (performance.now() - startedAt));
  let ended = false;
  /** `sessionGone` tells the browser not to reconnect: its session will not come back (the sign-in dialog will). */
  const end = (sessionGone = false) => {
    if (ended) {
      return;
    }
    ended = true;
    stopListening();
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    streams.delete(end);
    raw.end(sessionGone ? SESSION_ENDED_EVENT : undefined);
  };
  const endIfSessionGone = async () => {
    const alive = await sessionAlive(ctx.db, ctx.actor.sessionId, now()).catch(() => false);
    if (!alive) {
      end(true);
    }
    return alive;
  };
  // Signals can come in bursts (a step notifying and a read at once): one query at a time, the last one wins.
  let querying = false;
  let again = false;
  const refresh = async () => {
    if (querying) {
      again = true;
      return;
    }
    querying = true;
    try {
      do {
        again = false;
        const text = markerText(await unreadSummary(ctx));
        if (!ended && text !== sent) {
          sent = text;
          raw.write(text);
        }
      } while (again && !ended);
    } catch (error) {
      ctx.log.error({ err: error }, "notification stream: unread count failed");
      end();
    } finally {
      querying = false;
    }
  };
  const stopListening = listen(
    { userId: ctx.actor.userId, sessionId: ctx.actor.sessionId },
    { unread: () => void refresh(), ended: () => end(true) },
  );
  const heartbeat = setInterval(async () => {
    if ((await endIfSessionGone()) && !ended) {
      raw.write(": heartbeat\n\n");
    }
  }, HEARTBEAT_MS);
  const lifetime = setTimeout(end, (ctx.config.notificationStreamMinutes ?? 30) * 60_000);
  streams.add(end);
  raw.once("close", () => end());
  if (ctx.config.notificationStreamMinutes === 0) {
    end();
  }
  // A sign-out between this request's authentication and the listening above sent its signal to nobody.
  if (!ended) {
    void endIfSessionGone();
  }
  return first;
}

/** The last event of a stream whose session was signed out, expired or deactivated. */
const SESSION_ENDED_EVENT = "event: session_ended\ndata: {}\n\n";

function markerText(marker: UnreadMarker): string {
  return `data: ${JSON.stringify(marker)}\n\n`;
}
