import type { Contract } from "@simkin/domain";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError, StaleVersionError } from "../errors";

/** The record changed since the version the caller's If-Match names (RFC 9110 §13.1.1); decision 0036. */
export class PreconditionFailedError extends AppError {
  constructor(details: Record<string, unknown> = {}) {
    super(
      412,
      "precondition_failed",
      "Data telah diubah oleh pengguna lain sejak Anda membukanya. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan.",
      details,
    );
  }
}

/** The ETag of a record at a version: weak, because what a caller sees of one version depends on who asks. */
export const versionTag = (version: number) => `W/"${version}"`;

const tagPattern = /^(?:W\/)?"(\d{1,9})"$/;

/** Where an update states the version it was based on: a `version` field of its body or of its query. */
function versionSlot(contract: Contract): "body" | "query" | null {
  for (const slot of ["body", "query"] as const) {
    const schema = contract[slot];
    if (schema && "shape" in schema && typeof schema.shape === "object" && schema.shape && "version" in schema.shape) {
      return slot;
    }
  }
  return null;
}

/**
 * Runs before validation, after the access check: an If-Match on an update with a version becomes that version
 * (the body's or query's own `version` may stay, but must agree). `*` matches any current version.
 */
export function applyIfMatch(contract: Contract, request: FastifyRequest): void {
  const header = request.headers["if-match"];
  const slot = versionSlot(contract);
  if (header === undefined || header.trim() === "*" || slot === null) {
    return;
  }
  const match = tagPattern.exec(header.trim());
  if (!match) {
    throw new PreconditionFailedError({ ifMatch: header });
  }
  const version = Number(match[1]);
  const holder = slot === "body" ? request.body : request.query;
  if (holder === null || typeof holder !== "object") {
    return;
  }
  const stated: unknown = Reflect.get(holder, "version");
  if (stated !== undefined && Number(stated) !== version) {
    throw new PreconditionFailedError({ ifMatch: header, version: stated });
  }
  // A query string holds text; z.coerce turns it back into a number.
  Reflect.set(holder, "version", slot === "body" ? version : String(version));
  request.ifMatchVersion = version;
}

/** A stale version the caller named with If-Match is answered as a failed precondition, not a 409. */
export function conditionalError(request: FastifyRequest, error: unknown): unknown {
  if (request.ifMatchVersion !== undefined && error instanceof StaleVersionError) {
    return new PreconditionFailedError({ ...error.details, ifMatch: versionTag(request.ifMatchVersion) });
  }
  return error;
}

/**
 * Every answer that is one versioned record carries its version as the ETag, for the next If-Match: the answer
 * itself, or the part of it that is the record the URL names (GET /api/employees/:id answers { employee, ... }).
 */
export function tagVersion(reply: FastifyReply, output: unknown, params: unknown): void {
  const version = versionOf(output) ?? versionOf(namedRecord(output, params));
  if (version !== null) {
    reply.header("etag", versionTag(version));
  }
}

function versionOf(value: unknown): number | null {
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value)) {
    return null;
  }
  const version: unknown = Reflect.get(value, "version");
  return typeof version === "number" && Number.isInteger(version) ? version : null;
}

function namedRecord(output: unknown, params: unknown): unknown {
  const id: unknown = params !== null && typeof params === "object" ? Reflect.get(params, "id") : undefined;
  if (typeof id !== "string" || output === null || typeof output !== "object") {
    return null;
  }
  return Object.values(output).find(
    (part: unknown) => part !== null && typeof part === "object" && Reflect.get(part, "id") === id,
  );
}

declare module "fastify" {
  interface FastifyRequest {
    /** The version an If-Match header named, once applyIfMatch accepted it. */
    ifMatchVersion?: number;
  }
}
