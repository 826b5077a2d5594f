import { wibDate } from "@simkin/domain";
import { useCallback } from "react";
import { useFormatDate } from "../../i18n/i18n";

/** An instant shown as its WIB calendar day ("20 Oktober 2026"), or "–" when there is none. */
export function useFormatDay() {
  const formatDate = useFormatDate();
  return useCallback((iso: string | null) => (iso ? formatDate(wibDate(new Date(iso))) : "–"), [formatDate]);
}

/** Badges show their whole label: in a tight table cell Mantine would otherwise cut the last letters off. */
export const fullLabel = { label: { overflow: "visible" } } as const;
