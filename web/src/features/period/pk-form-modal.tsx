import { Alert, Autocomplete, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type PkTarget, pkTargetApi, updatePkTargetSchema } from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { FormActions } from "../../lib/form-actions";
import { isForbidden, isStale, notifyStale, showSaveError } from "../../lib/form-errors";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";

/** The form's fields as the shared schema checks them (year, unit and version come from the screen). */
const pkFieldsSchema = updatePkTargetSchema.omit({ version: true });
const pkLimits = updatePkTargetSchema.shape;

export const pkTargetsKey = ["pk-targets"] as const;

/** What the form is open for: a new indicator (under an existing sasaran, or a new one), or an existing target. */
export type PkFormTarget = { mode: "create"; sasaran: string } | { mode: "edit"; target: PkTarget };

type Values = { sasaran: string; indicator: string; target: string; unit: string };

/** Units of measure seen on Perjanjian Kinerja documents, offered beside those already used. */
const commonUnits = ["persen", "dokumen", "laporan", "kegiatan", "nilai indeks", "orang", "kelurahan", "hari"];

export function PkFormModal(props: {
  target: PkFormTarget | null;
  year: number;
  unitId: string;
  existing: readonly PkTarget[];
  onClose: () => void;
}) {
  const t = useT();
  const title = props.target?.mode === "edit" ? t("planning.pk.editTitle") : t("planning.pk.addTitle");
  return (
    <Modal opened={props.target !== null} onClose={props.onClose} title={title} size="lg">
      {props.target && <PkForm {...props} target={props.target} />}
    </Modal>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: pkTargetsKey });
}

function PkForm({
  target,
  year,
  unitId,
  existing,
  onClose,
}: {
  target: PkFormTarget;
  year: number;
  unitId: string;
  existing: readonly PkTarget[];
  onClose: () => void;
}) {
  const t = useT();
  const refresh = useRefresh();
  const [forbidden, setForbidden] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues:
      target.mode === "edit"
        ? {
            sasaran: target.target.sasaran,
            indicator: target.target.indicator,
            target: target.target.target,
            unit: target.target.unit,
          }
        : { sasaran: target.sasaran, indicator: "", target: "", unit: "" },
    ...schemaValidation(pkFieldsSchema),
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      target.mode === "edit"
        ? call(pkTargetApi.update, {
            params: { id: target.target.id },
            body: { ...values, version: target.target.version },
          })
        : call(pkTargetApi.create, { body: { ...values, year, unitId } }),
    onSuccess: () => {
      void refresh();
      notifications.show({
        color: "green",
        message: target.mode === "edit" ? t("planning.pk.saved") : t("planning.pk.created"),
      });
      onClose();
    },
    onError: (error) => {
      if (isForbidden(error)) {
        setForbidden(errorText(error));
        return;
      }
      if (isStale(error)) {
        notifyStale(error);
        void refresh();
        onClose();
        return;
      }
      showSaveError(error, form, Object.keys(form.values));
    },
  });
  const sasaranOptions = [...new Set(existing.map((e) => e.sasaran))];
  const unitOptions = [...new Set([...existing.map((e) => e.unit), ...commonUnits])];
  const startsWithSasaran = target.mode === "create" && target.sasaran !== "";
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        {forbidden && (
          <Alert color="red" title={t("planning.pk.forbiddenTitle")} role="alert">
            {forbidden}
          </Alert>
        )}
        <Autocomplete
          label={t("planning.pk.sasaran")}
          description={t("planning.pk.form.sasaranHint")}
          required
          maxLength={maxLengthOf(pkLimits.sasaran)}
          data={sasaranOptions}
          data-autofocus={startsWithSasaran ? undefined : true}
          {...form.getInputProps("sasaran")}
        />
        <LongText
          label={t("planning.pk.indicator")}
          required
          autosize
          minRows={2}
          maxLength={maxLengthOf(pkLimits.indicator)}
          data-autofocus={startsWithSasaran ? true : undefined}
          {...form.getInputProps("indicator")}
        />
        <Group grow align="flex-start" preventGrowOverflow={false}>
          <TextInput
            label={t("planning.pk.target")}
            description={t("planning.pk.form.targetHint")}
            required
            maxLength={maxLengthOf(pkLimits.target)}
            {...form.getInputProps("target")}
          />
          <Autocomplete
            label={t("planning.pk.satuan")}
            description={t("planning.pk.form.satuanHint")}
            required
            maxLength={maxLengthOf(pkLimits.unit)}
            data={unitOptions}
            {...form.getInputProps("unit")}
          />
        </Group>
        <FormActions onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}

/** Asks before deleting one indicator; a refusal (403) is shown in the dialog. */
export function PkDeleteModal({ target, onClose }: { target: PkTarget | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={target !== null} onClose={onClose} title={t("planning.pk.removeTitle")}>
      {target && <PkDelete target={target} onClose={onClose} />}
    </Modal>
  );
}

function PkDelete({ target, onClose }: { target: PkTarget; onClose: () => void }) {
  const t = useT();
  const refresh = useRefresh();
  const [forbidden, setForbidden] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: () => call(pkTargetApi.remove, { params: { id: target.id }, query: { version: target.version } }),
    onSuccess: () => {
      void refresh();
      notifications.show({ color: "green", message: t("planning.pk.removed") });
      onClose();
    },
    onError: (error) => {
      if (isForbidden(error)) {
        setForbidden(errorText(error));
        return;
      }
      if (isStale(error)) {
        notifyStale(error);
        void refresh();
        onClose();
        return;
      }
      showSaveError(error, { setFieldError: () => undefined }, []);
    },
  });
  return (
    <Stack>
      {forbidden && (
        <Alert color="red" title={t("planning.pk.forbiddenTitle")} role="alert">
          {forbidden}
        </Alert>
      )}
      <Text size="sm">{t("planning.pk.removeText")}</Text>
      <Text size="sm" fw={600}>
        {target.indicator}
      </Text>
      <Text size="sm" c="dimmed">
        {t("planning.pk.removeDetail", { sasaran: target.sasaran, target: target.target, unit: target.unit })}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t("common.cancel")}
        </Button>
        <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
          {t("planning.pk.removeConfirm")}
        </Button>
      </Group>
    </Stack>
  );
}
