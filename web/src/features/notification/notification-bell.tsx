import { ActionIcon, Badge, Box, Button, Group, Popover, ScrollArea, Stack, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type Notification, notificationApi } from "@simkin/domain";
import { IconBell } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { reportKeys } from "../report/report-api";

const SHOWN = 15;

/** The bell in the header: unread count and the latest notifications. */
export function NotificationBell() {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure(false);
  const list = useQuery({
    queryKey: reportKeys.notifications,
    queryFn: () => call(notificationApi.list, {}),
    refetchInterval: 60_000,
  });
  const unread = list.data?.unread ?? 0;
  return (
    <Popover opened={opened} onChange={(value) => !value && close()} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Box pos="relative">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t("notif.label")}
            aria-expanded={opened}
            onClick={toggle}
            data-testid="notification-bell"
          >
            <IconBell size={22} />
          </ActionIcon>
          {unread > 0 && (
            <Badge
              color="red"
              size="xs"
              circle={unread < 10}
              pos="absolute"
              top={-2}
              right={-4}
              style={{ pointerEvents: "none" }}
              data-testid="notification-count"
              aria-label={t("notif.unread", { count: unread })}
            >
              {unread > 99 ? "99+" : unread}
            </Badge>
          )}
        </Box>
      </Popover.Target>
      <Popover.Dropdown p={0} w={360} maw="calc(100vw - 16px)" data-testid="notification-list">
        <NotificationList items={list.data?.items ?? []} unread={unread} loading={list.isPending} onDone={close} />
      </Popover.Dropdown>
    </Popover>
  );
}

type ListProps = { items: Notification[]; unread: number; loading: boolean; onDone: () => void };

function NotificationList({ items, unread, loading, onDone }: ListProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refresh = () => queryClient.invalidateQueries({ queryKey: reportKeys.notifications });
  const readAll = useMutation({
    mutationFn: () => call(notificationApi.readAll, {}),
    onSuccess: refresh,
    onError: (error) => showApiError(error),
  });
  const open = useMutation({
    mutationFn: async (item: Notification) => {
      if (item.readAt === null) {
        await call(notificationApi.read, { params: { id: item.id } });
      }
      return item;
    },
    onSuccess: async (item) => {
      onDone();
      await refresh();
      navigate(item.link);
    },
    onError: (error) => showApiError(error),
  });
  return (
    <Stack gap={0}>
      <Group
        justify="space-between"
        px="sm"
        py="xs"
        wrap="nowrap"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Text fw={700} size="sm">
          {t("notif.title")}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={unread === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate()}
        >
          {t("notif.readAll")}
        </Button>
      </Group>
      {!loading && items.length === 0 && (
        <Text size="sm" c="dimmed" p="sm">
          {t("notif.empty")}
        </Text>
      )}
      <ScrollArea.Autosize mah={420}>
        {items.slice(0, SHOWN).map((item) => (
          <NotificationItem key={item.id} item={item} onOpen={() => open.mutate(item)} />
        ))}
      </ScrollArea.Autosize>
    </Stack>
  );
}

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: () => void }) {
  const formatDate = useFormatDate();
  const unread = item.readAt === null;
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      px="sm"
      py="xs"
      bg={unread ? "blue.0" : undefined}
      style={{ borderBottom: "1px solid var(--mantine-color-gray-2)", display: "block" }}
      data-testid="notification-item"
      data-unread={unread}
    >
      <Text size="sm" fw={unread ? 700 : 400}>
        {item.title}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={3}>
        {item.body}
      </Text>
      <Text size="xs" c="dimmed" mt={2}>
        {formatDate(item.createdAt)}
      </Text>
    </UnstyledButton>
  );
}
