import { ActionIcon, Button, Fieldset, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId, useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { dialogueApi, dialogueInputSchema } from "@simkin/domain";
import { IconPlus, IconTrash } from "@tabler/icons-react";
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

type FollowUp = { key: string; action: string; dueDate: string };
type Values = { employeeId: string; date: string; topics: string; agreements: string; followUps: FollowUp[] };

const MAX_FOLLOW_UPS = 20;
/** A stored local draft of the form (issue 11), checked before it goes back in. */
const draftSchema = z.object({
  employeeId: z.string(),
  date: z.string(),
  topics: z.string(),
  agreements: z.string(),
  followUps: z.array(z.object({ key: z.string(), action: z.string(), dueDate: z.string() })).max(MAX_FOLLOW_UPS),
});
const fields = dialogueInputSchema.shape;
const followUpFields = fields.followUps.unwrap().element.shape;

export function DialogueFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  return (
    <Modal opened={opened} onClose={onClose} title={t("dialogue.form.title")} size="xl" fullScreen={phone}>
      <DialogueForm onClose={onClose} />
    </Modal>
  );
}

function DialogueForm({ onClose }: { onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: { employeeId: "", date: todayWib(), topics: "", agreements: "", followUps: [] },
    ...schemaValidation(dialogueInputSchema, {
      input: (values: Values) => ({ ...values, followUps: values.followUps.map(({ key, ...item }) => item) }),
      rules: (values: Values) => ({
        date: heldOnError(values.date, t),
        ...Object.fromEntries(
          values.followUps.map((item, index) => [
            `followUps.${index}.dueDate`,
            values.date && item.dueDate && item.dueDate < values.date ? t("dialogue.form.dueBeforeDialogue") : null,
          ]),
        ),
      }),
    }),
  });
  const local = useFormDraft<Values>(form, {
    form: "dialogue",
    recordId: "new",
    title: t("draft.title.dialogue"),
    schema: draftSchema,
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      call(dialogueApi.create, {
        body: {
          employeeId: values.employeeId,
          date: values.date,
          topics: values.topics.trim(),
          agreements: values.agreements.trim(),
          followUps: values.followUps.map((f) => ({ action: f.action.trim(), dueDate: f.dueDate })),
        },
      }),
    onSuccess: async (saved) => {
      notifications.show({ color: "green", message: t("dialogue.saved", { name: saved.employeeName }) });
      local.clear();
      onClose();
      await queryClient.invalidateQueries({ queryKey: coachingKeys.dialogues });
    },
    onError: (error) => showApiError(error, form),
  });
  const addFollowUp = () => {
    form.insertListItem("followUps", { key: randomId(), action: "", dueDate: "" });
  };
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate data-testid="dialogue-form">
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
        <LongText
          label={t("dialogue.topics")}
          description={t("dialogue.form.topicsHint")}
          required
          autosize
          minRows={3}
          maxLength={maxLengthOf(fields.topics)}
          {...form.getInputProps("topics")}
        />
        <LongText
          label={t("dialogue.agreements")}
          description={`${t("dialogue.form.agreementsHint")} · ${t("coaching.form.optional")}`}
          autosize
          minRows={2}
          maxLength={maxLengthOf(fields.agreements)}
          {...form.getInputProps("agreements")}
        />
        <Fieldset legend={t("dialogue.form.followUps")} variant="filled" p="sm">
          <Stack gap="sm">
            {form.values.followUps.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("dialogue.form.followUpsEmpty")}
              </Text>
            )}
            {form.values.followUps.map((item, index) => (
              <Group key={item.key} align="flex-start" gap="xs" wrap="nowrap" data-testid="follow-up-row">
                <Group align="flex-start" gap="xs" style={{ flex: 1 }} wrap="wrap">
                  <TextInput
                    label={t("dialogue.form.action", { n: index + 1 })}
                    required
                    maxLength={maxLengthOf(followUpFields.action)}
                    style={{ flex: "1 1 240px" }}
                    {...form.getInputProps(`followUps.${index}.action`)}
                  />
                  <TextInput
                    type="date"
                    label={t("dialogue.form.dueDate")}
                    required
                    min={form.values.date || undefined}
                    style={{ flex: "0 1 170px" }}
                    {...form.getInputProps(`followUps.${index}.dueDate`)}
                  />
                </Group>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  size="lg"
                  onClick={() => form.removeListItem("followUps", index)}
                  aria-label={t("dialogue.form.removeFollowUp", { n: index + 1 })}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={addFollowUp}
                disabled={form.values.followUps.length >= MAX_FOLLOW_UPS}
              >
                {t("dialogue.form.addFollowUp")}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <FormActions onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
