import { Alert, Modal, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type Account, twoFactorApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { FormActions } from "../../../lib/form-actions";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";

type Props = { opened: boolean; onClose: () => void; account: Account };

/** A super admin clears an account's second factor (a lost phone); the owner is told and must enrol again. */
export function ResetTwoFactorModal({ opened, onClose, account }: Props) {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const reset = useMutation({
    mutationFn: () => call(twoFactorApi.reset, { params: { id: account.id } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({
        color: "green",
        message: t("employees.account.resetTwoFactorDone", { username: account.username }),
      });
      onClose();
    },
    onError: (error) => handleError(error, undefined, onClose),
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("employees.account.resetTwoFactorTitle", { username: account.username })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          reset.mutate();
        }}
      >
        <Stack>
          <Alert color="orange">{t("employees.account.resetTwoFactorExplain")}</Alert>
          <FormActions
            onCancel={onClose}
            saving={reset.isPending}
            submitLabel={t("employees.account.resetTwoFactor")}
            submitTestId="confirm-reset-two-factor"
          />
        </Stack>
      </form>
    </Modal>
  );
}
