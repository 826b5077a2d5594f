import { randomBytes } from "node:crypto";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type FormPart =
  | { name: string; value: string }
  | { name: string; filename: string; contentType?: string; content: Buffer | string };

/** A multipart/form-data body built by hand, for app.inject: the payload and the content-type with its boundary. */
export function multipart(parts: readonly FormPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----simkin-test-${randomBytes(12).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const lines = [`--${boundary}`];
    if ("filename" in part) {
      lines.push(`Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"`);
      lines.push(`Content-Type: ${part.contentType ?? "application/octet-stream"}`);
    } else {
      lines.push(`Content-Disposition: form-data; name="${part.name}"`);
    }
    chunks.push(Buffer.from(`${lines.join("\r\n")}\r\n\r\n`));
    chunks.push(Buffer.from("filename" in part ? part.content : part.value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** One uploaded file in the field "file", as the import form sends it. */
export function fileUpload(content: Buffer | string, filename = "pegawai.xlsx", contentType = XLSX_TYPE) {
  return multipart([{ name: "file", filename, contentType, content }]);
}
