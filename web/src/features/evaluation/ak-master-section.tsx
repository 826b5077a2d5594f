import { ActionIcon, Alert, Badge, Modal, NumberInput, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type AkMasterRow, angkaKreditApi, saveAkMasterSchema } from "@simkin/domain";
import { IconPencil } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { FormActions } from "../../lib/form-actions";
import { isStale, notifyStale, showSaveError } from "../../lib/form-errors";
import { schemaValidation } from "../../lib/form-schema";
import { akKeys, formatAk, jenjangKey } from "./ak-keys";

/** The master data per jenjang: everyone reads it, the pengelola kinerja corrects a row (versioned, audited). */
export function AkMasterSection({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { locale } = useI18n();
  const [editing, setEditing] = useState<AkMasterRow | null>(null);
  const master = useQuery({ queryKey: akKeys.master, queryFn: () => call(angkaKreditApi.master, {}) });
  const ak = (v: number) => formatAk(v, locale);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t("ak.master.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("ak.master.intro")}
        </Text>
        {master.error && <Alert color="red">{errorText(master.error)}</Alert>}
        {master.data && (
          <Table.ScrollContainer minWidth={560}>
            <Table striped data-testid="ak-master">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("ak.jenjang")}</Table.Th>
                  <Table.Th ta="right">{t("ak.master.coefficient")}</Table.Th>
                  <Table.Th ta="right">{t("ak.master.forPangkat")}</Table.Th>
                  <Table.Th ta="right">{t("ak.master.forJenjang")}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {master.data.map((row) => (
                  <Table.Tr key={row.jenjang}>
                    <Table.Td>
                      {t(jenjangKey(row.jenjang))}{" "}
                      {row.isDefault && (
                        <Badge size="xs" variant="outline" color="gray">
                          {t("ak.master.default")}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{ak(row.coefficient)}</Table.Td>
                    <Table.Td ta="right">{ak(row.forPangkat)}</Table.Td>
                    <Table.Td ta="right">{row.forJenjang === null ? "–" : ak(row.forJenjang)}</Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t("ak.master.edit", { jenjang: t(jenjangKey(row.jenjang)) })}
                          onClick={() => setEditing(row)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t("ak.master.editTitle", { jenjang: t(jenjangKey(editing.jenjang)) }) : ""}
      >
        {editing && <MasterForm row={editing} onClose={() => setEditing(null)} />}
      </Modal>
    </Paper>
  );
}

type Values = { coefficient: number | string; forPangkat: number | string; forJenjang: number | string };
const num = (v: number | string) => (v === "" ? Number.NaN : Number(v));

function MasterForm({ row, onClose }: { row: AkMasterRow; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const hasNext = row.forJenjang !== null;
  const toBody = (v: Values) => ({
    jenjang: row.jenjang,
    coefficient: num(v.coefficient),
    forPangkat: num(v.forPangkat),
    forJenjang: hasNext ? num(v.forJenjang) : null,
    version: row.version,
  });
  const form = useForm<Values>({
    initialValues: { coefficient: row.coefficient, forPangkat: row.forPangkat, forJenjang: row.forJenjang ?? "" },
    ...schemaValidation(saveAkMasterSchema, { input: toBody }),
  });
  const save = useMutation({
    mutationFn: (v: Values) => call(angkaKreditApi.saveMaster, { body: toBody(v) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: akKeys.all });
      notifications.show({ color: "green", message: t("ak.master.saved", { jenjang: t(jenjangKey(row.jenjang)) }) });
      onClose();
    },
    onError: (error) => {
      if (isStale(error)) {
        notifyStale(error);
        void queryClient.invalidateQueries({ queryKey: akKeys.master });
        onClose();
        return;
      }
      showSaveError(error, form, Object.keys(form.values));
    },
  });
  const numberProps = { decimalScale: 3, decimalSeparator: ",", required: true } as const;
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack>
        <NumberInput
          label={t("ak.master.coefficient")}
          data-autofocus
          {...numberProps}
          {...form.getInputProps("coefficient")}
        />
        <NumberInput label={t("ak.master.forPangkat")} {...numberProps} {...form.getInputProps("forPangkat")} />
        {hasNext ? (
          <NumberInput label={t("ak.master.forJenjang")} {...numberProps} {...form.getInputProps("forJenjang")} />
        ) : (
          <Text size="sm" c="dimmed">
            {t("ak.master.forJenjang")}: {t("ak.master.noNext")}
          </Text>
        )}
        <FormActions onCancel={onClose} saving={save.isPending} submitTestId="ak-master-save" />
      </Stack>
    </form>
  );
}
