import { Button, Card, Center, Stack, Text, TextInput, Title } from "@mantine/core";
import { authApi, setupSchema } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { maxLengthOf } from "../../lib/form-schema";
import { useSetMe } from "../../lib/session";
import { NewPasswordPair, useNewPasswordForm } from "./new-password-field";

type Setup = { setupToken: string; username: string; password: string };

/** The first start of a production install: the first super admin, with the setup token from the server log. */
export function SetupPage() {
  const t = useT();
  const navigate = useNavigate();
  const setMe = useSetMe();
  const { form, refuse, serverProblems } = useNewPasswordForm<Setup>({
    schema: setupSchema,
    initialValues: { setupToken: "", username: "", password: "" },
    password: "password",
    fieldOf: { setup_token_invalid: "setupToken", password_too_weak: "password" },
  });
  const setup = useMutation({
    mutationFn: (body: Setup) => call(authApi.setup, { body }),
    onSuccess: (me) => {
      setMe(me);
      navigate("/", { replace: true });
    },
    onError: (error, body) => {
      if (!refuse(error, body.password)) {
        showApiError(error, form);
      }
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
            maxLength={maxLengthOf(setupSchema.shape.setupToken)}
            {...form.getInputProps("setupToken")}
          />
          <TextInput
            label={t("setup.username")}
            required
            autoComplete="username"
            maxLength={maxLengthOf(setupSchema.shape.username)}
            {...form.getInputProps("username")}
          />
          <NewPasswordPair
            form={form}
            password="password"
            label={t("setup.password")}
            owner={{ username: form.values.username }}
            serverProblems={serverProblems}
          />
          <Button type="submit" loading={setup.isPending}>
            {t("setup.submit")}
          </Button>
        </Stack>
      </Card>
    </Center>
  );
}
