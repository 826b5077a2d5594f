import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError, ConflictError } from "../errors";
import * as attempts from "./idempotency.repo";

const keyPattern = /^[A-Za-z0-9_.:-]{8,100}$/;

const requestLine = (request: FastifyRequest) => `${request.method} ${request.url}\n`;

/**
 * Reads a JSON POST's raw body once so its hash can be compared with the first request's (decision 0037). A
 * multipart body is left to @fastify/multipart, which reads the raw request itself: it is known by its length,
 * because a browser picks a new boundary (of the same length) on every send.
 */
export async function hashRequestBody(request: FastifyRequest, payload: NodeJS.ReadableStream, limit: number) {
  if (request.headers["idempotency-key"] === undefined) {
    return payload;
  }
  const hash = createHash("sha256").update(requestLine(request));
  if (/^multipart\//i.test(request.headers["content-type"] ?? "")) {
    request.idempotency = {
      key: "",
      hash: hash.update(`multipart ${request.headers["content-length"]}`).digest("hex"),
    };
    return payload;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > limit) {
      throw new AppError(413, "payload_too_large", "Isi permintaan terlalu besar");
    }
    chunks.push(buffer);
  }
  const body = Buffer.concat(chunks);
  request.idempotency = { key: "", hash: hash.update(body).digest("hex") };
  return Readable.from([body], { objectMode: false });
}

/**
 * After the access check: claims the key for this account, or answers a repeat of an answered request with the
 * first response. A key still running is 409 idempotency_in_progress; a key reused for another request is 422.
 */
export async function applyIdempotency(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const key = request.headers["idempotency-key"];
  const actor = request.ctx.actor;
  if (key === undefined || actor === null || request.method !== "POST") {
    return false;
  }
  if (typeof key !== "string" || !keyPattern.test(key)) {
    throw new AppError(400, "idempotency_key_invalid", "Idempotency-Key harus 8 sampai 100 huruf, angka atau - _ . :");
  }
  const hash = request.idempotency?.hash ?? createHash("sha256").update(requestLine(request)).digest("hex");
  const { db, now } = request.ctx;
  if (await attempts.claim(db, actor.userId, key, hash, now)) {
    request.idempotency = { key, hash };
    return false;
  }
  const first = await attempts.find(db, actor.userId, key);
  if (first === null) {
    // The first attempt failed and let go of the key between our claim and this read: the client may retry.
    throw new ConflictError("idempotency_in_progress", inProgressMessage);
  }
  if (first.requestHash !== hash) {
    throw new AppError(
      422,
      "idempotency_key_reused",
      "Kunci Idempotency-Key ini sudah dipakai untuk permintaan lain. Kirim ulang dengan kunci baru.",
    );
  }
  if (first.status === "in_progress") {
    throw new ConflictError("idempotency_in_progress", inProgressMessage);
  }
  reply
    .code(first.responseStatus)
    .header("content-type", "application/json; charset=utf-8")
    .header("idempotent-replayed", "true");
  await reply.send(first.responseBody);
  return true;
}

const inProgressMessage = "Permintaan yang sama masih diproses. Tunggu sebentar lalu muat ulang halaman.";

/** Stores a success as the answer to every retry; a failure wrote nothing, so its key is freed for a retry. */
export async function rememberResponse(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const claimed = request.idempotency;
  const actor = request.ctx.actor;
  if (!claimed?.key || actor === null) {
    return payload;
  }
  if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === "string") {
    await attempts.complete(request.ctx.db, actor.userId, claimed.key, reply.statusCode, payload);
  } else {
    await attempts.release(request.ctx.db, actor.userId, claimed.key);
  }
  return payload;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The Idempotency-Key this request claimed (empty until claimed) and the hash of what it sent. */
    idempotency?: { key: string; hash: string };
  }
}
