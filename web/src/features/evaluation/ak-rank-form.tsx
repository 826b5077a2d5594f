import { Modal, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  addRankSchema,
  akJenjangValues,
  golonganPnsValues,
  pangkatLabel,
  type RankKind,
  rankHistoryApi,
} from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { showSaveError } from "../../lib/form-errors";
import { schemaValidation } from "../../lib/form-schema";
import { akKeys, jenjangKey } from "./ak-keys";

type Values = { kind: RankKind; value: string; tmt: string; decreeNumber: string };

type Props = { employeeId: string; opened: boolean; onClose: () => void };

/** Records one entry of the history from its decree: a pangkat (golongan) or a jenjang with its TMT. */
export function AddRankModal({ employeeId, opened, onClose }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t("rank.addTitle")}>
      {opened && <AddRankForm employeeId={employeeId} onClose={onClose} />}
    </Modal>
  );
}

function AddRankForm({ employeeId, onClose }: { employeeId: string; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: { kind: "pangkat", value: "", tmt: "", decreeNumber: "" },
    ...schemaValidation(addRankSchema, {
      input: (v: Values) => ({ ...v, decreeNumber: v.decreeNumber.trim() || null }),
    }),
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      call(rankHistoryApi.add, {
        params: { id: employeeId },
        body: { ...v, decreeNumber: v.decreeNumber.trim() || null },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: akKeys.all });
      notifications.show({ color: "green", message: t("rank.saved") });
      onClose();
    },
    onError: (error) => showSaveError(error, form, Object.keys(form.values)),
  });
  const options =
    form.values.kind === "pangkat"
      ? golonganPnsValues.map((g) => ({ value: g, label: pangkatLabel(g) }))
      : akJenjangValues.map((j) => ({ value: j, label: t(jenjangKey(j)) }));
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="rank-kind-label">
            {t("rank.kind")}
          </Text>
          <SegmentedControl
            aria-labelledby="rank-kind-label"
            data={(["pangkat", "jenjang"] as const).map((kind) => ({ value: kind, label: t(`rank.kind.${kind}`) }))}
            value={form.values.kind}
            onChange={(value) => {
              form.setFieldValue("kind", value === "jenjang" ? "jenjang" : "pangkat");
              form.setFieldValue("value", "");
            }}
          />
        </Stack>
        <Select
          label={t("rank.value")}
          required
          searchable
          data={options}
          data-autofocus
          {...form.getInputProps("value")}
          onChange={(value) => form.setFieldValue("value", value ?? "")}
          data-testid="rank-value"
        />
        <TextInput
          type="date"
          label={t("rank.tmt")}
          required
          min="1960-01-01"
          max="2100-12-31"
          {...form.getInputProps("tmt")}
        />
        <TextInput label={t("rank.decree")} maxLength={100} {...form.getInputProps("decreeNumber")} />
        <FormActions onCancel={onClose} saving={save.isPending} submitTestId="rank-save" />
      </Stack>
    </form>
  );
}
