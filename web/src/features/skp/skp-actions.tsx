import { Alert, Button, Group, List, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type BerakhlakValueCode, type SkpDetail, type SkpProblem, skpApi } from "@simkin/domain";
import {
  IconArrowBackUp,
  IconCheck,
  IconCopy,
  IconFileCheck,
  IconInfoCircle,
  IconNotes,
  IconSend,
} from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { fieldErrorText } from "../../lib/error-text";
import { ConfirmModal, NoteModal } from "./action-modals";
import { ApproveModal } from "./approve-modal";
import { problemsOf, useInvalidateSkp, useSkpErrorHandler } from "./skp-cache";

type Step = "submit" | "approve" | "return" | "review" | "review_return" | "revise";
type Input = { step: Step; note?: string };
const steps: readonly Step[] = ["submit", "approve", "return", "review", "review_return", "revise"];

const doneMessages: Record<Step, MessageKey> = {
  submit: "skp.action.submitted",
  approve: "skp.action.approved",
  return: "skp.action.returned",
  review: "skp.action.reviewed",
  review_return: "skp.action.reviewReturned",
  revise: "skp.action.revised",
};

function perform(skp: SkpDetail, { step, note = "" }: Input) {
  const params = { id: skp.id };
  const version = skp.version;
  switch (step) {
    case "submit":
      return call(skpApi.submit, { params, body: { version } });
    case "approve":
      return call(skpApi.approve, { params, body: { version } });
    case "return":
      return call(skpApi.return, { params, body: { reason: note, version } });
    case "review":
      return call(skpApi.review, { params, body: { note, version } });
    case "review_return":
      return call(skpApi.reviewReturn, { params, body: { note, version } });
    case "revise":
      return call(skpApi.revise, { params, body: { version } });
  }
}

type Props = {
  skp: SkpDetail;
  dirty: boolean;
  waitingKey: MessageKey;
  /** The approval's "Isi ekspektasi": opens the expectations editor at this value. */
  onFillExpectations: (code: BerakhlakValueCode) => void;
};

