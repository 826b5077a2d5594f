import { Button, Card, Divider, Group, Modal, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { feedbackInputSchema, type ReportDetail, reportApi } from "@simkin/domain";
import { IconCheck, IconDeviceFloppy, IconRotate } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call, isStaleWrite } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LocalDraftNotice, UnsavedBadge } from "../../lib/local-draft-notice";
import { LongText } from "../../lib/long-text";
import { useLocalDraft } from "../../lib/use-local-draft";
import { useNotSaved } from "../../lib/use-not-saved";
import { BehaviourFeedbackFields, type ValueFeedback, valueFeedbackFrom } from "./behaviour-feedback";
import { feedbackFields, showReportError, useReportChanged } from "./report-api";

type Values = {
  perRhk: { rhkId: string; wentWell: string; toImprove: string; support: string }[];
  perValue: ValueFeedback[];
  overall: string;
};
/** The feedback as saved; the version comes from the report shown. */
const feedbackSchema = feedbackInputSchema.omit({ version: true });
const rhkFields = feedbackSchema.shape.perRhk.element.shape;
const revisionSchema = reportApi.requestRevision.body.pick({ reason: true });

type Decision = { kind: "save" } | { kind: "accept" } | { kind: "revision"; reason: string };

function valuesFrom(detail: ReportDetail): Values {
  return {
    perRhk: detail.rhk.map((r) => ({
      rhkId: r.rhkId,
      wentWell: r.feedback?.wentWell ?? "",
      toImprove: r.feedback?.toImprove ?? "",
      support: r.feedback?.support ?? "",
    })),
    perValue: valueFeedbackFrom(detail),
    overall: detail.overallFeedback ?? "",
  };
}

