import { capaianApi, type OrgCapaian } from "@simkin/domain";
import { submitForm, toUrl } from "../../lib/api";

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
export function recordCapaian(fields: ExternalFields, scan: File): Promise<OrgCapaian> {
  const parts = Object.entries(fields).map(([name, value]) => [name, value === null ? "" : String(value)] as const);
  return submitForm(capaianApi.record, [...parts, ["file", scan]]);
}

/** The address of a unit's kurva for a period. */
export const kurvaPath = (unitId: string, year: number, periodCode: string) =>
  `/evaluation/kurva?${new URLSearchParams({ unitId, year: String(year), periodCode })}`;

/** The address of the letter's scan of a unit's capaian. */
export const scanUrl = (unitId: string, year: number, periodCode: string) =>
  toUrl(capaianApi.scan.path, {}, { unitId, year, periodCode });
