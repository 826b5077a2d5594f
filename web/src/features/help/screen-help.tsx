import { Anchor, Button, CloseButton, Group, Popover, Stack, Text, Title, type TitleProps } from "@mantine/core";
import { IconHelpCircle } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";
import { type HelpTopic, helpKey, helpParts, helpVars } from "./topics";

/**
 * A small "Bantuan" button beside a screen's title, closed by default: it opens what the screen is for, which rule it
 * follows and what happens next, over the page (a popover), so nothing on the page moves, on a phone either.
 */
export function ScreenHelp({ topic }: { topic: HelpTopic }) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      onDismiss={close}
      position="bottom-end"
      width={380}
      shadow="md"
      withArrow
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconHelpCircle size={16} aria-hidden />}
          onClick={() => setOpened((o) => !o)}
          style={{ flexShrink: 0 }}
          data-testid="screen-help"
          data-topic={topic}
        >
          {t("help.button")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw="calc(100vw - 24px)" data-testid="screen-help-panel">
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={700}>{t("help.heading")}</Text>
            <CloseButton size="sm" aria-label={t("help.close")} onClick={close} />
          </Group>
          {helpParts.map((part) => (
            <div key={part}>
              <Text size="xs" fw={700} tt="uppercase" c="blue.8">
                {t(`help.label.${part}`)}
              </Text>
              <Text size="sm" data-testid={`screen-help-${part}`}>
                {t(helpKey(topic, part), helpVars)}
              </Text>
            </div>
          ))}
          <Anchor component={Link} to="/panduan" size="sm" onClick={close}>
            {t("help.openGuide")}
          </Anchor>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** A screen's title with its help button beside it, on the same line: the title keeps its own heading. */
export function HelpTitle({ topic, children, ...title }: TitleProps & { topic: HelpTopic; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      {/* The title wraps rather than pushing the button off a phone's screen. */}
      <Title order={2} miw={0} {...title}>
        {children}
      </Title>
      <ScreenHelp topic={topic} />
    </Group>
  );
}
