import { Alert, Anchor, Button, Stack, Text, Title } from "@mantine/core";
import { authApi, resetByTokenSchema } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { NewPasswordPair, useNewPasswordForm } from "./new-password-field";
import { useAuthStatus } from "./password-rules";
import { PublicPage } from "./public-page";

/** Opened from an e-mailed link (lupa kata sandi or a new account's activation): sets the password once. */
export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const status = useAuthStatus();
  const { form, refuse, serverProblems } = useNewPasswordForm({
    schema: resetByTokenSchema.pick({ newPassword: true }),
    initialValues: { newPassword: "" },
    password: "newPassword",
    fieldOf: { password_too_weak: "newPassword" },
  });
  const save = useMutation({
    mutationFn: (newPassword: string) => call(authApi.resetPassword, { body: { token, newPassword } }),
    // Any other refusal (a dead link, a failed request) shows above the form.
    onError: (error, newPassword) => refuse(error, newPassword),
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
              <NewPasswordPair
                form={form}
                password="newPassword"
                label={t("password.new")}
                serverProblems={serverProblems}
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
