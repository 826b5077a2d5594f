import { Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type AkDasar, angkaKreditApi, setAkDasarSchema } from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { isStale, notifyStale, showSaveError } from "../../lib/form-errors";
import { schemaValidation } from "../../lib/form-schema";
import { akKeys } from "./ak-keys";

type Values = { kind: "dasar" | "konversi"; startYear: number | string; amount: number | string; decreeNumber: string };

type Props = { employeeId: string; dasar: AkDasar | null; opened: boolean; onClose: () => void };

/** The pengelola kinerja records the starting balance from the PAK (AK dasar, or the conversion to integrasi). */
export function AkDasarModal({ employeeId, dasar, opened, onClose }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t("ak.dasar.edit")}>
      {opened && <AkDasarForm employeeId={employeeId} dasar={dasar} onClose={onClose} />}
    </Modal>
  );
}

const toBody = (v: Values, version: number) => ({
  kind: v.kind,
  startYear: Number(v.startYear),
  amount: v.amount === "" ? Number.NaN : Number(v.amount),
  decreeNumber: v.decreeNumber.trim() || null,
  version,
});

function AkDasarForm({
  employeeId,
  dasar,
  onClose,
}: {
  employeeId: string;
  dasar: AkDasar | null;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const version = dasar?.version ?? 0;
  const form = useForm<Values>({
    initialValues: {
      kind: dasar?.kind ?? "konversi",
      startYear: dasar?.startYear ?? new Date().getFullYear(),
      amount: dasar?.amount ?? "",
      decreeNumber: dasar?.decreeNumber ?? "",
    },
    ...schemaValidation(setAkDasarSchema, { input: (v: Values) => toBody(v, version) }),
  });
  const save = useMutation({
    mutationFn: (v: Values) => call(angkaKreditApi.setDasar, { params: { id: employeeId }, body: toBody(v, version) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: akKeys.all });
      notifications.show({ color: "green", message: t("ak.dasar.saved") });
      onClose();
    },
    onError: (error) => {
      if (isStale(error)) {
        notifyStale(error);
        void queryClient.invalidateQueries({ queryKey: akKeys.all });
        onClose();
        return;
      }
      showSaveError(error, form, Object.keys(form.values));
    },
  });
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="ak-dasar-kind-label">
            {t("ak.dasar.kind")}
          </Text>
          <SegmentedControl
            aria-labelledby="ak-dasar-kind-label"
            data={(["konversi", "dasar"] as const).map((kind) => ({ value: kind, label: t(`ak.dasar.kind.${kind}`) }))}
            value={form.values.kind}
            onChange={(value) => form.setFieldValue("kind", value === "dasar" ? "dasar" : "konversi")}
          />
        </Stack>
        <NumberInput
          label={t("ak.dasar.amount")}
          required
          decimalScale={3}
          decimalSeparator=","
          data-autofocus
          {...form.getInputProps("amount")}
        />
        <NumberInput
          label={t("ak.dasar.startYear")}
          required
          min={2020}
          max={2100}
          allowDecimal={false}
          {...form.getInputProps("startYear")}
        />
        <TextInput label={t("ak.dasar.decree")} maxLength={100} {...form.getInputProps("decreeNumber")} />
        <FormActions onCancel={onClose} saving={save.isPending} submitTestId="ak-dasar-save" />
      </Stack>
    </form>
  );
}
