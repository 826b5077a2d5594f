import { Alert, Badge, Button, Group, Text, Tooltip } from "@mantine/core";
import { IconCloudOff, IconRestore } from "@tabler/icons-react";
import { useFormatDate, useT } from "../i18n/i18n";
import type { Restored } from "./use-local-draft";

type NoticeProps<T> = {
  restored: Restored<T> | null;
  /** The saved version is newer than the one the draft was typed against. */
  older: boolean;
  onDiscard: (previous: T) => void;
  onKeep: () => void;
};

/** "Draf yang belum tersimpan dipulihkan": a form opened with a local draft; the user keeps it or goes back. */
export function LocalDraftNotice<T>({ restored, older, onDiscard, onKeep }: NoticeProps<T>) {
  const t = useT();
  const formatDate = useFormatDate();
  if (!restored) {
    return null;
  }
  return (
    <Alert
      color="blue"
      icon={<IconRestore size={18} aria-hidden />}
      title={t("draft.restored.title")}
      role="status"
      data-testid="draft-restored"
    >
      <Text size="sm">{t("draft.restored.text", { time: formatDate(restored.savedAt) })}</Text>
      {older && <Text size="sm">{t("draft.restored.older")}</Text>}
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={onKeep}>
          {t("draft.restored.keep")}
        </Button>
        <Button size="xs" variant="default" onClick={() => onDiscard(restored.previous)}>
          {t("draft.restored.discard")}
        </Button>
      </Group>
    </Alert>
  );
}

/** The "belum tersimpan" state beside a save button: the last save did not reach the server. */
export function UnsavedBadge({ reason }: { reason: "network" | "session" | null }) {
  const t = useT();
  if (!reason) {
    return null;
  }
  const hint = reason === "network" ? t("draft.unsavedHint") : t("draft.unsavedSession");
  return (
    <Tooltip label={hint} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
      <Badge
        color="orange"
        variant="light"
        leftSection={<IconCloudOff size={14} aria-hidden />}
        tabIndex={0}
        style={{ flexShrink: 0, overflow: "visible" }}
        aria-label={`${t("draft.unsaved")}. ${hint}`}
        data-testid="not-saved"
      >
        {t("draft.unsaved")}
      </Badge>
    </Tooltip>
  );
}
