import { Group, Pagination, Text } from "@mantine/core";
import { useT } from "../i18n/i18n";
import { usePaginationLabels } from "./pagination-labels";

/** The pager under a list with "page n of m" beside it; nothing when everything fits on one page. */
export function PageNav({ page, pages, onChange }: { page: number; pages: number; onChange: (page: number) => void }) {
  const t = useT();
  const pagerLabels = usePaginationLabels();
  if (pages <= 1) {
    return null;
  }
  return (
    <Group justify="center">
      <Pagination total={pages} value={page} onChange={onChange} size="sm" siblings={1} {...pagerLabels} />
      <Text size="xs" c="dimmed">
        {t("common.page", { page, pages })}
      </Text>
    </Group>
  );
}
