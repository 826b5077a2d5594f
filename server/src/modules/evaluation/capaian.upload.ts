import type { FastifyRequest } from "fastify";

/** The text fields of a multipart upload and its first file (fields sent after the file are ignored, as for evidence). */
export async function readCapaianUpload(request: FastifyRequest) {
  const fields: Record<string, string> = {};
  // The app allows 5 fields per upload; a decision letter has 8, and still one file.
  for await (const part of request.parts({ limits: { fields: 12, files: 1 } })) {
    if (part.type === "field") {
      fields[part.fieldname] = String(part.value);
    } else {
      return { fields, file: { fileName: part.filename, bytes: await part.toBuffer() } };
    }
  }
  return { fields, file: null };
}
