import { Alert, Badge, Group, Modal, Paper, Radio, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { type Coaching, coachingApi, coachingFeedbackInputSchema, coachingFeedbackStatements } from "@simkin/domain";
import { IconInfoCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { MessageKey } from "../../i18n/catalog";
import { useFormatDate, useFormatDay, useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { showApiError } from "../../lib/form-errors";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { fullLabel } from "../../lib/full-label";
import { LocalDraftNotice } from "../../lib/local-draft-notice";
import { LongText } from "../../lib/long-text";
import { useFormDraft } from "../../lib/use-local-draft";
import { coachingKeys, useSessionSaved } from "./queries";

const SCALE = [1, 2, 3, 4, 5] as const;
const scoreColor = ["red", "orange", "yellow", "teal", "green"] as const;

/** The nine statements under their three headings, in the order of the format (indices into the answers). */
const groups = coachingFeedbackStatements.reduce<{ heading: MessageKey; items: number[] }[]>((acc, s, index) => {
  const last = acc.at(-1);
  if (last && coachingFeedbackStatements[last.items[0] ?? 0]?.group === s.group) {
    last.items.push(index);
  } else {
    acc.push({ heading: `coaching.b18.group.${acc.length + 1}` as MessageKey, items: [index] });
  }
  return acc;
}, []);

const statementKey = (index: number) => `coaching.b18.s${index + 1}` as MessageKey;
const likertKey = (score: number) => `coaching.likert.${score}` as MessageKey;

type Props = { session: Coaching | null; canAnswer: boolean; onClose: () => void };

/** Format B.1.8, Umpan Balik Pelaksanaan Bimbingan Kinerja: answered once by the coached employee, then read-only. */
export function B18Modal({ session, canAnswer, onClose }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  const phone = useMediaQuery("(max-width: 48em)");
  return (
    <Modal opened={session !== null} onClose={onClose} title={t("coaching.b18.title")} size="xl" fullScreen={phone}>
      {session && (
        <Stack>
          <Text size="sm">
            {t("coaching.b18.intro", {
              date: formatDate(session.date),
              rater: session.raterName,
              topic: session.topic,
            })}
          </Text>
          {session.feedback ? (
            <B18Answers feedback={session.feedback} />
          ) : canAnswer ? (
            <B18Form session={session} onClose={onClose} />
          ) : (
            <Alert color="gray">{t("coaching.b18.notYet")}</Alert>
          )}
        </Stack>
      )}
    </Modal>
  );
}

type Values = { answers: string[]; comment: string };
/** A stored local draft of the answers (issue 11), checked before it goes back in. */
const draftSchema = z.object({
  answers: z.array(z.string()).length(coachingFeedbackStatements.length),
  comment: z.string(),
});

/** The answers as numbers; an unanswered statement stays missing, so it reads as required. */
const toInput = (values: Values) => ({ ...values, answers: values.answers.map((a) => (a ? Number(a) : null)) });

function B18Form({ session, onClose }: { session: Coaching; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const sessionSaved = useSessionSaved();
  const form = useForm<Values>({
    initialValues: { answers: coachingFeedbackStatements.map(() => ""), comment: "" },
    ...schemaValidation(coachingFeedbackInputSchema, { input: toInput }),
  });
  const local = useFormDraft<Values>(form, {
    form: "b18",
    recordId: session.id,
    title: t("coaching.b18.title"),
    schema: draftSchema,
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      call(coachingApi.feedback, {
        params: { id: session.id },
        body: coachingFeedbackInputSchema.parse(toInput(values)),
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: "green", message: t("coaching.b18.saved") });
      local.clear();
      await sessionSaved(saved);
    },
    onError: async (error) => {
      showApiError(error, form);
      if (error instanceof ApiError && error.code === "already_answered") {
        await queryClient.invalidateQueries({ queryKey: coachingKeys.sessions });
      }
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate data-testid="b18-form">
      <Stack>
        <LocalDraftNotice
          restored={local.restored}
          older={false}
          onKeep={local.dismiss}
          onDiscard={(previous) => {
            local.clear();
            form.setValues(previous);
          }}
        />
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
          {t("coaching.b18.once")} {t("coaching.b18.scale", { low: t(likertKey(1)), high: t(likertKey(5)) })}
        </Alert>
        {groups.map((group) => (
          <Stack key={group.heading} gap="sm">
            <Title order={4} size="h5">
              {t(group.heading)}
            </Title>
            {group.items.map((index) => (
              <Paper key={index} withBorder p="sm" radius="sm">
                <Radio.Group
                  label={`${index + 1}. ${t(statementKey(index))}`}
                  required
                  {...form.getInputProps(`answers.${index}`)}
                  data-testid={`b18-statement-${index + 1}`}
                >
                  <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs" verticalSpacing={8} mt="xs">
                    {SCALE.map((score) => (
                      <Radio key={score} value={String(score)} label={`${score} · ${t(likertKey(score))}`} />
                    ))}
                  </SimpleGrid>
                </Radio.Group>
              </Paper>
            ))}
          </Stack>
        ))}
        <LongText
          label={t("coaching.b18.comment")}
          autosize
          minRows={2}
          maxLength={maxLengthOf(coachingFeedbackInputSchema.shape.comment)}
          {...form.getInputProps("comment")}
        />
        <FormActions onCancel={onClose} saving={save.isPending} submitLabel={t("coaching.b18.submit")} />
      </Stack>
    </form>
  );
}

function B18Answers({ feedback }: { feedback: NonNullable<Coaching["feedback"]> }) {
  const t = useT();
  const formatDay = useFormatDay();
  return (
    <Stack data-testid="b18-answers">
      <Text size="sm" c="dimmed">
        {t("coaching.b18.answeredAt", { date: formatDay(feedback.at) })}
      </Text>
      {groups.map((group) => (
        <Stack key={group.heading} gap={6}>
          <Title order={4} size="h5">
            {t(group.heading)}
          </Title>
          {group.items.map((index) => {
            const score = feedback.answers[index] ?? 0;
            return (
              <Paper key={index} withBorder p="sm" radius="sm">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text size="sm" style={{ flex: "1 1 260px" }}>
                    {`${index + 1}. ${t(statementKey(index))}`}
                  </Text>
                  {score >= 1 && score <= 5 ? (
                    <Badge
                      styles={fullLabel}
                      color={scoreColor[score - 1]}
                      variant="light"
                      data-testid="b18-answer"
                      data-score={score}
                    >
                      {`${score} · ${t(likertKey(score))}`}
                    </Badge>
                  ) : (
                    <Text size="sm">–</Text>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      ))}
      <div>
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t("coaching.b18.comment")}
        </Text>
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} fs={feedback.comment ? undefined : "italic"}>
          {feedback.comment || t("coaching.b18.noComment")}
        </Text>
      </div>
    </Stack>
  );
}
