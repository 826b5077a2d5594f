import { Alert, Button, Checkbox, Group, Modal, NumberInput, Radio, Stack, Text, TextInput } from "@mantine/core";
import { type GetInputPropsReturnType, useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  type Cadence,
  defaultSkpDeadline,
  type OpenYear,
  openYearSchema,
  type ReportDueShift,
  type SkpReview,
  updateYearSchema,
  type YearStatus,
  type YearWithPeriods,
  yearApi,
} from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { isStale, notifyStale, showSaveError } from "../../lib/form-errors";
import { schemaValidation } from "../../lib/form-schema";
import { SkpReviewField } from "./skp-review-field";
import { currentYear, yearsKey } from "./years";

type Rules = {
  skpDeadline: string;
  cadence: Cadence;
  reportDueDay: number | string;
  reportDueShift: ReportDueShift;
  skpReview: SkpReview;
};
type OpenValues = Rules & { year: number | string };
type EditValues = Rules & { status: YearStatus };

/** The year's rules without the version, which comes from the year shown. */
const editSchema = updateYearSchema.omit({ version: true });

/** What only the screen checks: the deadline falls in the year being set up (the schema checks the rest). */
function useDeadlineRule() {
  const t = useT();
  return (deadline: string, year: number) => ({
    // Without a year (an emptied field reads as 0) only the year's own error shows.
    skpDeadline:
      !deadline || !year || deadline.startsWith(`${year}-`) ? null : t("planning.years.form.deadlineInYear", { year }),
  });
}

/** The cadence, due day and deadline fields both forms share. */
function RuleFields({
  inputProps,
  deadline,
}: {
  inputProps: (path: keyof Rules) => GetInputPropsReturnType;
  deadline: string;
}) {
  const t = useT();
  const formatDate = useFormatDate();
  // The native date field shows the browser's own format; spell the chosen date out in Indonesian beside it.
  const chosen = /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? formatDate(deadline) : null;
  return (
    <>
      <TextInput
        type="date"
        label={t("planning.years.form.deadline")}
        description={
          chosen ? t("planning.years.form.deadlineChosen", { date: chosen }) : t("planning.years.form.deadlineHint")
        }
        required
        {...inputProps("skpDeadline")}
      />
      <Radio.Group label={t("planning.years.cadence")} required {...inputProps("cadence")}>
        <Stack gap="xs" mt={6}>
          <Radio
            value="triwulan"
            label={t("planning.years.cadence.triwulan")}
            description={t("planning.years.form.triwulanHint")}
          />
          <Radio
            value="bulanan"
            label={t("planning.years.cadence.bulanan")}
            description={t("planning.years.form.bulananHint")}
          />
          <Radio
            value="semester"
            label={t("planning.years.cadence.semester")}
            description={t("planning.years.form.semesterHint")}
          />
          <Radio
            value="tahunan"
            label={t("planning.years.cadence.tahunan")}
            description={t("planning.years.form.tahunanHint")}
          />
        </Stack>
      </Radio.Group>
      <NumberInput
        label={t("planning.years.form.dueDay")}
        description={t("planning.years.form.dueDayHint")}
        required
        min={1}
        max={28}
        allowDecimal={false}
        allowNegative={false}
        {...inputProps("reportDueDay")}
      />
      <DueShiftCheckbox inputProps={inputProps("reportDueShift")} />
      <SkpReviewField inputProps={inputProps("skpReview")} />
    </>
  );
}

/** Issue 9 rule 19: a due day on a weekend or holiday moves to the next working day (on by default). */
function DueShiftCheckbox({ inputProps }: { inputProps: GetInputPropsReturnType }) {
  const t = useT();
  return (
    <Checkbox
      label={t("planning.years.form.dueShift")}
      description={t("planning.years.form.dueShiftHint")}
      checked={inputProps.value === "next_working_day"}
      onChange={(event) => inputProps.onChange(event.currentTarget.checked ? "next_working_day" : "none")}
      data-testid="due-shift"
    />
  );
}

function useSaved() {
  const t = useT();
  const queryClient = useQueryClient();
  return (year: YearWithPeriods, message: "planning.years.opened" | "planning.years.saved") => {
    void queryClient.invalidateQueries({ queryKey: yearsKey });
    notifications.show({ color: "green", message: t(message, { year: year.year }) });
  };
}

export function OpenYearModal({
  opened,
  years,
  onClose,
}: {
  opened: boolean;
  years: readonly YearWithPeriods[];
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t("planning.years.open")} size="lg">
      {opened && <OpenYearForm years={years} onClose={onClose} />}
    </Modal>
  );
}

