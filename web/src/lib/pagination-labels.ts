import type { PaginationProps } from "@mantine/core";
import { useT } from "../i18n/i18n";

const keys = {
  first: "common.pageFirst",
  previous: "common.pagePrevious",
  next: "common.pageNext",
  last: "common.pageLast",
} as const;

/** Names for the pager's arrow buttons, which show only an icon (WCAG 4.1.2, axe `button-name`). */
export function usePaginationLabels(): Pick<PaginationProps, "getControlProps"> {
  const t = useT();
  return { getControlProps: (control) => ({ "aria-label": t(keys[control]) }) };
}
