import { Button, FileInput, Group, NativeSelect, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  type DecideKeberatanInput,
  decideKeberatanInputSchema,
  explainKeberatanInputSchema,
  externalDecisionInputSchema,
  type Keberatan,
  type KeberatanView,
  keberatanApi,
  predikatFor,
  type Rating,
  ratingValues,
} from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";
import { uploadKeberatanFile, useKeberatanChanged } from "./keberatan-api";
import { FormBox } from "./keberatan-forms";
import { predikatName, ratingName } from "./keberatan-labels";

// A const, not a literal: a data-* attribute passes the input's props type only outside an object literal.
const scanInputProps = { "data-testid": "keberatan-scan", name: "file" };
const ratingOptions = ratingValues.map((value) => ({ value, label: ratingName(value) }));
const decisionMax = maxLengthOf(explainKeberatanInputSchema.shape.explanation);

type DecisionValues = {
  outcome: "dikabulkan" | "ditolak";
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  decision: string;
  version: number;
};

/** What the server takes: new ratings only when granted. */
const decisionBody = (v: DecisionValues): DecideKeberatanInput =>
  v.outcome === "dikabulkan"
    ? {
        outcome: v.outcome,
        ratingHasilKerja: v.ratingHasilKerja,
        ratingPerilaku: v.ratingPerilaku,
        decision: v.decision,
        version: v.version,
      }
    : { outcome: v.outcome, decision: v.decision, version: v.version };

function useDecisionForm(
  keberatan: Keberatan,
  view: KeberatanView,
  schema: typeof decideKeberatanInputSchema | typeof externalDecisionInputSchema,
  extra: (v: DecisionValues) => object,
) {
  return useForm<DecisionValues>({
    initialValues: {
      outcome: "dikabulkan",
      ratingHasilKerja: view.evaluation.ratingHasilKerja ?? "sesuai_ekspektasi",
      ratingPerilaku: view.evaluation.ratingPerilaku ?? "sesuai_ekspektasi",
      decision: "",
      version: keberatan.version,
    },
    ...schemaValidation(schema, { input: (v: DecisionValues) => ({ ...decisionBody(v), ...extra(v) }) }),
  });
}

/** The outcome, the two ratings when granted, the predikat the kuadran gives them, and the written decision. */
function DecisionFields({ form }: { form: ReturnType<typeof useDecisionForm> }) {
  const t = useT();
  const v = form.values;
  return (
    <>
      <Radio.Group label={t("keberatan.decide.outcome")} required {...form.getInputProps("outcome")}>
        <Group mt={4}>
          <Radio value="dikabulkan" label={t("keberatan.outcome.dikabulkan")} />
          <Radio value="ditolak" label={t("keberatan.outcome.ditolak")} />
        </Group>
      </Radio.Group>
      {v.outcome === "dikabulkan" && (
        <>
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              miw={200}
              label={t("keberatan.ratingHasilKerja")}
              data={ratingOptions}
              {...form.getInputProps("ratingHasilKerja")}
            />
            <NativeSelect
              miw={200}
              label={t("keberatan.ratingPerilaku")}
              data={ratingOptions}
              {...form.getInputProps("ratingPerilaku")}
            />
          </Group>
          <Text size="sm" fw={600} aria-live="polite" data-testid="predikat-preview">
            {t("keberatan.decide.preview", {
              predikat: predikatName(predikatFor(v.ratingHasilKerja, v.ratingPerilaku)),
            })}
          </Text>
        </>
      )}
      <LongText
        label={t("keberatan.decide.text")}
        autosize
        minRows={3}
        required
        maxLength={decisionMax}
        {...form.getInputProps("decision")}
      />
    </>
  );
}

