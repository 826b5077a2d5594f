import { ActionIcon, Anchor, Badge, Box, Button, Group, Popover, ScrollArea, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBell } from "@tabler/icons-react";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";
import { useMarkAllRead, useNotificationPage, useUnread } from "./notification-api";
import { NotificationDays } from "./notification-item";

/** The bell shows the latest ones; the Notifikasi page has them all. */
const SHOWN = 10;

/** The bell in the header: the unread count (pushed by the server, see useUnread) and the latest notifications by day. */
export function NotificationBell() {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { unread, live } = useUnread();
  // Loaded with the page (and again when the count moves), so the popover opens on its list, not on a spinner.
  const list = useNotificationPage(1, SHOWN);
  return (
    // The button itself is the popover's target: its aria-expanded/aria-haspopup belong on a button, not a <div>.
    <Box pos="relative">
      {/* A dialog for the keyboard too: the focus moves into the list, Escape closes it and the focus returns to the bell. */}
      <Popover
        opened={opened}
        onChange={(value) => !value && close()}
        position="bottom-end"
        shadow="md"
        withArrow
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={unread > 0 ? `${t("notif.label")}, ${t("notif.unread", { count: unread })}` : t("notif.label")}
            aria-expanded={opened}
            onClick={toggle}
            data-testid="notification-bell"
            // Whether sign-outs elsewhere and new notices arrive at once; journeys wait for it before ending a session.
            data-live={live}
          >
            <IconBell size={22} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} w={380} maw="calc(100vw - 16px)" data-testid="notification-list">
          {opened && <LatestNotifications list={list} unread={unread} onDone={close} />}
        </Popover.Dropdown>
      </Popover>
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
          aria-hidden
        >
          {unread > 99 ? "99+" : unread}
        </Badge>
      )}
    </Box>
  );
}

type LatestProps = { list: ReturnType<typeof useNotificationPage>; unread: number; onDone: () => void };

function LatestNotifications({ list, unread, onDone }: LatestProps) {
  const t = useT();
  const readAll = useMarkAllRead();
  const items = list.data?.items ?? [];
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
          data-testid="notification-read-all"
        >
          {t("notif.readAll")}
        </Button>
      </Group>
      {!list.isPending && items.length === 0 && (
        <Text size="sm" c="gray.7" p="sm">
          {t("notif.empty")}
        </Text>
      )}
      <ScrollArea.Autosize mah="min(460px, calc(100dvh - 160px))">
        <NotificationDays items={items} onOpen={onDone} />
      </ScrollArea.Autosize>
      <Anchor component={Link} to="/notifications" onClick={onDone} size="sm" ta="center" p="xs" fw={600} c="blue.8">
        {t("notifications.seeAll")}
      </Anchor>
    </Stack>
  );
}
