import { Fieldset, Modal, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type BerakhlakVersion, berakhlakApi, createBerakhlakVersionSchema } from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { showApiError } from "../../lib/form-errors";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";

const berakhlakFields = createBerakhlakVersionSchema.shape;
const valueFields = berakhlakFields.values.element.shape;

export const berakhlakKey = ["berakhlak"] as const;

type Values = {
  version: string;
  title: string;
  effectiveFrom: string;
  values: { code: BerakhlakVersion["values"][number]["code"]; name: string; indicators: string[] }[];
};

/** A new master version, starting from the texts of the version in force (most versions change a few words). */
export function BerakhlakFormModal(props: { base: BerakhlakVersion | null; opened: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t("planning.berakhlak.addTitle")} size="xl">
      {props.opened && props.base && <BerakhlakForm base={props.base} onClose={props.onClose} />}
    </Modal>
  );
}

function BerakhlakForm({ base, onClose }: { base: BerakhlakVersion; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      version: "",
      title: "",
      effectiveFrom: "",
      values: base.values.map((v) => ({ code: v.code, name: v.name, indicators: [...v.indicators] })),
    },
    ...schemaValidation(createBerakhlakVersionSchema),
  });
  const save = useMutation({
    mutationFn: (values: Values) => call(berakhlakApi.create, { body: values }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: berakhlakKey });
      notifications.show({ color: "green", message: t("planning.berakhlak.added", { version: created.version }) });
      onClose();
    },
    onError: (error) => {
      // The server names fields as "values/3/indicators/1"; showApiError turns them into the form's dotted paths.
      showApiError(error, form);
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(createBerakhlakVersionSchema.parse(values)))} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("planning.berakhlak.addIntro")}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t("planning.berakhlak.form.version")}
            description={t("planning.berakhlak.form.versionHint")}
            required
            data-autofocus
            maxLength={maxLengthOf(berakhlakFields.version)}
            {...form.getInputProps("version")}
            onChange={(event) => form.setFieldValue("version", event.currentTarget.value.toUpperCase())}
          />
          <TextInput
            label={t("planning.berakhlak.form.title")}
            description={t("planning.berakhlak.form.titleHint")}
            required
            maxLength={maxLengthOf(berakhlakFields.title)}
            {...form.getInputProps("title")}
          />
          <TextInput
            type="date"
            label={t("planning.berakhlak.form.effectiveFrom")}
            description={t("planning.berakhlak.form.effectiveFromHint")}
            required
            {...form.getInputProps("effectiveFrom")}
          />
        </SimpleGrid>
        {form.values.values.map((value, i) => (
          <Fieldset key={value.code} legend={`${i + 1}. ${value.name}`} data-testid="berakhlak-value-fields">
            <Stack gap="xs">
              <TextInput
                label={t("planning.berakhlak.form.valueName", { n: i + 1 })}
                required
                maxLength={maxLengthOf(valueFields.name)}
                error={form.errors[`values.${i}`]}
                {...form.getInputProps(`values.${i}.name`)}
              />
              {value.indicators.map((_, j) => (
                <LongText
                  // biome-ignore lint/suspicious/noArrayIndexKey: exactly three fixed slots per value
                  key={j}
                  label={t("planning.berakhlak.form.indicator", { n: j + 1 })}
                  required
                  autosize
                  minRows={1}
                  maxLength={maxLengthOf(valueFields.indicators.element)}
                  {...form.getInputProps(`values.${i}.indicators.${j}`)}
                />
              ))}
            </Stack>
          </Fieldset>
        ))}
        <FormActions
          onCancel={onClose}
          saving={save.isPending}
          submitLabel={t("planning.berakhlak.form.submit")}
          submitTestId="berakhlak-save"
        />
      </Stack>
    </form>
  );
}
