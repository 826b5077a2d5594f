import { Alert, FileInput, Modal, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  type CapaianUnit,
  capaianApi,
  capaianInputSchema,
  capaianValues,
  externalCapaianInputSchema,
  type OrgCapaian,
} from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { isStale, notifyStale, showSaveError } from "../../lib/form-errors";
import { maxLengthOf } from "../../lib/form-schema";
import { capaianKeys, recordCapaian } from "./capaian-api";

/** What the form is open for: the unit, the period, and whether the decision is made here or recorded from a letter. */
export type CapaianFormTarget = {
  unit: CapaianUnit;
  year: number;
  periodCode: string;
  periodLabel: string;
  mode: "set" | "record";
};

type Values = { capaian: string; reason: string; letterNumber: string; letterDate: string; scan: File | null };

export function CapaianFormModal({ target, onClose }: { target: CapaianFormTarget | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t("capaian.form.title", { unit: target.unit.unitName }) : ""}
    >
      {target && <CapaianForm target={target} onClose={onClose} />}
    </Modal>
  );
}

function CapaianForm({ target, onClose }: { target: CapaianFormTarget; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const current = target.unit.capaian;
  const external = target.mode === "record";
  const form = useForm<Values>({
    initialValues: {
      capaian: current?.capaian ?? "",
      reason: current?.reason ?? "",
      letterNumber: current?.letterNumber ?? "",
      letterDate: current?.letterDate ?? "",
      scan: null,
    },
    validate: {
      capaian: (v) => (v ? null : t("form.required")),
      reason: (v) => (v.trim() ? null : t("form.required")),
      letterNumber: (v) => (!external || v.trim() ? null : t("form.required")),
      letterDate: (v) => (!external || /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t("form.invalidDate")),
      scan: (v) => (!external || v ? null : t("capaian.form.scanRequired")),
    },
  });
  const save = useMutation({
    mutationFn: (values: Values): Promise<OrgCapaian> => {
      const base = {
        unitId: target.unit.unitId,
        year: target.year,
        periodCode: target.periodCode,
        capaian: values.capaian,
        reason: values.reason.trim(),
        version: current?.version ?? null,
      };
      if (external && values.scan) {
        return recordCapaian(
          { ...base, letterNumber: values.letterNumber.trim(), letterDate: values.letterDate },
          values.scan,
        );
      }
      return call(capaianApi.set, {
        body: { ...base, capaian: capaianInputSchema.shape.capaian.parse(values.capaian) },
      });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: capaianKeys.all });
      notifications.show({ color: "green", message: t("capaian.saved", { unit: target.unit.unitName }) });
      onClose();
    },
    onError: (error) => {
      if (isStale(error)) {
        notifyStale(error);
        void queryClient.invalidateQueries({ queryKey: capaianKeys.all });
        onClose();
        return;
      }
      showSaveError(error, form, ["capaian", "reason", "letterNumber", "letterDate", "scan"]);
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <Text size="sm" c="dark.4">
          {t("capaian.form.period", { period: target.periodLabel, year: target.year })}
        </Text>
        {external && (
          <Alert color="blue" variant="light">
            {t("capaian.form.externalNote")}
          </Alert>
        )}
        <Select
          label={t("capaian.form.capaian")}
          required
          data-autofocus
          data={capaianValues.map((value) => ({ value, label: t(`capaian.level.${value}`) }))}
          allowDeselect={false}
          data-testid="capaian-select"
          {...form.getInputProps("capaian")}
        />
        <Textarea
          label={t("capaian.form.reason")}
          description={t("capaian.form.reasonHint")}
          required
          autosize
          minRows={3}
          maxLength={maxLengthOf(capaianInputSchema.shape.reason)}
          data-testid="capaian-reason"
          {...form.getInputProps("reason")}
        />
        {external && (
          <>
            <TextInput
              label={t("capaian.form.letterNumber")}
              required
              maxLength={maxLengthOf(externalCapaianInputSchema.shape.letterNumber)}
              {...form.getInputProps("letterNumber")}
            />
            <TextInput
              type="date"
              label={t("capaian.form.letterDate")}
              required
              {...form.getInputProps("letterDate")}
            />
            <FileInput
              label={t("capaian.form.scan")}
              required
              accept="application/pdf,image/png,image/jpeg,image/webp"
              clearable
              {...form.getInputProps("scan")}
            />
          </>
        )}
        <FormActions onCancel={onClose} saving={save.isPending} submitTestId="capaian-save" />
      </Stack>
    </form>
  );
}
