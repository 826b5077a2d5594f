// The part of autocannon 9's API the bench uses (the package ships no types).
declare module "autocannon" {
  type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  };
  type Headers = Record<string, string>;
  type Context = Record<string, unknown>;
  type Request = {
    method?: string;
    path?: string;
    headers?: Headers;
    body?: string;
    /** Called before each request of a connection; its context lives as long as the connection. */
    setupRequest?: (request: Request, context: Context) => Request | null;
    onResponse?: (status: number, body: string, context: Context, headers: Headers) => void;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
    method?: string;
    headers?: Headers;
    body?: string;
    requests?: Request[];
    initialContext?: Context;
  };
  type Result = {
    latency: Histogram;
    requests: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  type Instance = PromiseLike<Result> & {
    stop: () => void;
    /** Every response, with its time in milliseconds (timeouts never get here). */
    on: (event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void) => void;
  };
  function autocannon(options: Options): Instance;
  namespace autocannon {
    export type { Context, Headers, Options, Request, Result };
  }
  export = autocannon;
}
