import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useT } from "../i18n/i18n";

/** One part of a record that differs between what the user typed and what is saved now. */
export type ConflictRow = { label: string; mine: string; theirs: string };

type ConflictModalProps = {
  rows: ConflictRow[] | null;
  saving: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/**
 * A 409/412 on a save: someone else saved first. Nothing typed is thrown away; both versions of every part that
 * differs are shown side by side (stacked on a phone) and the user chooses.
 */
export function ConflictModal({ rows, saving, onKeepMine, onTakeTheirs }: ConflictModalProps) {
  const t = useT();
  return (
    <Modal
      opened={rows !== null}
      onClose={onTakeTheirs}
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
      title={t("conflict.title")}
      size="xl"
    >
      <Stack>
        <Alert color="orange">{t("conflict.intro")}</Alert>
        {(rows ?? []).map((row) => (
          <Stack key={row.label} gap={4} data-testid="conflict-row">
            <Text fw={600}>{row.label}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Version title={t("conflict.mine")} text={row.mine} empty={t("conflict.empty")} />
              <Version title={t("conflict.theirs")} text={row.theirs} empty={t("conflict.empty")} />
            </SimpleGrid>
          </Stack>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onTakeTheirs} disabled={saving}>
            {t("conflict.takeTheirs")}
          </Button>
          <Button onClick={onKeepMine} loading={saving} data-testid="conflict-keep-mine">
            {t("conflict.keepMine")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Version({ title, text, empty }: { title: string; text: string; empty: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {title}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {text === "" ? empty : text}
      </Text>
    </Paper>
  );
}

/** The parts whose text differs, in the order given. */
export function differingRows(parts: readonly ConflictRow[]): ConflictRow[] {
  return parts.filter((p) => p.mine !== p.theirs);
}
