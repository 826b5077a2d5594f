import { apiErrorSchema, capaianApi, type OrgCapaian, orgCapaianSchema } from "@simkin/domain";
import { ApiError, toUrl } from "../../lib/api";

export const capaianKeys = {
  all: ["capaian"] as const,
  list: (year: number | null, periodCode: string | null, page: number) =>
    ["capaian", "list", year, periodCode, page] as const,
  kurva: (unitId: string, year: number, periodCode: string) => ["capaian", "kurva", unitId, year, periodCode] as const,
  evaluations: (unitId: string, year: number, periodCode: string, page: number) =>
    ["capaian", "kurva", unitId, year, periodCode, "evaluations", page] as const,
};

export type ExternalFields = {
  unitId: string;
  year: number;
  periodCode: string;
  capaian: string;
  reason: string;
  version: number | null;
  letterNumber: string;
  letterDate: string;
};

/**
 * Records a decision made outside SIMKIN with its letter's scan. The server reads the parts in order, so the fields
 * go before the file; the CSRF token is the session's, as for every other state-changing request.
 */
export async function recordCapaian(fields: ExternalFields, scan: File, csrfToken: string | null): Promise<OrgCapaian> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value === null ? "" : String(value));
  }
  form.append("file", scan);
  const headers: Record<string, string> = { "idempotency-key": crypto.randomUUID() };
  if (csrfToken) {
    headers["x-csrf-token"] = csrfToken;
  }
  const res = await fetch(toUrl(capaianApi.record.path), {
    method: "POST",
    headers,
    body: form,
    credentials: "same-origin",
  });
  const json: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const error = apiErrorSchema.safeParse(json);
    throw new ApiError(
      res.status,
      error.success
        ? error.data
        : res.status === 413
          ? { code: "payload_too_large", message: "", details: {} }
          : { code: "unknown", message: res.statusText || "Gagal", details: {} },
    );
  }
  return orgCapaianSchema.parse(json);
}

/** The address of a unit's kurva for a period. */
export const kurvaPath = (unitId: string, year: number, periodCode: string) =>
  `/evaluation/kurva?${new URLSearchParams({ unitId, year: String(year), periodCode })}`;

/** The address of the letter's scan of a unit's capaian. */
export const scanUrl = (unitId: string, year: number, periodCode: string) =>
  toUrl(capaianApi.scan.path, {}, { unitId, year, periodCode });
