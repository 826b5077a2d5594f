import { Modal, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type Holiday, type HolidayKind, holidayApi, holidayInputSchema } from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { isStale, notifyStale, showSaveError } from "../../lib/form-errors";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";

export const holidaysKey = ["holidays"] as const;

/** What the form is open for: a new day (in the year shown) or an existing one. */
export type HolidayFormTarget = { mode: "create"; year: number } | { mode: "edit"; holiday: Holiday };

type Values = { date: string; name: string; kind: HolidayKind };

export function HolidayFormModal({ target, onClose }: { target: HolidayFormTarget | null; onClose: () => void }) {
  const t = useT();
  const title = target?.mode === "edit" ? t("planning.holidays.editTitle") : t("planning.holidays.addTitle");
  return (
    <Modal opened={target !== null} onClose={onClose} title={title}>
      {target && <HolidayForm target={target} onClose={onClose} />}
    </Modal>
  );
}

function HolidayForm({ target, onClose }: { target: HolidayFormTarget; onClose: () => void }) {
  const t = useT();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: holidaysKey });
  const form = useForm<Values>({
    initialValues:
      target.mode === "edit"
        ? { date: target.holiday.date, name: target.holiday.name, kind: target.holiday.kind }
        : { date: "", name: "", kind: "libur_nasional" },
    ...schemaValidation(holidayInputSchema),
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      target.mode === "edit"
        ? call(holidayApi.update, {
            params: { id: target.holiday.id },
            body: { ...values, version: target.holiday.version },
          })
        : call(holidayApi.create, { body: values }),
    onSuccess: (saved) => {
      void refresh();
      notifications.show({ color: "green", message: t("planning.holidays.saved", { date: formatDate(saved.date) }) });
      onClose();
    },
    onError: (error) => {
      if (isStale(error)) {
        notifyStale(error);
        void refresh();
        onClose();
        return;
      }
      showSaveError(error, form, Object.keys(form.values));
    },
  });
  const chosen = /^\d{4}-\d{2}-\d{2}$/.test(form.values.date) ? formatDate(form.values.date) : null;
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate({ ...values, name: values.name.trim() }))} noValidate>
      <Stack>
        <TextInput
          type="date"
          label={t("planning.holidays.date")}
          description={chosen ?? undefined}
          required
          data-autofocus
          min="2020-01-01"
          max="2100-12-31"
          {...form.getInputProps("date")}
        />
        <TextInput
          label={t("planning.holidays.name")}
          required
          maxLength={maxLengthOf(holidayInputSchema.shape.name)}
          {...form.getInputProps("name")}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="holiday-kind-label">
            {t("planning.holidays.kind")}
          </Text>
          <SegmentedControl
            aria-labelledby="holiday-kind-label"
            data={(["libur_nasional", "cuti_bersama"] as const).map((kind) => ({
              value: kind,
              label: t(`planning.holidays.kind.${kind}`),
            }))}
            value={form.values.kind}
            onChange={(value) =>
              form.setFieldValue("kind", value === "cuti_bersama" ? "cuti_bersama" : "libur_nasional")
            }
          />
        </Stack>
        <FormActions onCancel={onClose} saving={save.isPending} submitTestId="holiday-save" />
      </Stack>
    </form>
  );
}
