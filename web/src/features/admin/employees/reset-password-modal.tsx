import { Alert, Modal, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type Account, accountApi, type PasswordOwner } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../../i18n/i18n";
import { ApiError, call } from "../../../lib/api";
import { errorText } from "../../../lib/error-text";
import { FormActions } from "../../../lib/form-actions";
import { NewPasswordField, serverProblemsOf } from "../../auth/new-password-field";
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
  const [refused, setRefused] = useState<{ password: string; problems: string[] }>({ password: "", problems: [] });
  const form = useForm({ initialValues: { newPassword: "" } });
  const reset = useMutation({
    mutationFn: (newPassword: string) =>
      call(accountApi.resetPassword, { params: { id: account.id }, body: { newPassword } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("employees.account.resetDone", { username: account.username }) });
      onClose();
    },
    onError: (error, newPassword) => {
      if (error instanceof ApiError && error.code === "password_too_weak") {
        form.setFieldError("newPassword", errorText(error));
        setRefused({ password: newPassword, problems: serverProblemsOf(error) });
        return;
      }
      handleError(error, form, onClose);
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
          serverProblems={refused.password === form.values.newPassword ? refused.problems : []}
          testId="reset-password-input"
        />
        <FormActions onCancel={onClose} saving={reset.isPending} submitLabel={t("employees.account.resetPassword")} />
      </Stack>
    </form>
  );
}
