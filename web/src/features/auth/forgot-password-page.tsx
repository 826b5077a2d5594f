import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { authApi, forgotPasswordSchema } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { maxLengthOf, schemaValidation } from "../../lib/form-schema";
import { useAuthStatus } from "./password-rules";
import { PublicPage } from "./public-page";

/** "Lupa kata sandi": asks for a one-time link; the answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const t = useT();
  const status = useAuthStatus();
  const form = useForm({
    initialValues: { identifier: "" },
    ...schemaValidation(forgotPasswordSchema),
  });
  const ask = useMutation({
    mutationFn: (body: { identifier: string }) => call(authApi.forgotPassword, { body }),
  });
  const back = (
    <Anchor component={Link} to="/login" size="sm">
      {t("forgot.back")}
    </Anchor>
  );
  if (status.data && !status.data.passwordResetByEmail) {
    return (
      <PublicPage>
        <Stack>
          <Title order={2} size="h3">
            {t("forgot.title")}
          </Title>
          <Alert color="yellow">{t("forgot.unavailable")}</Alert>
          {back}
        </Stack>
      </PublicPage>
    );
  }
  return (
    <PublicPage>
      <form onSubmit={form.onSubmit((values) => ask.mutate(forgotPasswordSchema.parse(values)))} noValidate>
        <Stack>
          <Title order={2} size="h3">
            {t("forgot.title")}
          </Title>
          {ask.isSuccess ? (
            <Alert color="green" role="status" data-testid="forgot-sent">
              {t("forgot.sent", { minutes: status.data?.resetLinkMinutes ?? 30 })}
            </Alert>
          ) : (
            <Text size="sm">{t("forgot.intro")}</Text>
          )}
          {ask.isError && (
            <Alert color="red" role="alert">
              {errorText(ask.error)}
            </Alert>
          )}
          <TextInput
            label={t("login.identifier")}
            autoComplete="username"
            required
            data-autofocus
            maxLength={maxLengthOf(forgotPasswordSchema.shape.identifier)}
            {...form.getInputProps("identifier")}
          />
          <Button type="submit" loading={ask.isPending}>
            {t("forgot.submit")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("forgot.noEmail")}
          </Text>
          {back}
        </Stack>
      </form>
    </PublicPage>
  );
}
