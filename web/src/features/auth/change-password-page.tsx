import { Alert, Button, Card, PasswordInput, Stack, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { authApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { useMe, useSetMe } from "../../lib/session";
import { NewPasswordField, serverProblemsOf } from "./new-password-field";

/** Which field each refusal of the server belongs beside. */
const fieldOf: Record<string, "currentPassword" | "newPassword"> = {
  wrong_password: "currentPassword",
  same_password: "newPassword",
  password_too_weak: "newPassword",
};

export function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const setMe = useSetMe();
  const navigate = useNavigate();
  const [refused, setRefused] = useState<{ password: string; problems: string[] }>({ password: "", problems: [] });
  const form = useForm({
    initialValues: { currentPassword: "", newPassword: "", confirm: "" },
    validate: { confirm: (value, values) => (value === values.newPassword ? null : t("password.mismatch")) },
  });
  const save = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => call(authApi.changePassword, { body }),
    onSuccess: (result) => {
      setMe(result);
      notifications.show({ color: "green", message: t("password.saved") });
      navigate("/");
    },
    onError: (error, body) => {
      const field = error instanceof ApiError ? fieldOf[error.code] : undefined;
      if (!field) {
        showApiError(error, form);
        return;
      }
      form.setFieldError(field, errorText(error));
      setRefused({ password: body.newPassword, problems: serverProblemsOf(error) });
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
          <NewPasswordField
            label={t("password.new")}
            inputProps={form.getInputProps("newPassword")}
            value={form.values.newPassword}
            owner={owner}
            serverProblems={refused.password === form.values.newPassword ? refused.problems : []}
            testId="new-password"
          />
          <PasswordInput
            label={t("password.confirm")}
            required
            autoComplete="new-password"
            {...form.getInputProps("confirm")}
          />
          <Button type="submit" loading={save.isPending}>
            {t("password.submit")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
