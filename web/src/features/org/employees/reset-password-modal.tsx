import { Alert, Modal, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type Account, accountApi, type PasswordOwner } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { FormActions } from "../../../lib/form-actions";
import { schemaValidation } from "../../../lib/form-schema";
import { NewPasswordField, usePasswordRefusal } from "../../auth/new-password-field";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";

type Props = { opened: boolean; onClose: () => void; account: Account; owner: PasswordOwner };

/** Sets a temporary password (it must meet the policy too); the employee must choose their own at the next sign-in. */
export function ResetPasswordModal({ opened, onClose, account, owner }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t("employees.account.resetTitle", { username: account.username })}>
      <ResetPasswordForm account={account} owner={owner} onClose={onClose} />
    </Modal>
  );
}

function ResetPasswordForm({ account, owner, onClose }: Omit<Props, "opened">) {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const form = useForm({ initialValues: { newPassword: "" }, ...schemaValidation(accountApi.resetPassword.body) });
  const { refuse, problemsFor } = usePasswordRefusal(form, { password_too_weak: "newPassword" });
  const reset = useMutation({
    mutationFn: (newPassword: string) =>
      call(accountApi.resetPassword, { params: { id: account.id }, body: { newPassword } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("employees.account.resetDone", { username: account.username }) });
      onClose();
    },
    onError: (error, newPassword) => {
      if (!refuse(error, newPassword)) {
        handleError(error, form, onClose);
      }
    },
  });
  return (
    <form onSubmit={form.onSubmit(({ newPassword }) => reset.mutate(newPassword))} noValidate>
      <Stack>
        <Alert color="yellow">{t("employees.account.resetExplain")}</Alert>
        <NewPasswordField
          label={t("password.new")}
          inputProps={form.getInputProps("newPassword")}
          value={form.values.newPassword}
          owner={owner}
          serverProblems={problemsFor(form.values.newPassword)}
          testId="reset-password-input"
        />
        <FormActions onCancel={onClose} saving={reset.isPending} submitLabel={t("employees.account.resetPassword")} />
      </Stack>
    </form>
  );
}
