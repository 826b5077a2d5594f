import autocannon from "autocannon";

/** One request shape: fixed, or built per request (a report draft with its current version). */
export type Load = {
  path: string;
  method?: "GET" | "POST" | "PUT";
  headers?: Record<string, string>;
  body?: string;
  /** Replaces the request just before it is sent; `release` is called with its response. */
  next?: () => { path: string; headers: Record<string, string>; body?: string; release: Release };
};
export type Release = (status: number, body: string, headers: autocannon.Headers) => void;

export type Figure = {
  connections: number;
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rps: number;
  statuses: Record<string, number>;
  timeouts: number;
  /** Why the run was shortened or skipped, e.g. one request takes longer than the whole run. */
  note: string | null;
};

/** One request outside autocannon, to see how long the endpoint takes before loading it (and to fail early). */
export async function probe(
  baseUrl: string,
  load: Load,
): Promise<{ ms: number; status: number; failure: string | null }> {
  const request = load.next?.() ?? { path: load.path, headers: load.headers ?? {}, body: load.body, release: null };
  const started = performance.now();
  const res = await fetch(`${baseUrl}${request.path}`, {
    method: load.method ?? "GET",
    headers: { ...request.headers, ...(request.body ? { "content-type": "application/json" } : {}) },
    body: request.body,
    signal: AbortSignal.timeout(600_000),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    headers[key] = value;
  });
  request.release?.(res.status, text, headers);
  const code = text.match(/"code":"([a-z_]+)"/)?.[1];
  return { ms, status: res.status, failure: res.status >= 300 ? `HTTP ${res.status}${code ? ` ${code}` : ""}` : null };
}

/**
 * Loads the endpoint with autocannon for `seconds` and takes the percentiles from every response time (autocannon's
 * own histogram has no p95). A request slower than `timeout` seconds counts as a timeout and has no latency.
 */
export async function run(
  baseUrl: string,
  load: Load,
  options: { connections: number; seconds?: number; amount?: number; timeout?: number },
): Promise<Figure> {
  const times: number[] = [];
  const request: autocannon.Request = {
    method: load.method ?? "GET",
    path: load.path,
    headers: { ...load.headers, ...(load.body || load.next ? { "content-type": "application/json" } : {}) },
    ...(load.body ? { body: load.body } : {}),
  };
  if (load.next) {
    const next = load.next;
    request.setupRequest = (req, context) => {
      const built = next();
      context.release = built.release;
      return { ...req, path: built.path, headers: { ...req.headers, ...built.headers }, body: built.body };
    };
    request.onResponse = (status, body, context, headers) => {
      const release = context.release;
      if (typeof release === "function") {
        release(status, body, headers);
      }
    };
  }
  const instance = autocannon({
    url: baseUrl,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    timeout: options.timeout ?? 10,
    requests: [request],
  });
  instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  return figureOf(options.connections, times, result, null);
}

export function figureOf(
  connections: number,
  times: number[],
  result: Pick<autocannon.Result, "duration" | "timeouts" | "statusCodeStats">,
  note: string | null,
): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return {
    connections,
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    rps: sorted.length / Math.max(result.duration, 0.001),
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    timeouts: result.timeouts,
    note,
  };
}

export function skipped(connections: number, note: string): Figure {
  return figureOf(connections, [], { duration: 0, timeouts: 0, statusCodeStats: {} }, note);
}
