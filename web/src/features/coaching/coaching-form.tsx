import { Modal, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { coachingApi, coachingInputSchema } from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { showApiError } from "../../lib/form-errors";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { LocalDraftNotice } from "../../lib/local-draft-notice";
import { LongText } from "../../lib/long-text";
import { useFormDraft } from "../../lib/use-local-draft";
import { EmployeeSelect, HeldOnInput, heldOnError } from "./form-fields";
import { coachingKeys, todayWib } from "./queries";

type Values = { employeeId: string; date: string; topic: string; notes: string };
/** A stored local draft of the form (issue 11), checked before it goes back in. */
const draftSchema = z.object({ employeeId: z.string(), date: z.string(), topic: z.string(), notes: z.string() });

/** Catat bimbingan: the rater records a coaching session held with someone they rate. */
export function CoachingFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  return (
    <Modal opened={opened} onClose={onClose} title={t("coaching.form.title")} size="lg" fullScreen={phone}>
      <CoachingForm onClose={onClose} />
    </Modal>
  );
}

function CoachingForm({ onClose }: { onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: { employeeId: "", date: todayWib(), topic: "", notes: "" },
    ...schemaValidation(coachingInputSchema, { rules: (values: Values) => ({ date: heldOnError(values.date, t) }) }),
  });
  const local = useFormDraft<Values>(form, {
    form: "coaching",
    recordId: "new",
    title: t("draft.title.coaching"),
    schema: draftSchema,
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      call(coachingApi.create, {
        body: {
          employeeId: values.employeeId,
          date: values.date,
          topic: values.topic.trim(),
          notes: values.notes.trim(),
        },
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: "green", message: t("coaching.saved", { name: saved.employeeName }) });
      local.clear();
      onClose();
      await queryClient.invalidateQueries({ queryKey: coachingKeys.sessions });
    },
    onError: (error) => showApiError(error, form),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate data-testid="coaching-form">
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
        <EmployeeSelect {...form.getInputProps("employeeId")} />
        <HeldOnInput {...form.getInputProps("date")} />
        <TextInput
          label={t("coaching.topic")}
          required
          maxLength={maxLengthOf(coachingInputSchema.shape.topic)}
          {...form.getInputProps("topic")}
        />
        <LongText
          label={t("coaching.notes")}
          description={`${t("coaching.form.notesHint")} · ${t("coaching.form.optional")}`}
          autosize
          minRows={3}
          maxLength={maxLengthOf(coachingInputSchema.shape.notes)}
          {...form.getInputProps("notes")}
        />
        <FormActions onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
