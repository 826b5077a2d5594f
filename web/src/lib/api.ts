import { type ApiErrorBody, apiErrorSchema, type ClientInput, type Contract, type Output } from "@simkin/domain";
import { z } from "zod";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.fields = body.fields ?? {};
  }
}

/**
 * Someone else saved the record since this screen loaded it: 409 stale_version (the body's version) or 412
 * precondition_failed (If-Match). Screens reload the record and say so, the same way for both.
 */
export function isStaleWrite(error: unknown): boolean {
  return error instanceof ApiError && (error.code === "stale_version" || error.code === "precondition_failed");
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent on every state-changing request; set from /api/auth/me and login. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

function headersFor(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  if (json) {
    headers["content-type"] = "application/json";
  }
  if (method !== "GET" && csrfToken) {
    headers["x-csrf-token"] = csrfToken;
  }
  return headers;
}

/**
 * Sends a request; a POST gets a fresh Idempotency-Key per call (one click) and, when the network fails before an
 * answer arrives, is sent once more with the same key, so the server acts at most once (decision 0037).
 */
async function send(
  method: Contract["method"],
  url: string,
  headers: Record<string, string>,
  body: BodyInit | undefined,
): Promise<Response> {
  if (method !== "POST") {
    return fetch(url, { method, headers, body, credentials: "same-origin" });
  }
  const keyed = { ...headers, "idempotency-key": crypto.randomUUID() };
  const request = () => fetch(url, { method, headers: keyed, body, credentials: "same-origin" });
  try {
    return await request();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return request();
  }
}

/** Calls one shared contract. Types come from the contract; the response is parsed, not trusted. */
export async function call<C extends Contract>(contract: C, input: ClientInput<C>): Promise<Output<C>> {
  const { params, query, body }: { params?: object; query?: object; body?: unknown } = input;
  const hasBody = body !== undefined || contract.method === "POST";
  const res = await send(
    contract.method,
    toUrl(contract.path, params, query),
    headersFor(contract.method, hasBody),
    hasBody ? JSON.stringify(body ?? {}) : undefined,
  );
  return parseResponse(contract, res);
}

/** Uploads one file as multipart form data to a contract's path. */
export async function upload<C extends Contract>(contract: C, file: File): Promise<Output<C>> {
  const form = new FormData();
  form.append("file", file);
  const res = await send(contract.method, contract.path, headersFor(contract.method, false), form);
  return parseResponse(contract, res);
}

async function parseResponse<C extends Contract>(contract: C, res: Response): Promise<Output<C>> {
  const json: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const error = apiErrorSchema.safeParse(json);
    throw new ApiError(
      res.status,
      error.success ? error.data : { code: "unknown", message: res.statusText || "Gagal", details: {} },
    );
  }
  return z.parse<C["response"]>(contract.response, json);
}

export function toUrl(path: string, params: object = {}, query: object = {}): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(Reflect.get(params, name))));
  const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== "");
  const search = new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
  return search ? `${filled}?${search}` : filled;
}
