import { Button, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type MphAssignment, mphApi } from "@simkin/domain";
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { FormActions } from "../../../lib/form-actions";
import { showApiError, showSaveError } from "../../../lib/form-errors";
import { maxLengthOf, schemaValidation } from "../../../lib/form-schema";
import { LongText } from "../../../lib/long-text";
import type { MatrixCell } from "./mph-matrix";

export const mphKey = ["mph"] as const;

/** An assignment also lands in the subordinate's SKP draft: refresh the matrix and any SKP views. */
function refreshAfterChange(queryClient: QueryClient) {
  for (const queryKey of [mphKey, ["skp"], ["skps"], ["skp-inbox"]]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}

/** Where a cell sits: the subordinate, and the leader's IKI with the RHK it measures. */
function CellContext({ cell }: { cell: MatrixCell }) {
  const t = useT();
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text size="xs" c="dimmed">
        {t("team.mph.subordinate")}
      </Text>
      <Text size="sm" fw={600}>
        {cell.subordinate.name}
      </Text>
      <Text size="xs" c="dimmed">
        {cell.subordinate.positionName}
      </Text>
      <Text size="xs" c="dimmed" mt="xs">
        {t("team.mph.yourRhk", { n: cell.column.rhkNo })}
      </Text>
      <Text size="sm">{cell.column.rhk.text}</Text>
      <Text size="xs" c="dimmed" mt="xs">
        {t("team.mph.yourIki", { n: cell.column.ikiNo })}
      </Text>
      <Text size="sm">{cell.column.iki.indicator}</Text>
    </Paper>
  );
}

export function AssignModal({ cell, year, onClose }: { cell: MatrixCell | null; year: number; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={cell !== null} onClose={onClose} title={t("team.mph.addTitle", { year })} size="lg">
      {cell && <AssignForm cell={cell} onClose={onClose} />}
    </Modal>
  );
}

function AssignForm({ cell, onClose }: { cell: MatrixCell; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const assign = useMutation({
    mutationFn: (text: string) =>
      call(mphApi.assign, {
        body: { raterIkiId: cell.column.iki.id, employeeId: cell.subordinate.employeeId, text },
      }),
    onSuccess: () => {
      refreshAfterChange(queryClient);
      notifications.show({ color: "green", message: t("team.mph.added", { name: cell.subordinate.name }) });
      onClose();
    },
  });
  return (
    <PeranHasilForm
      cell={cell}
      initial=""
      description={t("team.mph.textHint")}
      submitLabel={t("team.mph.addSubmit")}
      saving={assign.isPending}
      onSave={(text, form) => assign.mutate(text, { onError: (error) => showSaveError(error, form, ["text"]) })}
      onClose={onClose}
    />
  );
}

export function EditModal({
  target,
  onClose,
}: {
  target: { assignment: MphAssignment; cell: MatrixCell } | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal opened={target !== null} onClose={onClose} title={t("team.mph.editTitle")} size="lg">
      {target && <EditForm key={target.assignment.id} {...target} onClose={onClose} />}
    </Modal>
  );
}

function EditForm({ assignment, cell, onClose }: { assignment: MphAssignment; cell: MatrixCell; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (text: string) =>
      call(mphApi.update, { params: { id: assignment.id }, body: { text, version: assignment.version } }),
    onSuccess: () => {
      refreshAfterChange(queryClient);
      notifications.show({ color: "green", message: t("team.mph.updated", { name: cell.subordinate.name }) });
      onClose();
    },
  });
  return (
    <PeranHasilForm
      cell={cell}
      initial={assignment.text}
      description={t("team.mph.editNote")}
      submitLabel={t("common.save")}
      saving={save.isPending}
      onSave={(text, form) =>
        save.mutate(text, {
          onError: (error) => {
            showSaveError(error, form, ["text"]);
            // Someone else changed it: show the matrix as it is now.
            void queryClient.invalidateQueries({ queryKey: mphKey });
          },
        })
      }
      onClose={onClose}
    />
  );
}

/** The peran/hasil of a cell, as both the assignment and its rewording take it. */
const peranHasilSchema = mphApi.update.body.pick({ text: true });

type PeranHasilProps = {
  cell: MatrixCell;
  initial: string;
  description: string;
  submitLabel: string;
  saving: boolean;
  onSave: (text: string, form: { setFieldError: (path: string, error: string) => void }) => void;
  onClose: () => void;
};

/** The text of one cell under the context it sits in (new or reworded). */
function PeranHasilForm({ cell, initial, description, submitLabel, saving, onSave, onClose }: PeranHasilProps) {
  const t = useT();
  const form = useForm({ initialValues: { text: initial }, ...schemaValidation(peranHasilSchema) });
  return (
    <form onSubmit={form.onSubmit((values) => onSave(peranHasilSchema.parse(values).text, form))} noValidate>
      <Stack>
        <CellContext cell={cell} />
        <LongText
          label={t("team.mph.text")}
          description={description}
          required
          autosize
          minRows={3}
          maxLength={maxLengthOf(peranHasilSchema.shape.text)}
          data-autofocus
          {...form.getInputProps("text")}
        />
        <FormActions onCancel={onClose} saving={saving} submitLabel={submitLabel} />
      </Stack>
    </form>
  );
}

export function UnassignModal({
  target,
  onClose,
}: {
  target: { assignment: MphAssignment; cell: MatrixCell } | null;
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => call(mphApi.unassign, { params: { id } }),
    onSuccess: () => {
      refreshAfterChange(queryClient);
      notifications.show({ color: "green", message: t("team.mph.removed") });
      onClose();
    },
    onError: (error) => showApiError(error),
  });
  return (
    <Modal opened={target !== null} onClose={onClose} title={t("team.mph.removeTitle")}>
      {target && (
        <Stack>
          <CellContext cell={target.cell} />
          <Text size="sm">{t("team.mph.removeText")}</Text>
          <Text size="sm" fw={600}>
            {target.assignment.text}
          </Text>
          <Text size="xs" c="dimmed">
            {t("team.mph.removeNote")}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t("common.cancel")}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(target.assignment.id)}>
              {t("team.mph.removeConfirm")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
