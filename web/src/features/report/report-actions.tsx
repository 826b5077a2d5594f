import { Alert, Button, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { isReportLate, type ReportDetail, reportApi } from "@simkin/domain";
import { IconCheck, IconDeviceFloppy, IconSend } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatDate, useFormatDay, useT } from "../../i18n/i18n";
import { call, isStaleWrite } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { UnsavedBadge } from "../../lib/local-draft-notice";
import { draftFields, showReportError, useReportChanged } from "./report-api";
import { useFormatTime } from "./report-labels";
import type { ReportDraft } from "./use-report-draft";

export const submitKey = (id: string) => ["report-submit", id] as const;

/** Not a failure to show: the draft could not be saved first and already said why. */
class DraftNotSaved extends Error {}

/** Simpan draf / Ajukan for the employee while editing; the acknowledgement of feedback afterwards. */
export function ReportActions({ detail, draft }: { detail: ReportDetail; draft: ReportDraft }) {
  const t = useT();
  const formatDate = useFormatDate();
  const editing = detail.allowed.includes("edit");
  const canAck = detail.allowed.includes("acknowledge") && detail.acknowledgedAt === null && hasFeedback(detail);
  if (!editing && !canAck && !detail.acknowledgedAt) {
    return null;
  }
  return (
    <Paper
      withBorder
      p="sm"
      shadow={editing ? "md" : undefined}
      data-testid="report-actions"
      style={editing ? { position: "sticky", bottom: 8, zIndex: 5 } : undefined}
    >
      <Stack gap="sm">
        {canAck && (
          <Group>
            <AcknowledgeButton detail={detail} />
          </Group>
        )}
        {!canAck && detail.acknowledgedAt && (
          <Text size="sm" c="dimmed" data-testid="acknowledged">
            {t("report.ack.at", { date: formatDate(detail.acknowledgedAt) })}
          </Text>
        )}
        {editing && <EditActions detail={detail} draft={draft} />}
      </Stack>
    </Paper>
  );
}

function hasFeedback(detail: ReportDetail): boolean {
  return (
    Boolean(detail.overallFeedback?.trim()) ||
    Boolean(detail.revisionReason) ||
    detail.rhk.some((r) => r.feedback !== null)
  );
}

function EditActions({ detail, draft }: { detail: ReportDetail; draft: ReportDraft }) {
  const t = useT();
  const formatTime = useFormatTime();
  const changed = useReportChanged();
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation({
    mutationKey: submitKey(detail.id),
    mutationFn: async () => {
      if (draft.dirty && !(await draft.save("silent"))) {
        throw new DraftNotSaved();
      }
      return call(reportApi.submit, { params: { id: detail.id }, body: { version: draft.version() } });
    },
    onSuccess: async (submitted) => {
      setConfirming(false);
      await changed(submitted.id, submitted);
      notifications.show({ color: "green", message: t("report.submitted") });
      window.scrollTo({ top: 0, behavior: "smooth" });
    },
    onError: async (error) => {
      setConfirming(false);
      if (error instanceof DraftNotSaved) {
        return;
      }
      if (isStaleWrite(error)) {
        notifications.show({ color: "orange", title: t("report.stale"), message: t("report.staleText") });
        await changed(detail.id);
        return;
      }
      showReportError(error, draft.form, draftFields, true);
    },
  });
  const status = draft.saving
    ? t("report.saving")
    : draft.dirty
      ? t("report.unsaved")
      : draft.autoSavedAt
        ? t("report.autosaved", { time: formatTime(draft.autoSavedAt) })
        : "";
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs">
        <UnsavedBadge reason={draft.notSaved} />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="save-status">
          {status}
        </Text>
      </Group>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => void draft.save("manual")}
          loading={draft.saving && !submit.isPending}
          disabled={submit.isPending}
        >
          {t("report.save")}
        </Button>
        {detail.allowed.includes("submit") && (
          <Button
            leftSection={<IconSend size={16} />}
            onClick={() => setConfirming(true)}
            disabled={draft.saving}
            data-testid="submit-report"
          >
            {t("report.submit")}
          </Button>
        )}
      </Group>
      <SubmitModal
        detail={detail}
        opened={confirming}
        loading={submit.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => submit.mutate()}
      />
    </Group>
  );
}

type SubmitModalProps = {
  detail: ReportDetail;
  opened: boolean;
  loading: boolean;
  onClose: () => void;
  onConfirm: () => void;
};

function SubmitModal({ detail, opened, loading, onClose, onConfirm }: SubmitModalProps) {
  const t = useT();
  const formatDay = useFormatDay();
  // The first submission decides lateness; a resubmission after revision keeps the first one's mark.
  const willBeLate = detail.submittedAt === null && isReportLate(detail, detail.deadline, new Date());
  return (
    <Modal opened={opened} onClose={onClose} title={t("report.submitTitle")}>
      <Stack>
        <Text size="sm">{t("report.submitText", { rater: detail.raterName ?? t("report.raterUnknown") })}</Text>
        {willBeLate && (
          <Alert color="orange" data-testid="submit-late-warning">
            {t("report.submitLate", { date: formatDay(detail.deadline) })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button onClick={onConfirm} loading={loading} data-testid="confirm-submit">
            {t("report.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AcknowledgeButton({ detail }: { detail: ReportDetail }) {
  const t = useT();
  const changed = useReportChanged();
  const ack = useMutation({
    mutationFn: () => call(reportApi.acknowledge, { params: { id: detail.id }, body: { version: detail.version } }),
    onSuccess: async (updated) => {
      await changed(updated.id, updated);
      notifications.show({ color: "green", message: t("report.ack.done") });
    },
    onError: (error) => showApiError(error),
  });
  return (
    <Button leftSection={<IconCheck size={16} />} color="teal" onClick={() => ack.mutate()} loading={ack.isPending}>
      {t("report.ack.button")}
    </Button>
  );
}
