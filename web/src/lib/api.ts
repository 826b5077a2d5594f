import {
  type ApiErrorBody,
  apiErrorSchema,
  authApi,
  type ClientInput,
  type Contract,
  type Output,
} from "@simkin/domain";
import { z } from "zod";
import { waitForSignIn } from "./session-expiry";

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

/** The request never reached the server or its answer never came back (offline, dropped connection). */
export class NetworkError extends Error {
  constructor() {
    super("network");
    this.name = "NetworkError";
  }
}

/** A failure to reach the server, worth retrying when the connection returns. */
export function isNetworkError(error: unknown): boolean {
  return error instanceof NetworkError;
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
    return reach(url, { method, headers, body, credentials: "same-origin" });
  }
  const keyed = { ...headers, "idempotency-key": crypto.randomUUID() };
  const request = () => reach(url, { method, headers: keyed, body, credentials: "same-origin" });
  try {
    return await request();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return request();
  }
}

/** fetch, with a network failure as NetworkError (the browser's TypeError text is neither clear nor translated). */
async function reach(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new NetworkError();
  }
}

/**
 * The session ended while the user was working (a 401 on a signed-in request): wait for the sign-in dialog, then
 * send the request once more with the new session's CSRF token. Nothing typed is lost and the page stays.
 */
async function withSession<C extends Contract>(contract: C, attempt: () => Promise<Response>): Promise<Output<C>> {
  try {
    return await parseResponse(contract, await attempt());
  } catch (error) {
    if (!sessionEnded(contract, error)) {
      throw error;
    }
    await waitForSignIn();
    return parseResponse(contract, await attempt());
  }
}

function sessionEnded(contract: Contract, error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 401 &&
    error.code === "unauthenticated" &&
    csrfToken !== null &&
    contract.access !== "public" &&
    contract !== authApi.logout
  );
}

/** Calls one shared contract. Types come from the contract; the response is parsed, not trusted. */
export async function call<C extends Contract>(contract: C, input: ClientInput<C>): Promise<Output<C>> {
  const { params, query, body }: { params?: object; query?: object; body?: unknown } = input;
  const hasBody = body !== undefined || contract.method === "POST";
  const url = toUrl(contract.path, params, query);
  const json = hasBody ? JSON.stringify(body ?? {}) : undefined;
  return withSession(contract, () => send(contract.method, url, headersFor(contract.method, hasBody), json));
}

/** Uploads one file as multipart form data to a contract's path. */
export async function upload<C extends Contract>(contract: C, file: File): Promise<Output<C>> {
  const form = new FormData();
  form.append("file", file);
  return withSession(contract, () => send(contract.method, contract.path, headersFor(contract.method, false), form));
}

/**
 * Sends multipart form data to a contract's path: the parts in the given order (the server reads fields before the
 * file), with the session's CSRF token, a retry like any POST, and the sign-in dialog on an ended session.
 */
export async function submitForm<C extends Contract>(
  contract: C,
  parts: readonly (readonly [string, string | Blob])[],
  params: object = {},
  query: object = {},
): Promise<Output<C>> {
  return submitFormAt(contract, toUrl(contract.path, params, query), parts);
}

/** submitForm to an address already built from the contract's path (a component given the URL of its record). */
export async function submitFormAt<C extends Contract>(
  contract: C,
  url: string,
  parts: readonly (readonly [string, string | Blob])[],
): Promise<Output<C>> {
  const form = new FormData();
  for (const [name, value] of parts) {
    form.append(name, value);
  }
  return withSession(contract, () => send(contract.method, url, headersFor(contract.method, false), form));
}

async function parseResponse<C extends Contract>(contract: C, res: Response): Promise<Output<C>> {
  const json: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const error = apiErrorSchema.safeParse(json);
    throw new ApiError(
      res.status,
      error.success
        ? error.data
        : // A proxy's own 413 page is not JSON: leave the message empty so the screen says it in the user's language.
          res.status === 413
          ? { code: "payload_too_large", message: "", details: {} }
          : { code: "unknown", message: res.statusText || "Gagal", details: {} },
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
