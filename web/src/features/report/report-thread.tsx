import { Button, Card, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type ReportDetail, reportApi } from "@simkin/domain";
import { IconSend } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import type { MessageKey } from "../../i18n/catalog";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";
import { showReportError, useReportChanged } from "./report-api";

const commentSchema = reportApi.comment.body;

/** The short reply thread between the employee and the rater. */
export function CommentsSection({ detail }: { detail: ReportDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  const changed = useReportChanged();
  const canComment = detail.allowed.includes("comment");
  const form = useForm({ initialValues: { text: "" }, ...schemaValidation(commentSchema) });
  const send = useMutation({
    mutationFn: (text: string) => call(reportApi.comment, { params: { id: detail.id }, body: { text } }),
    onSuccess: async (updated) => {
      form.reset();
      await changed(updated.id, updated);
      notifications.show({ color: "green", message: t("report.comments.sent") });
    },
    onError: (error) => showReportError(error, form, /^text$/, false),
  });
  if (!canComment && detail.comments.length === 0) {
    return null;
  }
  return (
    <Card withBorder data-testid="report-comments">
      <Title order={3} size="h4" mb="sm">
        {t("report.comments.title")}
      </Title>
      <Stack gap="sm">
        {detail.comments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("report.comments.none")}
          </Text>
        )}
        {detail.comments.map((comment) => (
          <div key={comment.id} data-testid="report-comment">
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {comment.authorName}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDate(comment.at)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {comment.text}
            </Text>
          </div>
        ))}
        {canComment && (
          <form onSubmit={form.onSubmit((values) => send.mutate(commentSchema.parse(values).text))} noValidate>
            <Stack gap="xs">
              <LongText
                label={t("report.comments.label")}
                autosize
                minRows={2}
                maxRows={8}
                maxLength={maxLengthOf(commentSchema.shape.text)}
                {...form.getInputProps("text")}
              />
              <Group justify="flex-end">
                <Button type="submit" leftSection={<IconSend size={16} />} loading={send.isPending}>
                  {t("report.comments.send")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

const eventKeys: Record<string, MessageKey> = {
  created: "report.event.created",
  created_from_last_month: "report.event.created_from_last_month",
  submitted: "report.event.submitted",
  feedback_given: "report.event.feedback_given",
  revision_requested: "report.event.revision_requested",
  accepted: "report.event.accepted",
  acknowledged: "report.event.acknowledged",
};

/** What happened to the report, oldest first, by whom. */
export function EventsHistory({ detail }: { detail: ReportDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  if (detail.events.length === 0) {
    return null;
  }
  return (
    <Card withBorder data-testid="report-events">
      <Title order={3} size="h4" mb="sm">
        {t("report.events.title")}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={detail.events.length - 1}>
        {detail.events.map((event) => {
          const key = eventKeys[event.action];
          return (
            <Timeline.Item key={`${event.at}-${event.action}`} title={key ? t(key) : event.action}>
              <Text size="xs" c="dimmed">
                {formatDate(event.at)}
                {event.actorName ? ` · ${t("report.events.by", { name: event.actorName })}` : ""}
              </Text>
              {event.note && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {event.note}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Card>
  );
}
