import { Alert, Button, Modal, Select, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  type Account,
  accountApi,
  type DeactivationReason,
  deactivateAccountSchema,
  deactivationReasonSchema,
} from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { FormActions } from "../../../lib/form-actions";
import { maxLengthOf, schemaValidation } from "../../../lib/form-schema";
import { LongText } from "../../../lib/long-text";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";

/** The reason and note; the version comes from the account shown. */
const deactivateForm = deactivateAccountSchema.omit({ version: true });

type ModalProps = { opened: boolean; onClose: () => void; account: Account };

/** Deactivation with its reason (pensiun, pindah, meninggal, diberhentikan, lainnya) and an optional note. */
export function DeactivateModal({ opened, onClose, account }: ModalProps) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t("account.deactivateTitle", { username: account.username })}>
      <DeactivateForm account={account} onClose={onClose} />
    </Modal>
  );
}

function DeactivateForm({ account, onClose }: Omit<ModalProps, "opened">) {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const form = useForm<{ reason: DeactivationReason | null; note: string }>({
    initialValues: { reason: null, note: "" },
    ...schemaValidation(deactivateForm),
  });
  const save = useMutation({
    mutationFn: ({ reason, note }: { reason: DeactivationReason; note: string }) =>
      call(accountApi.deactivate, { params: { id: account.id }, body: { reason, note, version: account.version } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("account.deactivated", { username: account.username }) });
      onClose();
    },
    onError: (error) => handleError(error, form, onClose),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => save.mutate(deactivateForm.parse(values)))}
      data-testid="deactivate-form"
    >
      <Stack>
        <Alert color="orange">{t("account.deactivateExplain")}</Alert>
        <Select
          label={t("account.reason")}
          required
          data-autofocus
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          data={deactivationReasonSchema.options.map((value) => ({ value, label: t(`account.reason.${value}`) }))}
          {...form.getInputProps("reason")}
        />
        <LongText
          label={t("account.note")}
          autosize
          minRows={2}
          maxLength={maxLengthOf(deactivateForm.shape.note)}
          {...form.getInputProps("note")}
        />
        <FormActions onCancel={onClose} saving={save.isPending} submitLabel={t("account.deactivate")} />
      </Stack>
    </form>
  );
}

/** Confirms a reactivation; the owner signs in again with their old password. */
export function ReactivateModal({ opened, onClose, account }: ModalProps) {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const save = useMutation({
    mutationFn: () => call(accountApi.reactivate, { params: { id: account.id }, body: { version: account.version } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("account.reactivated", { username: account.username }) });
      onClose();
    },
    onError: (error) => handleError(error, undefined, onClose),
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t("account.reactivateTitle", { username: account.username })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Alert color="blue">{t("account.reactivateExplain")}</Alert>
          <FormActions onCancel={onClose} saving={save.isPending} submitLabel={t("account.reactivate")} />
        </Stack>
      </form>
    </Modal>
  );
}

/** E-mails the owner of a not-yet-activated account a link to choose their own password. */
export function SendLinkButton({ account }: { account: Account }) {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const send = useMutation({
    mutationFn: () => call(accountApi.sendActivationLink, { params: { id: account.id } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("account.linkSent") });
    },
    onError: (error) => handleError(error),
  });
  return (
    <Button variant="light" loading={send.isPending} onClick={() => send.mutate()} data-testid="send-activation-link">
      {t("account.sendLink")}
    </Button>
  );
}
