import { ActionIcon, Group, Stack, Text, Tooltip, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { type DayGroup, groupByDay, type Notification } from "@simkin/domain";
import { IconCheck } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { useFormatDate, useT } from "../../i18n/i18n";
import { useMarkRead } from "./notification-api";

/** Notifications under a heading per day: "Hari ini", "Kemarin", then the date. */
export function NotificationDays({ items, onOpen }: { items: readonly Notification[]; onOpen?: () => void }) {
  const t = useT();
  const formatDate = useFormatDate();
  const label = (group: DayGroup) =>
    group.when === "today"
      ? t("notifications.day.today")
      : group.when === "yesterday"
        ? t("notifications.day.yesterday")
        : formatDate(group.day);
  return (
    <Stack gap={0}>
      {groupByDay(items, new Date()).map((group) => (
        <section key={group.day} aria-label={label(group)}>
          <Text size="xs" fw={700} tt="uppercase" c="gray.7" px="sm" pt="xs" pb={4} bg="gray.0">
            {label(group)}
          </Text>
          {group.items.map((item) => (
            <NotificationItem key={item.id} item={item} onOpen={onOpen} />
          ))}
        </section>
      ))}
    </Stack>
  );
}

/** One notification: opening it marks it read and goes to its record; the check marks it read in place. */
function NotificationItem({ item, onOpen }: { item: Notification; onOpen?: (() => void) | undefined }) {
  const t = useT();
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const unread = item.readAt === null;
  const open = async () => {
    await markRead.mutateAsync(item).catch(() => undefined);
    onOpen?.();
    navigate(item.link);
  };
  return (
    <Group
      wrap="nowrap"
      gap={4}
      align="flex-start"
      bg={unread ? "blue.0" : undefined}
      style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }}
      data-testid="notification-item"
      data-unread={unread}
    >
      <UnstyledButton onClick={open} px="sm" py="xs" style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={unread ? 700 : 400}>
          {unread && <VisuallyHidden>{t("notifications.unreadMark")}: </VisuallyHidden>}
          {item.title}
        </Text>
        <Text size="xs" c="gray.7" lineClamp={3} style={{ whiteSpace: "pre-line" }}>
          {item.body}
        </Text>
        <Text size="xs" c="gray.7" mt={2}>
          {formatDate(item.createdAt)}
        </Text>
      </UnstyledButton>
      {unread && (
        <Tooltip label={t("notifications.markRead")} withArrow>
          <ActionIcon
            variant="subtle"
            color="blue"
            m={6}
            aria-label={t("notifications.markRead")}
            loading={markRead.isPending}
            onClick={() => markRead.mutate(item)}
            data-testid="notification-mark-read"
          >
            <IconCheck size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
