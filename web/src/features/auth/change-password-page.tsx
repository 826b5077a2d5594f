import { Alert, Button, Card, PasswordInput, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { authApi, changePasswordSchema } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { useMe, useSetMe } from "../../lib/session";
import { NewPasswordPair, useNewPasswordForm } from "./new-password-field";

export function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const setMe = useSetMe();
  const navigate = useNavigate();
  const { form, refuse, serverProblems } = useNewPasswordForm({
    schema: changePasswordSchema,
    initialValues: { currentPassword: "", newPassword: "" },
    password: "newPassword",
    fieldOf: { wrong_password: "currentPassword", same_password: "newPassword", password_too_weak: "newPassword" },
  });
  const save = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => call(authApi.changePassword, { body }),
    onSuccess: (result) => {
      setMe(result);
      notifications.show({ color: "green", message: t("password.saved") });
      navigate("/");
    },
    onError: (error, body) => {
      if (!refuse(error, body.newPassword)) {
        showApiError(error, form);
      }
    },
  });
  const user = me.data;
  const owner = user ? { username: user.user.username, nip: user.employee?.nip, name: user.employee?.name } : undefined;
  return (
    // Centred when the menu is closed because the password must be changed first.
    <Card withBorder maw={520} padding="lg" mx={user?.user.mustChangePassword ? "auto" : undefined}>
      <form
        onSubmit={form.onSubmit(({ currentPassword, newPassword }) => save.mutate({ currentPassword, newPassword }))}
        noValidate
      >
        <Stack>
          <Title order={2}>{t("password.title")}</Title>
          {user?.user.mustChangePassword && <Alert color="yellow">{t("password.mustChange")}</Alert>}
          <PasswordInput
            label={t("password.current")}
            required
            autoComplete="current-password"
            {...form.getInputProps("currentPassword")}
          />
          <NewPasswordPair
            form={form}
            password="newPassword"
            label={t("password.new")}
            owner={owner}
            serverProblems={serverProblems}
          />
          <Button type="submit" loading={save.isPending}>
            {t("password.submit")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