function OpenYearForm({ years, onClose }: { years: readonly YearWithPeriods[]; onClose: () => void }) {
  const t = useT();
  const deadlineRule = useDeadlineRule();
  const saved = useSaved();
  const taken = new Set(years.map((y) => y.year));
  const suggested = taken.has(currentYear()) ? Math.max(...taken) + 1 : currentYear();
  const form = useForm<OpenValues>({
    initialValues: {
      year: suggested,
      skpDeadline: defaultSkpDeadline(suggested),
      cadence: "triwulan",
      reportDueDay: 5,
      skpReview: "required",
      reportDueShift: "next_working_day",
    },
    ...schemaValidation(openYearSchema, {
      rules: (values: OpenValues) => deadlineRule(values.skpDeadline, Number(values.year)),
    }),
  });
  const open = useMutation({
    mutationFn: (body: OpenYear) => call(yearApi.open, { body }),
    onSuccess: (year) => {
      saved(year, "planning.years.opened");
      onClose();
    },
    onError: (error) => showSaveError(error, form, Object.keys(form.values)),
  });
  // The deadline follows the year while it still holds the default (31 January of the previous choice).
  const onYear = (value: number | string) => {
    if (form.values.skpDeadline === defaultSkpDeadline(Number(form.values.year)) && Number(value) >= 2020) {
      form.setFieldValue("skpDeadline", defaultSkpDeadline(Number(value)));
    }
    form.setFieldValue("year", value);
  };
  return (
    <form onSubmit={form.onSubmit((values) => open.mutate(openYearSchema.parse(values)))} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("planning.years.form.openIntro")}
        </Text>
        <NumberInput
          label={t("planning.years.year")}
          required
          data-autofocus
          min={2020}
          max={2100}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          w={{ base: "100%", xs: 220 }}
          {...form.getInputProps("year")}
          onChange={onYear}
        />
        <RuleFields inputProps={(path) => form.getInputProps(path)} deadline={form.values.skpDeadline} />
        <FormActions onCancel={onClose} saving={open.isPending} submitLabel={t("planning.years.form.openSubmit")} />
      </Stack>
    </form>
  );
}

export function EditYearModal({ year, onClose }: { year: YearWithPeriods | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      opened={year !== null}
      onClose={onClose}
      title={year ? t("planning.years.editTitle", { year: year.year }) : ""}
      size="lg"
    >
      {year && <EditYearForm year={year} onClose={onClose} />}
    </Modal>
  );
}

function EditYearForm({ year, onClose }: { year: YearWithPeriods; onClose: () => void }) {
  const t = useT();
  const deadlineRule = useDeadlineRule();
  const saved = useSaved();
  const queryClient = useQueryClient();
  const [confirmClose, setConfirmClose] = useState(false);
  const form = useForm<EditValues>({
    initialValues: {
      status: year.status,
      skpDeadline: year.skpDeadline,
      cadence: year.cadence,
      reportDueDay: year.reportDueDay,
      skpReview: year.skpReview,
      reportDueShift: year.reportDueShift,
    },
    ...schemaValidation(editSchema, {
      rules: (values: EditValues) => deadlineRule(values.skpDeadline, year.year),
    }),
  });
  const save = useMutation({
    mutationFn: (values: EditValues) =>
      call(yearApi.update, { params: { id: year.id }, body: { ...editSchema.parse(values), version: year.version } }),
    onSuccess: (updated) => {
      saved(updated, "planning.years.saved");
      onClose();
    },
    onError: (error) => {
      setConfirmClose(false);
      if (isStale(error)) {
        notifyStale(error);
        void queryClient.invalidateQueries({ queryKey: yearsKey });
        onClose();
        return;
      }
      showSaveError(error, form, Object.keys(form.values));
    },
  });
  const submit = form.onSubmit((values) => {
    // Closing a year stops every change to its SKPs and reports: ask once more.
    if (values.status === "closed" && year.status === "open" && !confirmClose) {
      setConfirmClose(true);
      return;
    }
    save.mutate(values);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Radio.Group
          label={t("planning.years.statusLabel")}
          required
          {...form.getInputProps("status")}
          onChange={(value) => {
            setConfirmClose(false);
            form.setFieldValue("status", value === "closed" ? "closed" : "open");
          }}
        >
          <Group gap="lg" mt={6}>
            <Radio value="open" label={t("planning.years.status.open")} />
            <Radio value="closed" label={t("planning.years.status.closed")} />
          </Group>
        </Radio.Group>
        <RuleFields inputProps={(path) => form.getInputProps(path)} deadline={form.values.skpDeadline} />
        {confirmClose && (
          <Alert color="orange" title={t("planning.years.form.closeTitle", { year: year.year })} role="alert">
            {t("planning.years.form.closeText")}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color={confirmClose ? "orange" : undefined} loading={save.isPending}>
            {confirmClose ? t("planning.years.form.closeConfirm") : t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
