import type { Config } from "../config";

/**
 * The absolute address of a path in this SIMKIN, for PDFs, QR codes and e-mails. It comes from PUBLIC_URL, never
 * from the request's Host header, so a forged Host cannot put another site's address on a genuine document.
 */
export function absoluteUrl(config: Pick<Config, "publicUrl" | "port">, path: string): string {
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  return `${base.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}