/** The rater's constructive feedback per RHK and overall, then the decision: accept or ask for a revision. */
export function FeedbackForm({ detail }: { detail: ReportDetail }) {
  const t = useT();
  const changed = useReportChanged();
  const form = useForm<Values>({ initialValues: valuesFrom(detail), ...schemaValidation(feedbackSchema) });
  const [revising, setRevising] = useState(false);
  const dirty = form.isDirty();
  // The rater's typed feedback stays in this browser until the server has it (issue 11).
  const local = useLocalDraft<Values>({
    form: "feedback",
    recordId: detail.id,
    enabled: detail.allowed.includes("give_feedback"),
    values: form.values,
    dirty,
    baseVersion: () => detail.version,
    title: `${t("draft.title.feedback")}: ${detail.employeeName}`,
    parse: (raw) => feedbackSchema.safeParse(raw).data ?? null,
    onRestore: (values) => form.setValues(values),
  });
  const notSaved = useNotSaved(dirty, () => decide.mutate({ kind: "save" }));
  const decide = useMutation({
    mutationFn: async (decision: Decision) => {
      let version = detail.version;
      if (decision.kind === "save" || form.isDirty()) {
        const saved = await call(reportApi.feedback, {
          params: { id: detail.id },
          body: { ...feedbackSchema.parse(form.getValues()), version },
        });
        form.resetDirty();
        version = saved.version;
        if (decision.kind === "save") {
          return saved;
        }
      }
      return decision.kind === "accept"
        ? call(reportApi.accept, { params: { id: detail.id }, body: { version } })
        : call(reportApi.requestRevision, { params: { id: detail.id }, body: { reason: decision.reason, version } });
    },
    onSuccess: async (updated, decision) => {
      setRevising(false);
      notSaved.saved();
      await changed(updated.id, updated);
      const message = {
        save: t("report.feedback.saved"),
        accept: t("report.feedback.accepted"),
        revision: t("report.feedback.revisionSent"),
      }[decision.kind];
      notifications.show({ color: "green", message });
    },
    onError: async (error) => {
      if (notSaved.failed(error)) {
        notifications.show({ color: "orange", message: errorText(error) });
        return;
      }
      if (isStaleWrite(error)) {
        notifications.show({ color: "orange", title: t("report.stale"), message: t("report.staleText") });
        await changed(detail.id);
        return;
      }
      showReportError(error, form, feedbackFields, true);
    },
  });
  const pending = decide.isPending ? decide.variables.kind : null;
  return (
    <Card withBorder data-testid="feedback-form">
      <form onSubmit={form.onSubmit(() => decide.mutate({ kind: "save" }))} noValidate>
        <Stack>
          <div>
            <Title order={3} size="h4">
              {t("report.feedback.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("report.feedback.intro")}
            </Text>
          </div>
          <LocalDraftNotice
            restored={local.restored}
            older={false}
            onKeep={local.dismiss}
            onDiscard={(previous) => {
              local.dismiss();
              form.setValues(previous);
            }}
          />
          {detail.rhk.map((rhk, index) => (
            <Stack key={rhk.rhkId} gap="xs">
              <Divider />
              <Text fw={600} size="sm">{`${index + 1}. ${rhk.text}`}</Text>
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <LongText
                  label={t("report.feedback.wentWell")}
                  autosize
                  minRows={2}
                  maxLength={maxLengthOf(rhkFields.wentWell)}
                  {...form.getInputProps(`perRhk.${index}.wentWell`)}
                />
                <LongText
                  label={t("report.feedback.toImprove")}
                  autosize
                  minRows={2}
                  maxLength={maxLengthOf(rhkFields.toImprove)}
                  {...form.getInputProps(`perRhk.${index}.toImprove`)}
                />
                <LongText
                  label={t("report.feedback.supportInput")}
                  autosize
                  minRows={2}
                  maxLength={maxLengthOf(rhkFields.support)}
                  {...form.getInputProps(`perRhk.${index}.support`)}
                />
              </SimpleGrid>
            </Stack>
          ))}
          <BehaviourFeedbackFields detail={detail} form={form} />
          <Divider />
          <LongText
            label={t("report.feedback.overall")}
            autosize
            minRows={3}
            maxLength={maxLengthOf(feedbackSchema.shape.overall)}
            {...form.getInputProps("overall")}
          />
          <Group justify="flex-end" gap="sm">
            <UnsavedBadge reason={notSaved.reason} />
            <Button
              type="submit"
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={pending === "save"}
              disabled={decide.isPending}
            >
              {t("report.feedback.save")}
            </Button>
            {detail.allowed.includes("request_revision") && (
              <Button
                color="orange"
                variant="light"
                leftSection={<IconRotate size={16} />}
                onClick={() => setRevising(true)}
                disabled={decide.isPending}
              >
                {t("report.feedback.revision")}
              </Button>
            )}
            {detail.allowed.includes("accept") && (
              <Button
                color="green"
                leftSection={<IconCheck size={16} />}
                onClick={() => decide.mutate({ kind: "accept" })}
                loading={pending === "accept"}
                disabled={decide.isPending}
                data-testid="accept-report"
              >
                {t("report.feedback.accept")}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <RevisionModal
        opened={revising}
        loading={pending === "revision"}
        onClose={() => setRevising(false)}
        onSend={(reason) => decide.mutate({ kind: "revision", reason })}
      />
    </Card>
  );
}

type RevisionProps = { opened: boolean; loading: boolean; onClose: () => void; onSend: (reason: string) => void };

function RevisionModal({ opened, loading, onClose, onSend }: RevisionProps) {
  const t = useT();
  const form = useForm({ initialValues: { reason: "" }, ...schemaValidation(revisionSchema) });
  return (
    <Modal opened={opened} onClose={onClose} title={t("report.feedback.revisionTitle")}>
      <form
        onSubmit={form.onSubmit((values) => onSend(revisionSchema.parse(values).reason))}
        noValidate
        data-testid="revision-form"
      >
        <Stack>
          <LongText
            label={t("report.feedback.revisionReason")}
            description={t("report.feedback.revisionHint")}
            required
            autosize
            minRows={4}
            maxLength={maxLengthOf(revisionSchema.shape.reason)}
            data-autofocus
            {...form.getInputProps("reason")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="orange" loading={loading}>
              {t("report.feedback.revisionSend")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The rater's overall note, for everyone but the rater still writing it. */
export function OverallFeedback({ detail }: { detail: ReportDetail }) {
  const t = useT();
  if (!detail.overallFeedback?.trim()) {
    return null;
  }
  return (
    <Card withBorder bg="teal.0" data-testid="overall-feedback">
      <Text fw={700} size="sm" c="teal.9">
        {t("report.feedback.overall")}
        {detail.raterName ? ` · ${detail.raterName}` : ""}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {detail.overallFeedback}
      </Text>
    </Card>
  );
}