/** The workflow steps the signed-in user may take now (from `allowed`), each asking before it acts. */
export function SkpActions({ skp, dirty, waitingKey, onFillExpectations }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const invalidate = useInvalidateSkp();
  const handleError = useSkpErrorHandler();
  const [open, setOpen] = useState<Step | null>(null);
  const [refused, setRefused] = useState<SkpProblem[]>([]);
  const [noteError, setNoteError] = useState<string | null>(null);
  // With the year's review required, "review" marks the submitted SKP reviewed (a note is optional).
  const reviewing = skp.skpReview === "required" && skp.status === "diajukan";
  const close = () => {
    setOpen(null);
    setNoteError(null);
  };
  const run = useMutation({
    mutationFn: (input: Input) => perform(skp, input),
    onSuccess: async (updated, { step }) => {
      close();
      setRefused([]);
      const done = step === "review" && reviewing ? "skp.action.reviewDoneSaved" : doneMessages[step];
      notifications.show({ color: "green", message: t(done) });
      await invalidate(updated);
      if (step === "revise") {
        navigate(`/skp/${updated.id}`);
      }
    },
    onError: (error) => {
      const problems = problemsOf(error);
      if (problems.length > 0) {
        setRefused(problems);
        close();
        void invalidate();
        return;
      }
      const field = error instanceof ApiError ? (error.fields.reason ?? error.fields.note) : undefined;
      if (error instanceof ApiError && field) {
        setNoteError(fieldErrorText(error, field));
        return;
      }
      close();
      handleError(error);
    },
  });
  const allowed = (step: Step) => skp.allowed.includes(step) && !(step === "revise" && skp.nextRevisionId);
  const has = steps.some(allowed);
  const raterWaitsForReview = reviewing && allowed("return") && !allowed("approve");
  const blocked = skp.problems.length > 0 || dirty;
  const confirm = (step: "submit" | "revise", color?: string) => (
    <ConfirmModal
      opened={open === step}
      title={t(`skp.action.${step}.title`)}
      text={t(`skp.action.${step}.text`, { name: skp.rater?.name ?? t("skp.party.rater") })}
      confirmLabel={t(`skp.action.${step}`)}
      color={color}
      loading={run.isPending}
      onConfirm={() => run.mutate({ step })}
      onClose={close}
    />
  );
  const note = (step: "return" | "review" | "review_return", color?: string) => {
    const key = step === "review" && reviewing ? "reviewDone" : step;
    return (
      <NoteModal
        opened={open === step}
        title={t(`skp.action.${key}.title`)}
        text={t(`skp.action.${key}.text`)}
        label={t(`skp.action.${key}.label`)}
        placeholder={t(`skp.action.${step === "return" ? "return" : "review"}.placeholder`)}
        confirmLabel={t(`skp.action.${key}`)}
        color={color}
        optional={key === "reviewDone"}
        loading={run.isPending}
        error={noteError}
        onSubmit={(text) => run.mutate({ step, note: text })}
        onClose={close}
      />
    );
  };
  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="skp-actions">
      <Stack gap="xs">
        {!has && (
          <Text size="sm" c="dimmed" data-testid="skp-waiting">
            {t(waitingKey, { name: skp.rater?.name ?? t("skp.party.rater") })}
          </Text>
        )}
        {has && (
          <Group gap="xs">
            {allowed("submit") && (
              <Button
                leftSection={<IconSend size={16} />}
                disabled={blocked}
                onClick={() => setOpen("submit")}
                data-testid="action-submit"
              >
                {t("skp.action.submit")}
              </Button>
            )}
            {allowed("approve") && (
              <Button
                color="green"
                leftSection={<IconCheck size={16} />}
                onClick={() => setOpen("approve")}
                data-testid="action-approve"
              >
                {t("skp.action.approve")}
              </Button>
            )}
            {allowed("return") && (
              <Button
                color="orange"
                variant="light"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => setOpen("return")}
                data-testid="action-return"
              >
                {t("skp.action.return")}
              </Button>
            )}
            {allowed("review") && (
              <Button
                variant={reviewing ? "filled" : "light"}
                color={reviewing ? "cyan" : undefined}
                leftSection={reviewing ? <IconFileCheck size={16} /> : <IconNotes size={16} />}
                onClick={() => setOpen("review")}
                data-testid="action-review"
              >
                {t(reviewing ? "skp.action.reviewDone" : "skp.action.review")}
              </Button>
            )}
            {allowed("review_return") && (
              <Button
                color="orange"
                variant="light"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => setOpen("review_return")}
                data-testid="action-review-return"
              >
                {t("skp.action.review_return")}
              </Button>
            )}
            {allowed("revise") && (
              <Button
                variant="light"
                leftSection={<IconCopy size={16} />}
                onClick={() => setOpen("revise")}
                data-testid="action-revise"
              >
                {t("skp.action.revise")}
              </Button>
            )}
          </Group>
        )}
        {raterWaitsForReview && (
          <Text size="sm" c="cyan.9" data-testid="skp-waiting-review">
            <IconInfoCircle size={14} style={{ verticalAlign: "-2px", marginRight: 4 }} aria-hidden />
            {t("skp.waiting.raterReview")}
          </Text>
        )}
        {allowed("submit") && blocked && (
          <Text size="sm" c="orange.9" data-testid="submit-blocked">
            {dirty ? t("skp.action.saveFirst") : t("skp.action.incomplete", { n: skp.problems.length })}
          </Text>
        )}
        {refused.length > 0 && (
          <Alert color="red" title={t("skp.action.refused")} withCloseButton onClose={() => setRefused([])}>
            <List size="sm">
              {refused.map((p) => (
                <List.Item key={`${p.code}:${p.path}`}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
      {confirm("submit")}
      <ApproveModal
        skp={skp}
        opened={open === "approve"}
        loading={run.isPending}
        onApprove={() => run.mutate({ step: "approve" })}
        onFill={(code) => {
          close();
          onFillExpectations(code);
        }}
        onClose={close}
      />
      {confirm("revise")}
      {note("return", "orange")}
      {note("review", reviewing ? "cyan" : undefined)}
      {note("review_return", "orange")}
    </Paper>
  );
}
