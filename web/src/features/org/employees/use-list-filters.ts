import { type EmploymentStatus, idSchema } from "@simkin/domain";
import { useCallback } from "react";
import { useSearchParams } from "react-router";

export type ListFilters = { q: string; unitId: string | null; status: EmploymentStatus | null; page: number };

/**
 * The list's search, filters and page live in the URL: the units screen links here with ?unitId=,
 * and coming back from a detail page restores the same view.
 */
export function useListFilters(): [ListFilters, (patch: Partial<ListFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unitId");
  const status = params.get("status");
  const page = Number(params.get("page"));
  const filters: ListFilters = {
    q: params.get("q") ?? "",
    unitId: unitId && idSchema.safeParse(unitId).success ? unitId : null,
    status: status === "pns" || status === "pppk" ? status : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const update = useCallback(
    (patch: Partial<ListFilters>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === "" || (key === "page" && value === 1)) {
              next.delete(key);
            } else {
              next.set(key, String(value));
            }
          }
          if (!("page" in patch)) {
            next.delete("page");
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [filters, update];
}
