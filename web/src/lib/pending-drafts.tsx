import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconFilePencil } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { useFormatDate, useT } from "../i18n/i18n";
import { discardLocalDraft, myLocalDrafts } from "./use-local-draft";

/**
 * "Anda punya draf yang belum tersimpan": the signed-in user's own unsaved drafts on this browser (never another
 * user's), each to open (the form restores it) or to discard. Shown on Beranda, so it greets the owner at sign-in.
 */
export function PendingDrafts({ userId }: { userId: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  const [drafts, setDrafts] = useState(() => myLocalDrafts(userId));
  if (drafts.length === 0) {
    return null;
  }
  return (
    <Alert
      color="orange"
      icon={<IconFilePencil size={18} aria-hidden />}
      title={t("draft.pending.title")}
      mb="md"
      data-testid="pending-drafts"
    >
      <Text size="sm" mb="xs">
        {t("draft.pending.intro")}
      </Text>
      <Stack gap="xs">
        {drafts.map((draft) => (
          <Group key={`${draft.form}:${draft.recordId}`} justify="space-between" gap="xs" data-testid="pending-draft">
            <div>
              <Text size="sm" fw={600}>
                {draft.title}
              </Text>
              <Text size="xs">{formatDate(draft.savedAt)}</Text>
            </div>
            <Group gap="xs">
              <Button size="xs" component={Link} to={draft.path}>
                {t("draft.pending.open")}
              </Button>
              <Button
                size="xs"
                variant="default"
                aria-label={t("draft.pending.discardLabel", { title: draft.title })}
                onClick={() => {
                  discardLocalDraft(draft);
                  setDrafts(myLocalDrafts(userId));
                }}
              >
                {t("draft.pending.discard")}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
