import { type EvaluationScan, evaluationDocumentApi, type PenetapanQuery } from "@simkin/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { call, submitFormAt, toUrl } from "../../lib/api";

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
  // The home tasks count the scans still missing, so they are read again too.
  return (key: readonly unknown[]) =>
    Promise.all([client.invalidateQueries({ queryKey: key }), client.invalidateQueries({ queryKey: ["tasks"] })]);
}

/** Multipart upload of one scan (an optional `kind` field first, then the file), parsed with the contract. */
export function uploadScan(url: string, file: File, kind: string | null): Promise<EvaluationScan> {
  const parts: [string, string | Blob][] = kind ? [["kind", kind]] : [];
  // Both scan uploads (an evaluation's, a unit's penetapan) answer one scan; the URL says which record.
  return submitFormAt(evaluationDocumentApi.uploadScan, url, [...parts, ["file", file]]);
}

export function deleteScan(id: string) {
  return call(evaluationDocumentApi.deleteScan, { params: { id } });
}

export const evaluationScanUrl = (id: string) => toUrl(evaluationDocumentApi.uploadScan.path, { id });
export const penetapanScanUrl = (unitId: string, q: PenetapanQuery) =>
  toUrl(evaluationDocumentApi.uploadPenetapanScan.path, { unitId }, q);
export const scanDownloadUrl = (id: string) => toUrl(evaluationDocumentApi.downloadScan.path, { id });
