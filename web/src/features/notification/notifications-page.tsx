import { Button, Center, Group, Loader, Pagination, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { usePaginationLabels } from "../../lib/pagination-labels";
import { HelpTitle } from "../help/screen-help";
import { EmailPreferencesSection } from "./email-preferences";
import { useMarkAllRead, useNotificationPage } from "./notification-api";
import { NotificationDays } from "./notification-item";

const PAGE_SIZE = 20;

/** Notifikasi: every notification, by day, paged on the server; and the e-mail choices (issue 11). */
export function Page() {
  const t = useT();
  const pagerLabels = usePaginationLabels();
  const [page, setPage] = useState(1);
  const list = useNotificationPage(page, PAGE_SIZE);
  const readAll = useMarkAllRead(() => notifications.show({ color: "green", message: t("notifications.markedAll") }));
  const data = list.data;
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack>
      <div>
        <HelpTitle topic="notifications">{t("notifications.page.title")}</HelpTitle>
        {/* gray.7, not "dimmed": the lighter grey fails WCAG AA contrast on white. */}
        <Text c="gray.7" size="sm" maw={820}>
          {t("notifications.page.intro")}
        </Text>
      </div>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="gray.7" data-testid="notifications-count">
          {data ? t("notifications.page.count", { unread: data.unread, total: data.total }) : ""}
        </Text>
        <Button
          variant="light"
          disabled={!data || data.unread === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate()}
          data-testid="notifications-read-all"
        >
          {t("notif.readAll")}
        </Button>
      </Group>
      <Paper withBorder radius="md" style={{ overflow: "hidden" }} data-testid="notifications-page-list">
        {list.isPending ? (
          <Center p="lg">
            <Loader size="sm" />
          </Center>
        ) : data && data.items.length > 0 ? (
          <NotificationDays items={data.items} />
        ) : (
          <Text size="sm" c="gray.7" p="md">
            {t("notifications.page.empty")}
          </Text>
        )}
      </Paper>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={setPage} size="sm" {...pagerLabels} />
        </Group>
      )}
      <EmailPreferencesSection />
    </Stack>
  );
}
