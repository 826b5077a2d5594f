import { Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { type BerakhlakValueCode, emptyExpectations, type SkpDetail } from "@simkin/domain";
import { IconCheck, IconPencil } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";
import { ConfirmModal } from "./action-modals";

type Props = {
  skp: SkpDetail;
  opened: boolean;
  loading: boolean;
  onApprove: () => void;
  /** Opens the expectations editor at the first empty value. */
  onFill: (code: BerakhlakValueCode) => void;
  onClose: () => void;
};

/**
 * The rater's approval. With Ekspektasi Khusus Pimpinan still empty it names them and offers to fill them first or
 * to approve anyway: they are optional (REGULATIONS.md §9.1), so the server never refuses (issue 11).
 */
export function ApproveModal({ skp, opened, loading, onApprove, onFill, onClose }: Props) {
  const t = useT();
  const empty = emptyExpectations(skp.behaviours);
  const first = empty[0];
  if (!first || !skp.allowed.includes("set_expectations")) {
    return (
      <ConfirmModal
        opened={opened}
        title={t("skp.action.approve.title")}
        text={t("skp.action.approve.text")}
        confirmLabel={t("skp.action.approve")}
        color="green"
        loading={loading}
        onConfirm={onApprove}
        onClose={onClose}
      />
    );
  }
  return (
    <Modal opened={opened} onClose={onClose} title={t("skp.approveEmpty.title")} size="lg">
      <Stack data-testid="approve-empty-expectations">
        <Text size="sm">{t("skp.approveEmpty.text", { n: empty.length, total: skp.behaviours.length })}</Text>
        <List size="sm" spacing={2} data-testid="empty-expectation-list">
          {empty.map((e) => (
            <List.Item key={e.code}>{e.name}</List.Item>
          ))}
        </List>
        <Text size="sm">{t("skp.approveEmpty.after")}</Text>
        <Text size="sm" c="dimmed">
          {t("skp.action.approve.text")}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t("common.cancel")}
          </Button>
          <Button
            variant="light"
            color="green"
            leftSection={<IconCheck size={16} />}
            loading={loading}
            onClick={onApprove}
            // The approval's confirm button, as in every other confirmation (journeys click it).
            data-testid="confirm-action"
          >
            {t("skp.approveEmpty.approve")}
          </Button>
          <Button
            leftSection={<IconPencil size={16} />}
            onClick={() => onFill(first.code)}
            disabled={loading}
            data-autofocus
            data-testid="fill-expectations"
          >
            {t("skp.approveEmpty.fill")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
