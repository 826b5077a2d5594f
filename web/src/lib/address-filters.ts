import { useSearchParams } from "react-router";

/**
 * A list's filters and page kept in the address (?name=value&page=n), so a filtered list can be linked and survives
 * a reload. Changing a filter goes back to page 1; `replace` keeps keystroke-by-keystroke changes out of the history.
 */
export function useAddressFilters({ replace = false }: { replace?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries({ page: null, ...changes })) {
          if (value) {
            next.set(key, value);
          } else {
            next.delete(key);
          }
        }
        return next;
      },
      { replace },
    );
  return { params, page, update };
}
