import { ActionIcon, Alert, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import { randomId, useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { type Coaching, coachingApi, competencyEvaluationInputSchema } from "@simkin/domain";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { useFormatDate, useFormatDay, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { maxItemsOf, maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LocalDraftNotice } from "../../lib/local-draft-notice";
import { LongText } from "../../lib/long-text";
import { useLocalDraft } from "../../lib/use-local-draft";
import { useSessionSaved } from "./queries";

/** One evaluation row's limits, from the shared schema. */
const rowFields = competencyEvaluationInputSchema.shape.rows.element.shape;

const MAX_ROWS = maxItemsOf(competencyEvaluationInputSchema.shape.rows);
const scores = ["1", "2", "3", "4", "5"];

type Row = { key: string; competency: string; score: string | null; reason: string };
type Values = { rows: Row[] };
type Form = UseFormReturnType<Values>;
/** A stored local draft of the rows (issue 11), checked before it goes back in. */
const draftSchema = z.object({
  rows: z
    .array(z.object({ key: z.string(), competency: z.string(), score: z.string().nullable(), reason: z.string() }))
    .min(1)
    .max(MAX_ROWS),
});
/** Rows compared without their client-only React keys: a reopened form makes new ones. */
const withoutKeys = (values: Values) => values.rows.map(({ key: _key, ...row }) => row);

type Props = { session: Coaching | null; canEdit: boolean; onClose: () => void };

/** Format B.1.9, Evaluasi Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan Kinerja: the rater fills and revises it. */
export function B19Modal({ session, canEdit, onClose }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  const phone = useMediaQuery("(max-width: 48em)");
  return (
    <Modal opened={session !== null} onClose={onClose} title={t("coaching.b19.title")} size="xl" fullScreen={phone}>
      {session && (
        <Stack>
          <Text size="sm">
            {t("coaching.b19.intro", { name: session.employeeName, date: formatDate(session.date) })}
          </Text>
          {canEdit ? (
            <B19Form session={session} onClose={onClose} />
          ) : session.evaluation ? (
            <B19View evaluation={session.evaluation} />
          ) : (
            <Alert color="gray">{t("coaching.b19.notYet")}</Alert>
          )}
        </Stack>
      )}
    </Modal>
  );
}

/** The rows as the server takes them: no React keys, the chosen score as a number (none chosen: missing). */
const toInput = (values: Values) => ({
  rows: values.rows.map(({ key, score, ...row }) => ({ ...row, score: score ? Number(score) : null })),
});

const emptyRow = (): Row => ({ key: randomId(), competency: "", score: null, reason: "" });

function B19Form({ session, onClose }: { session: Coaching; onClose: () => void }) {
  const t = useT();
  const formatDay = useFormatDay();
  const phone = useMediaQuery("(max-width: 48em)");
  const sessionSaved = useSessionSaved();
  const form = useForm<Values>({
    initialValues: {
      rows: session.evaluation
        ? session.evaluation.rows.map((r) => ({ key: randomId(), ...r, score: String(r.score) }))
        : [emptyRow()],
    },
    ...schemaValidation(competencyEvaluationInputSchema, { input: toInput }),
  });
  // Kept like B.1.8 (useFormDraft), but also while revising a saved evaluation: compared without the row keys.
  const local = useLocalDraft<Values>({
    form: "b19",
    recordId: session.id,
    enabled: true,
    values: form.values,
    dirty: form.isDirty(),
    baseVersion: () => 0,
    title: t("coaching.b19.title"),
    parse: (raw) => draftSchema.safeParse(raw).data ?? null,
    compare: withoutKeys,
    onRestore: (values) => form.setValues(values),
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      call(coachingApi.evaluation, {
        params: { id: session.id },
        body: competencyEvaluationInputSchema.parse(toInput(values)),
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: "green", message: t("coaching.b19.saved") });
      local.clear();
      onClose();
      await sessionSaved(saved);
    },
    onError: (error) => showApiError(error, form),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate data-testid="b19-form">
      <Stack>
        <LocalDraftNotice
          restored={local.restored}
          older={false}
          onKeep={local.dismiss}
          onDiscard={(previous) => {
            local.clear();
            form.setValues(previous);
          }}
        />
        {session.evaluation && (
          <Text size="xs" c="dimmed">
            {t("coaching.b19.updatedAt", { date: formatDay(session.evaluation.at) })}
          </Text>
        )}
        {phone ? (
          <Stack gap="sm">
            {form.values.rows.map((row, index) => (
              <Paper key={row.key} withBorder p="sm" radius="sm" data-testid="b19-row">
                <Group justify="space-between" mb={4}>
                  <Text size="sm" fw={700}>{`${t("coaching.b19.no")} ${index + 1}`}</Text>
                  <RemoveButton form={form} index={index} />
                </Group>
                <RowFields form={form} index={index} inTable={false} />
              </Paper>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48}>{t("coaching.b19.no")}</Table.Th>
                  <Table.Th w="34%">{t("coaching.b19.competency")}</Table.Th>
                  <Table.Th w={110}>{t("coaching.b19.score")}</Table.Th>
                  <Table.Th>{t("coaching.b19.reason")}</Table.Th>
                  <Table.Th w={48} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {form.values.rows.map((row, index) => (
                  <Table.Tr key={row.key} data-testid="b19-row" style={{ verticalAlign: "top" }}>
                    <Table.Td pt={14}>{index + 1}</Table.Td>
                    <RowFields form={form} index={index} inTable />
                    <Table.Td>
                      <RemoveButton form={form} index={index} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {form.errors.rows && (
          <Text size="sm" c="red" role="alert">
            {form.errors.rows}
          </Text>
        )}
        <Group justify="space-between">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => {
              form.insertListItem("rows", emptyRow());
              form.clearFieldError("rows");
            }}
            disabled={form.values.rows.length >= MAX_ROWS}
          >
            {t("coaching.b19.addRow")}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** One row's three inputs: table cells with hidden labels on a wide screen, stacked labelled fields on a phone. */
function RowFields({ form, index, inTable }: { form: Form; index: number; inTable: boolean }) {
  const t = useT();
  const label = (field: string) =>
    inTable ? { "aria-label": t("coaching.b19.cell", { field, n: index + 1 }) } : { label: field };
  const fields = [
    <TextInput
      key="competency"
      required
      maxLength={maxLengthOf(rowFields.competency)}
      {...label(t("coaching.b19.competency"))}
      {...form.getInputProps(`rows.${index}.competency`)}
    />,
    <Select
      key="score"
      required
      data={scores}
      allowDeselect={false}
      w={inTable ? undefined : 120}
      {...label(t("coaching.b19.score"))}
      {...form.getInputProps(`rows.${index}.score`)}
    />,
    <LongText
      key="reason"
      required
      autosize
      minRows={1}
      maxLength={maxLengthOf(rowFields.reason)}
      {...label(t("coaching.b19.reason"))}
      {...form.getInputProps(`rows.${index}.reason`)}
    />,
  ];
  return inTable ? (
    fields.map((field) => <Table.Td key={field.key}>{field}</Table.Td>)
  ) : (
    <Stack gap="xs">{fields}</Stack>
  );
}

function RemoveButton({ form, index }: { form: Form; index: number }) {
  const t = useT();
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      size="lg"
      onClick={() => form.removeListItem("rows", index)}
      aria-label={t("coaching.b19.removeRow", { n: index + 1 })}
    >
      <IconTrash size={18} />
    </ActionIcon>
  );
}

function B19View({ evaluation }: { evaluation: NonNullable<Coaching["evaluation"]> }) {
  const t = useT();
  const formatDay = useFormatDay();
  // The format numbers its rows; the number is each row's identity in this read-only table.
  const numbered = evaluation.rows.map((row, index) => ({ ...row, no: index + 1 }));
  return (
    <Stack gap="xs" data-testid="b19-view">
      <Text size="xs" c="dimmed">
        {t("coaching.b19.updatedAt", { date: formatDay(evaluation.at) })}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>{t("coaching.b19.no")}</Table.Th>
              <Table.Th>{t("coaching.b19.competency")}</Table.Th>
              <Table.Th w={100}>{t("coaching.b19.score")}</Table.Th>
              <Table.Th>{t("coaching.b19.reason")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {numbered.map((row) => (
              <Table.Tr key={row.no}>
                <Table.Td>{row.no}</Table.Td>
                <Table.Td>{row.competency}</Table.Td>
                <Table.Td fw={700}>{row.score}</Table.Td>
                <Table.Td style={{ whiteSpace: "pre-wrap" }}>{row.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
