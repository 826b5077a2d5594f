import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { skpApi } from "@simkin/domain";
import { z } from "zod";
import { useT } from "../../i18n/i18n";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";

/** A written reason (returning an SKP, a catatan perbaikan) or the optional note of a review, as the server takes it. */
const requiredNote = z.strictObject({ note: skpApi.return.body.shape.reason });
const optionalNote = z.strictObject({ note: skpApi.review.body.shape.note });

type ConfirmProps = {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  color?: string;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks once more before a step that cannot be undone by the same person (submit, approve, revise). */
export function ConfirmModal({ opened, title, text, confirmLabel, color, loading, onConfirm, onClose }: ConfirmProps) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t("common.cancel")}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-autofocus data-testid="confirm-action">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type NoteProps = {
  opened: boolean;
  title: string;
  text: string;
  label: string;
  placeholder: string;
  confirmLabel: string;
  color?: string;
  loading: boolean;
  /** The server's message about the text, shown beside it. */
  error: string | null;
  /** The text may be left empty (the pengelola kinerja's note when marking an SKP reviewed). */
  optional?: boolean;
  onSubmit: (note: string) => void;
  onClose: () => void;
};

/** A step with a written reason or note: returning an SKP, or the pengelola kinerja's review and catatan perbaikan. */
export function NoteModal(props: NoteProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg">
      {props.opened && <NoteForm {...props} />}
    </Modal>
  );
}

function NoteForm(props: NoteProps) {
  const { text, label, placeholder, confirmLabel, color, loading, error, optional, onSubmit, onClose } = props;
  const t = useT();
  const schema = optional ? optionalNote : requiredNote;
  const form = useForm({ initialValues: { note: "" }, ...schemaValidation(schema) });
  return (
    <form onSubmit={form.onSubmit(({ note }) => onSubmit(note.trim()))} noValidate>
      <Stack>
        <Text size="sm">{text}</Text>
        <LongText
          label={label}
          placeholder={placeholder}
          required={!optional}
          autosize
          minRows={4}
          maxLength={maxLengthOf(schema.shape.note)}
          data-autofocus
          data-testid="action-note"
          {...form.getInputProps("note")}
          error={form.errors.note ?? error}
          description={t("skp.action.noteLength", { n: form.values.note.length })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color={color} loading={loading} data-testid="confirm-action">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
