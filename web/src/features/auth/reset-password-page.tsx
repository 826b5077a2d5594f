import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { authApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { NewPasswordField, serverProblemsOf } from "./new-password-field";
import { useAuthStatus } from "./password-rules";
import { PublicPage } from "./public-page";

/** Opened from an e-mailed link (lupa kata sandi or a new account's activation): sets the password once. */
export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const status = useAuthStatus();
  const [refused, setRefused] = useState<{ password: string; problems: string[] }>({ password: "", problems: [] });
  const form = useForm({
    initialValues: { newPassword: "", confirm: "" },
    validate: { confirm: (value, values) => (value === values.newPassword ? null : t("password.mismatch")) },
  });
  const save = useMutation({
    mutationFn: (newPassword: string) => call(authApi.resetPassword, { body: { token, newPassword } }),
    onError: (error, newPassword) => {
      if (error instanceof ApiError && error.code === "password_too_weak") {
        form.setFieldError("newPassword", errorText(error));
        setRefused({ password: newPassword, problems: serverProblemsOf(error) });
      }
    },
  });
  const linkDead = !token || (save.error instanceof ApiError && save.error.code === "reset_token_invalid");
  const otherError =
    save.isError && !linkDead && !(save.error instanceof ApiError && save.error.code === "password_too_weak");
  const askNew = status.data?.passwordResetByEmail && (
    <Anchor component={Link} to="/forgot-password" size="sm">
      {t("reset.askNew")}
    </Anchor>
  );
  const toLogin = (
    <Anchor component={Link} to="/login" size="sm">
      {t("forgot.back")}
    </Anchor>
  );

  if (save.isSuccess) {
    return (
      <PublicPage>
        <Stack>
          <Title order={2} size="h3">
            {t("reset.title")}
          </Title>
          <Alert color="green" role="status" data-testid="reset-done">
            {t("reset.done")}
          </Alert>
          <Button component={Link} to="/login">
            {t("login.submit")}
          </Button>
        </Stack>
      </PublicPage>
    );
  }
  return (
    <PublicPage>
      <form onSubmit={form.onSubmit(({ newPassword }) => save.mutate(newPassword))} noValidate>
        <Stack>
          <Title order={2} size="h3">
            {t("reset.title")}
          </Title>
          {linkDead ? (
            <Alert color="red" role="alert" data-testid="reset-link-dead">
              {token ? errorText(save.error) : t("reset.missingToken")}
            </Alert>
          ) : (
            <Text size="sm">{t("reset.intro")}</Text>
          )}
          {otherError && (
            <Alert color="red" role="alert">
              {errorText(save.error)}
            </Alert>
          )}
          {!linkDead && (
            <>
              <NewPasswordField
                label={t("password.new")}
                inputProps={form.getInputProps("newPassword")}
                value={form.values.newPassword}
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
                {t("reset.submit")}
              </Button>
            </>
          )}
          {askNew}
          {toLogin}
        </Stack>
      </form>
    </PublicPage>
  );
}
