import {
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  type AnnualRule,
  type Capaian,
  capaianValues,
  type EvaluationSetting,
  type EvaluationSettingValues,
  evaluationSettingApi,
  type Rating,
  ratingValues,
  saveEvaluationSettingSchema,
} from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { isStale, notifyStale, showSaveError } from "../../lib/form-errors";
import { schemaValidation } from "../../lib/form-schema";
import { settingKey } from "./setting-section";

type Values = Omit<EvaluationSettingValues, "keberatanDays" | "suggestion"> & {
  keberatanDays: number | string;
  suggestion: { aboveFrom: number | string; aboveInclusive: boolean; meetsFrom: number | string };
};
const num = (v: number | string) => (v === "" ? Number.NaN : Number(v));

/** The settings of one year; read-only for everyone but the pengelola kinerja and the super admin. */
export function SettingForm({ setting, canEdit }: { setting: EvaluationSetting; canEdit: boolean }) {
  const t = useT();
  const queryClient = useQueryClient();
  const toBody = (v: Values) => ({
    ...v,
    keberatanDays: num(v.keberatanDays),
    suggestion: { ...v.suggestion, aboveFrom: num(v.suggestion.aboveFrom), meetsFrom: num(v.suggestion.meetsFrom) },
    year: setting.year,
    version: setting.version,
  });
  const form = useForm<Values>({
    initialValues: {
      keberatanDays: setting.keberatanDays,
      headMapping: setting.headMapping,
      suggestion: setting.suggestion,
      rounding: setting.rounding,
      annualRule: setting.annualRule,
    },
    ...schemaValidation(saveEvaluationSettingSchema, { input: toBody }),
  });
  const save = useMutation({
    mutationFn: (v: Values) => call(evaluationSettingApi.save, { body: toBody(v) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingKey(saved.year), saved);
      notifications.show({ color: "green", message: t("setting.saved", { year: saved.year }) });
    },
    onError: (error) => {
      if (isStale(error)) {
        notifyStale(error);
        void queryClient.invalidateQueries({ queryKey: settingKey(setting.year) });
        return;
      }
      showSaveError(error, form, ["keberatanDays", "suggestion.aboveFrom", "suggestion.meetsFrom", "annualRule"]);
    },
  });
  const ratingOptions = ratingValues.map((r) => ({ value: r, label: t(`setting.rating.${r}`) }));
  const roundingOptions = (["floor", "ceil"] as const).map((r) => ({ value: r, label: t(`setting.rounding.${r}`) }));
  const disabled = !canEdit;
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack>
        {setting.isDefault && (
          <Badge variant="outline" color="gray">
            {t("setting.default")}
          </Badge>
        )}
        <NumberInput
          label={t("setting.keberatanDays")}
          description={t("setting.keberatanDays.help")}
          min={1}
          max={60}
          allowDecimal={false}
          maw={320}
          disabled={disabled}
          {...form.getInputProps("keberatanDays")}
        />
        <Fieldset legend={t("setting.headMapping")} disabled={disabled}>
          <Text size="xs" c="dimmed" mb="xs">
            {t("setting.headMapping.help")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {capaianValues.map((c: Capaian) => (
              <Select
                key={c}
                label={t(`setting.capaian.${c}`)}
                data={ratingOptions}
                allowDeselect={false}
                {...form.getInputProps(`headMapping.${c}`)}
                onChange={(v) => {
                  const rating = ratingValues.find((r: Rating) => r === v);
                  if (rating) {
                    form.setFieldValue(`headMapping.${c}`, rating);
                  }
                }}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t("setting.suggestion")} disabled={disabled}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t("setting.suggestion.aboveFrom")}
              min={0}
              max={1000}
              {...form.getInputProps("suggestion.aboveFrom")}
            />
            <NumberInput
              label={t("setting.suggestion.meetsFrom")}
              min={0}
              max={1000}
              {...form.getInputProps("suggestion.meetsFrom")}
            />
          </SimpleGrid>
          <Checkbox
            mt="sm"
            label={t("setting.suggestion.aboveInclusive")}
            {...form.getInputProps("suggestion.aboveInclusive", { type: "checkbox" })}
          />
        </Fieldset>
        <Fieldset legend={t("setting.rounding")} disabled={disabled}>
          <Group gap="xl" wrap="wrap">
            {(["max", "min"] as const).map((side) => (
              <Stack gap={4} key={side}>
                <Text size="sm" fw={500} id={`rounding-${side}-label`}>
                  {t(`setting.rounding.${side}`)}
                </Text>
                <SegmentedControl
                  aria-labelledby={`rounding-${side}-label`}
                  data={roundingOptions}
                  disabled={disabled}
                  value={form.values.rounding[side]}
                  onChange={(v) => form.setFieldValue(`rounding.${side}`, v === "ceil" ? "ceil" : "floor")}
                />
              </Stack>
            ))}
          </Group>
        </Fieldset>
        <Radio.Group
          label={t("setting.annualRule")}
          description={t("setting.annualRule.help")}
          value={form.values.annualRule}
          onChange={(v) =>
            form.setFieldValue("annualRule", (v === "latest" ? "latest" : "longest") satisfies AnnualRule)
          }
          error={form.errors.annualRule}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="longest" label={t("setting.annualRule.longest")} disabled={disabled} />
            <Radio value="latest" label={t("setting.annualRule.latest")} disabled={disabled} />
          </Stack>
        </Radio.Group>
        {canEdit && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="setting-save">
              {t("common.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
