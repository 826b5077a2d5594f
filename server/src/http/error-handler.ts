import { type ApiErrorBody, RuleViolation } from "@simkin/domain";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../errors";

type ValidationIssue = { instancePath: string; message?: string; keyword?: string; params?: Record<string, unknown> };

/** The one place where exceptions become HTTP responses. Every body is an ApiErrorBody. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const send = (status: number, body: ApiErrorBody) => reply.status(status).send(body);

  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = fieldMessages(error.validation as ValidationIssue[]);
    const first = Object.entries(fields)[0];
    const message = first ? `${first[1]} (${first[0]})` : "Data yang dikirim tidak valid";
    return send(400, { code: "invalid_input", message, details: { context: error.validationContext }, fields });
  }
  if (error instanceof RuleViolation) {
    const fields = error.field ? { [error.field]: error.message } : undefined;
    return send(422, { code: error.code, message: error.message, details: { ...error.details }, fields });
  }
  if (error instanceof AppError) {
    // A rate limit or a full work queue says when to come back, in the header clients and proxies understand.
    if ((error.status === 429 || error.status === 503) && typeof error.details.retryAfterSeconds === "number") {
      reply.header("retry-after", String(error.details.retryAfterSeconds));
    }
    const fields = error.fields ? { ...error.fields } : undefined;
    return send(error.status, { code: error.code, message: error.message, details: { ...error.details }, fields });
  }
  const known = clientErrors[error.code];
  if (known) {
    return send(known.status, { code: known.code, message: known.message, details: {} });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(error.statusCode, { code: "bad_request", message: "Permintaan tidak valid", details: {} });
  }
  request.log.error({ err: error }, "unexpected error");
  return send(500, { code: "internal", message: "Terjadi kesalahan pada server. Silakan coba lagi.", details: {} });
}

const clientErrors: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: "invalid_json", message: "Isi permintaan bukan JSON yang valid" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: "invalid_json", message: "Isi permintaan kosong" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "unsupported_media_type",
    message: "Jenis isi permintaan tidak didukung",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: "payload_too_large", message: "Isi permintaan terlalu besar" },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: "file_too_large", message: "Berkas terlalu besar" },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: "unsupported_media_type",
    message: "Unggahan harus berupa multipart/form-data",
  },
};

/** Maps each failing input path ("nip", "placements/0/endDate") to its Indonesian message. */
function fieldMessages(issues: ValidationIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.instancePath.replace(/^\//, "");
    if (issue.keyword === "unrecognized_keys" && Array.isArray(issue.params?.keys)) {
      for (const key of issue.params.keys) {
        fields[path ? `${path}/${String(key)}` : String(key)] = "Kolom tidak dikenal";
      }
      continue;
    }
    fields[path || "body"] ??= issue.message ?? "Tidak valid";
  }
  return fields;
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  reply.status(404).send({ code: "not_found", message: `Alamat ${request.url} tidak ditemukan`, details: {} });
}