/** The atasan of the rater decides; final, so the button asks once more. */
export function DecideForm({ keberatan, view }: { keberatan: Keberatan; view: KeberatanView }) {
  const t = useT();
  const changed = useKeberatanChanged();
  const form = useDecisionForm(keberatan, view, decideKeberatanInputSchema, () => ({}));
  const [confirming, setConfirming] = useState(false);
  const send = useMutation({
    mutationFn: (values: DecisionValues) =>
      call(keberatanApi.decide, { params: { id: keberatan.id }, body: decisionBody(values) }),
    onSuccess: async (next) => {
      notifications.show({ color: "green", message: t("keberatan.decide.sent") });
      await changed(next);
    },
    onError: (error) => {
      setConfirming(false);
      showApiError(error, form);
    },
  });
  return (
    <FormBox title={t("keberatan.decide.title")} intro={t("keberatan.decide.intro")}>
      <form
        onSubmit={form.onSubmit((values) => (confirming ? send.mutate(values) : setConfirming(true)))}
        noValidate
        data-testid="keberatan-decide-form"
      >
        <Stack gap="sm">
          <DecisionFields form={form} />
          {confirming && (
            <Text size="sm" c="orange.9" role="alert">
              {t("keberatan.decide.confirm")}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t("keberatan.decide.submit")}
            </Button>
            {confirming && (
              <Button variant="subtle" onClick={() => setConfirming(false)}>
                {t("common.cancel")}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </FormBox>
  );
}

/** The pengelola records a decision made outside SIMKIN: the letter's number, date and scan, and its content. */
export function RecordForm({ keberatan, view }: { keberatan: Keberatan; view: KeberatanView }) {
  const t = useT();
  const changed = useKeberatanChanged();
  const [letter, setLetter] = useState({ letterNumber: "", letterDate: "" });
  const [scan, setScan] = useState<File | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const form = useDecisionForm(keberatan, view, externalDecisionInputSchema, () => ({
    ...letter,
    // The scan is uploaded on submit; a placeholder id lets the other fields be checked first.
    scanFileId: "00000000-0000-4000-8000-000000000000",
  }));
  const send = useMutation({
    mutationFn: async (values: DecisionValues) => {
      if (!scan) {
        throw new Error(t("keberatan.record.scan"));
      }
      const uploaded = await uploadKeberatanFile(keberatan.id, "surat_keputusan", scan);
      return call(keberatanApi.recordExternal, {
        params: { id: keberatan.id },
        body: { ...decisionBody(values), ...letter, scanFileId: uploaded.id },
      });
    },
    onSuccess: async (next) => {
      notifications.show({ color: "green", message: t("keberatan.record.sent") });
      await changed(next);
    },
    onError: (error) => {
      setScanError(errorText(error));
      showApiError(error, form);
    },
  });
  const submit = (values: DecisionValues) => {
    if (!scan) {
      setScanError(t("keberatan.record.scanHint"));
      return;
    }
    send.mutate(values);
  };
  return (
    <FormBox title={t("keberatan.record.title")} intro={t("keberatan.record.intro")}>
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="keberatan-record-form">
        <Stack gap="sm">
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              miw={200}
              required
              label={t("keberatan.record.letterNumber")}
              value={letter.letterNumber}
              error={form.errors.letterNumber}
              onChange={(e) => setLetter({ ...letter, letterNumber: e.currentTarget.value })}
            />
            <TextInput
              miw={200}
              required
              type="date"
              label={t("keberatan.record.letterDate")}
              value={letter.letterDate}
              error={form.errors.letterDate}
              onChange={(e) => setLetter({ ...letter, letterDate: e.currentTarget.value })}
            />
          </Group>
          <FileInput
            required
            label={t("keberatan.record.scan")}
            description={t("keberatan.record.scanHint")}
            accept=".pdf,.png,.jpg,.jpeg,.webp"
            value={scan}
            onChange={(file) => {
              setScan(file);
              setScanError(null);
            }}
            error={scanError ?? undefined}
            fileInputProps={scanInputProps}
          />
          <DecisionFields form={form} />
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t("keberatan.record.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormBox>
  );
}
