import { Alert, Button, Group, Modal, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type Account, accountApi, PASSWORD_MIN } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";

type Props = { opened: boolean; onClose: () => void; account: Account };

/** Sets a temporary password; the employee must choose their own at the next sign-in. */
export function ResetPasswordModal({ opened, onClose, account }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t("employees.account.resetTitle", { username: account.username })}>
      <ResetPasswordForm account={account} onClose={onClose} />
    </Modal>
  );
}

function ResetPasswordForm({ account, onClose }: Omit<Props, "opened">) {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const form = useForm({
    initialValues: { newPassword: "" },
    validate: {
      newPassword: (value) => (value.length >= PASSWORD_MIN ? null : t("employees.account.passwordTooShort")),
    },
  });
  const reset = useMutation({
    mutationFn: (newPassword: string) =>
      call(accountApi.resetPassword, { params: { id: account.id }, body: { newPassword } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("employees.account.resetDone", { username: account.username }) });
      onClose();
    },
    onError: (error) => handleError(error, form, onClose),
  });
  return (
    <form onSubmit={form.onSubmit(({ newPassword }) => reset.mutate(newPassword))} noValidate>
      <Stack>
        <Alert color="yellow">{t("employees.account.resetExplain")}</Alert>
        <PasswordInput
          label={t("password.new")}
          required
          autoComplete="new-password"
          data-autofocus
          data-testid="reset-password-input"
          {...form.getInputProps("newPassword")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="orange" loading={reset.isPending}>
            {t("employees.account.resetPassword")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
