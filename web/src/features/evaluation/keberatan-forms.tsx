import { Button, FileInput, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  explainKeberatanInputSchema,
  fileKeberatanInputSchema,
  KEBERATAN_TEXT_MIN,
  type Keberatan,
  type KeberatanView,
  keberatanApi,
} from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";
import { evidenceAccept } from "../report/report-api";
import { uploadKeberatanFile, useKeberatanChanged } from "./keberatan-api";

const reasonsMax = maxLengthOf(fileKeberatanInputSchema.shape.reasons);
const explanationMax = maxLengthOf(explainKeberatanInputSchema.shape.explanation);
// Consts, not literals: a data-* attribute passes the input's props type only outside an object literal.
const attachmentInputProps = { "data-testid": "keberatan-attachment", name: "file" };

/** The employee's keberatan: reasons, within the window the server keeps. */
export function FileForm({ view, onCancel }: { view: KeberatanView; onCancel: () => void }) {
  const t = useT();
  const changed = useKeberatanChanged();
  const form = useForm({
    initialValues: { reasons: "", version: view.evaluation.version },
    ...schemaValidation(fileKeberatanInputSchema),
  });
  const send = useMutation({
    mutationFn: (body: { reasons: string; version: number }) =>
      call(keberatanApi.file, { params: { evaluationId: view.evaluation.id }, body }),
    onSuccess: async (next) => {
      notifications.show({ color: "green", message: t("keberatan.file.sent") });
      await changed(next);
    },
    onError: (error) => showApiError(error, form),
  });
  return (
    <FormBox title={t("keberatan.file.title")} intro={t("keberatan.file.intro")}>
      <form onSubmit={form.onSubmit((values) => send.mutate(values))} noValidate data-testid="keberatan-file-form">
        <Stack gap="sm">
          <LongText
            label={t("keberatan.file.reasons")}
            description={t("keberatan.file.reasonsHint", { min: KEBERATAN_TEXT_MIN })}
            autosize
            minRows={4}
            required
            maxLength={reasonsMax}
            {...form.getInputProps("reasons")}
          />
          <Group>
            <Button type="submit" color="orange" loading={send.isPending}>
              {t("keberatan.file.submit")}
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormBox>
  );
}

/** The rater of record explains the rating to the atasan. */
export function ExplainForm({ keberatan, evaluationId }: { keberatan: Keberatan; evaluationId: string }) {
  const t = useT();
  const changed = useKeberatanChanged();
  const form = useForm({
    initialValues: { explanation: "", version: keberatan.version },
    ...schemaValidation(explainKeberatanInputSchema),
  });
  const send = useMutation({
    mutationFn: (body: { explanation: string; version: number }) =>
      call(keberatanApi.explain, { params: { id: keberatan.id }, body }),
    onSuccess: async (next) => {
      notifications.show({ color: "green", message: t("keberatan.explain.sent") });
      await changed(next);
    },
    onError: (error) => showApiError(error, form),
  });
  return (
    <FormBox title={t("keberatan.explain.title")} intro={t("keberatan.explain.intro")}>
      <form onSubmit={form.onSubmit((values) => send.mutate(values))} noValidate data-testid="keberatan-explain-form">
        <Stack gap="sm">
          <LongText
            label={t("keberatan.explain.field")}
            autosize
            minRows={4}
            required
            maxLength={explanationMax}
            {...form.getInputProps("explanation")}
          />
          <Group>
            <Button type="submit" loading={send.isPending} data-evaluation={evaluationId}>
              {t("keberatan.explain.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormBox>
  );
}

/** The employee's attachments while the keberatan is pending: choosing a file uploads it. */
export function AttachmentField({ keberatanId, evaluationId }: { keberatanId: string; evaluationId: string }) {
  const t = useT();
  const changed = useKeberatanChanged();
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      await uploadKeberatanFile(keberatanId, "lampiran", file);
      return call(keberatanApi.view, { params: { evaluationId } });
    },
    onSuccess: async (next) => {
      notifications.show({ color: "green", message: t("keberatan.files.added") });
      await changed(next);
    },
    onError: (failure) => setError(errorText(failure)),
  });
  return (
    <FileInput
      label={t("keberatan.files.add")}
      accept={evidenceAccept}
      value={null}
      onChange={(file) => {
        setError(null);
        if (file) {
          upload.mutate(file);
        }
      }}
      disabled={upload.isPending}
      error={error ?? undefined}
      fileInputProps={attachmentInputProps}
    />
  );
}

export function FormBox({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="sm" bg="gray.0">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {title}
        </Title>
        <Text size="sm">{intro}</Text>
        {children}
      </Stack>
    </Paper>
  );
}
