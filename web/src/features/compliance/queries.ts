/**
 * The compliance screen's cached answers. They sit under the coaching keys because they count coaching records:
 * a saved dialogue or session (which refreshes ["coaching"]) refreshes the compliance figures too.
 */
export const complianceKeys = {
  units: (year: number, month: number, page: number, q: string, within: string | null, sort = "name") =>
    ["coaching", "compliance", year, month, "units", page, q, within, sort] as const,
  people: (year: number, month: number, filter: Record<string, string | number | null>) =>
    ["coaching", "compliance", year, month, "people", filter] as const,
  withoutSkp: (year: number, filter: Record<string, string | number | null>) =>
    ["coaching", "compliance", year, "without-skp", filter] as const,
};
