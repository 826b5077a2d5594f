import { Group, Pagination, Text } from "@mantine/core";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";

type Props = {
  page: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  total: number;
  onPage: (page: number) => void;
  infoTestId: string;
  pagerTestId?: string;
};

/** "21–40 dari 95" and the pager under a compliance list, paged on the server. */
export function PageFooter({ page, pageSize, shown, total, onPage, infoTestId, pagerTestId }: Props) {
  const t = useT();
  const pages = Math.ceil(total / pageSize);
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" data-testid={infoTestId} data-total={total}>
        {t("compliance.pageInfo", { from: (page - 1) * pageSize + 1, to: (page - 1) * pageSize + shown, total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onPage}
          size="sm"
          data-testid={pagerTestId}
          getControlProps={(control) => ({ "aria-label": t(`compliance.pager.${control}` as MessageKey) })}
        />
      )}
    </Group>
  );
}
