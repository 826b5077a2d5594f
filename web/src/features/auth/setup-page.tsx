import { Button, Card, Center, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { authApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { useSetMe } from "../../lib/session";
import { NewPasswordField, serverProblemsOf } from "./new-password-field";

type Setup = { setupToken: string; username: string; password: string };

/** Which field each refusal of the server belongs beside. */
const fieldOf: Record<string, keyof Setup> = { setup_token_invalid: "setupToken", password_too_weak: "password" };

/** The first start of a production install: the first super admin, with the setup token from the server log. */
export function SetupPage() {
  const t = useT();
  const navigate = useNavigate();
  const setMe = useSetMe();
  const [refused, setRefused] = useState<{ password: string; problems: string[] }>({ password: "", problems: [] });
  const form = useForm<Setup & { confirm: string }>({
    initialValues: { setupToken: "", username: "", password: "", confirm: "" },
    validate: { confirm: (value, values) => (value === values.password ? null : t("password.mismatch")) },
  });
  const setup = useMutation({
    mutationFn: (body: Setup) => call(authApi.setup, { body }),
    onSuccess: (me) => {
      setMe(me);
      navigate("/", { replace: true });
    },
    onError: (error, body) => {
      const field = error instanceof ApiError ? fieldOf[error.code] : undefined;
      if (!field) {
        showApiError(error, form);
        return;
      }
      form.setFieldError(field, errorText(error));
      setRefused({ password: body.password, problems: serverProblemsOf(error) });
    },
  });
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Card
        withBorder
        shadow="sm"
        padding="lg"
        w="100%"
        maw={480}
        component="form"
        noValidate
        onSubmit={form.onSubmit(({ confirm: _, ...body }) => setup.mutate(body))}
      >
        <Stack>
          <Title order={1} size="h3">
            {t("setup.title")}
          </Title>
          <Text size="sm">{t("setup.intro")}</Text>
          <TextInput
            label={t("setup.token")}
            description={t("setup.tokenHint")}
            required
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: "monospace" } }}
            {...form.getInputProps("setupToken")}
          />
          <TextInput label={t("setup.username")} required autoComplete="username" {...form.getInputProps("username")} />
          <NewPasswordField
            label={t("setup.password")}
            inputProps={form.getInputProps("password")}
            value={form.values.password}
            owner={{ username: form.values.username }}
            serverProblems={refused.password === form.values.password ? refused.problems : []}
            testId="new-password"
          />
          <PasswordInput
            label={t("password.confirm")}
            required
            autoComplete="new-password"
            {...form.getInputProps("confirm")}
          />
          <Button type="submit" loading={setup.isPending}>
            {t("setup.submit")}
          </Button>
        </Stack>
      </Card>
    </Center>
  );
}
