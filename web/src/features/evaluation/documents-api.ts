import {
  apiErrorSchema,
  type EvaluationScan,
  evaluationDocumentApi,
  evaluationScanSchema,
  type PenetapanQuery,
} from "@simkin/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, call, toUrl } from "../../lib/api";

export const scanAccept = "application/pdf,image/jpeg,image/png";

export const evaluationScansKey = (id: string) => ["evaluation-scans", id] as const;
export const penetapanScansKey = (unitId: string, q: PenetapanQuery) =>
  ["penetapan-scans", unitId, q.year, q.period] as const;

export function useEvaluationScans(id: string) {
  return useQuery({
    queryKey: evaluationScansKey(id),
    queryFn: () => call(evaluationDocumentApi.scans, { params: { id } }),
  });
}

export function usePenetapanScans(unitId: string, query: PenetapanQuery) {
  return useQuery({
    queryKey: penetapanScansKey(unitId, query),
    queryFn: () => call(evaluationDocumentApi.penetapanScans, { params: { unitId }, query }),
  });
}

export function useScansChanged() {
  const client = useQueryClient();
  return (key: readonly unknown[]) => client.invalidateQueries({ queryKey: key });
}

/** Multipart upload of one scan (an optional `kind` field first, then the file), parsed with the contract. */
export async function uploadScan(url: string, file: File, kind: string | null, csrfToken: string | null) {
  const form = new FormData();
  if (kind) {
    form.append("kind", kind);
  }
  form.append("file", file);
  const headers: Record<string, string> = csrfToken ? { "x-csrf-token": csrfToken } : {};
  const res = await fetch(url, { method: "POST", headers, body: form, credentials: "same-origin" });
  const json: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const error = apiErrorSchema.safeParse(json);
    throw new ApiError(
      res.status,
      error.success ? error.data : { code: "unknown", message: res.statusText || "Gagal", details: {} },
    );
  }
  return evaluationScanSchema.parse(json) satisfies EvaluationScan;
}

export const evaluationScanUrl = (id: string) => toUrl(evaluationDocumentApi.uploadScan.path, { id });
export const penetapanScanUrl = (unitId: string, q: PenetapanQuery) =>
  toUrl(evaluationDocumentApi.uploadPenetapanScan.path, { unitId }, q);
export const scanDownloadUrl = (id: string) => toUrl(evaluationDocumentApi.downloadScan.path, { id });
