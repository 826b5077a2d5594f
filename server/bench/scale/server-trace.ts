import type { FastifyInstance } from "fastify";

type Seen = { kind: string; start: number; end: number | null; status: number };

/**
 * BENCH_TRACE=1: the server notes each request from the moment it reads it to its answer, and prints per route
 * and status the count and times on SIGUSR2 (server-process.ts sends it before stopping). Set beside the client's
 * figures it tells waiting before the server read a request from time spent serving it.
 */
export function traceRequests(app: FastifyInstance): void {
  const seen = new Map<object, Seen>();
  app.addHook("onRequest", async (request) => {
    const path = request.url.split("?")[0] ?? "";
    const [, , feature, ...rest] = path.split("/");
    seen.set(request, {
      kind: `${request.method} ${feature}${rest.length > 0 ? `/${rest.at(-1)}` : ""}`,
      start: performance.now(),
      end: null,
      status: 0,
    });
  });
  app.addHook("onResponse", async (request, reply) => {
    const entry = seen.get(request);
    if (entry) {
      entry.end = performance.now();
      entry.status = reply.statusCode;
    }
  });
  process.once("SIGUSR2", () => printTrace([...seen.values()]));
}

function printTrace(entries: Seen[]): void {
  const times = new Map<string, number[]>();
  const open = new Map<string, number>();
  for (const e of entries) {
    if (e.end === null) {
      open.set(e.kind, (open.get(e.kind) ?? 0) + 1);
      continue;
    }
    const key = `${e.kind} ${e.status}`;
    const list = times.get(key) ?? [];
    list.push(e.end - e.start);
    times.set(key, list);
  }
  for (const [key, list] of times) {
    list.sort((a, b) => a - b);
    const at = (q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))]?.toFixed(0);
    console.error(`TRACE ${key}: n=${list.length} p50=${at(0.5)} p99=${at(0.99)} max=${at(1)} ms`);
  }
  console.error(`TRACE unanswered: ${[...open].map(([k, n]) => `${k} ×${n}`).join(", ") || "none"}`);
}
