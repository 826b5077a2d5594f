import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { type Me, twoFactorApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { signInErrorText } from "./sign-in-error";

type Props = { onSignedIn: (me: Me) => void; onBack: () => void };

/** The second sign-in step: the app's 6-digit code, or (switch) one of the recovery codes. */
export function SecondFactorStep({ onSignedIn, onBack }: Props) {
  const t = useT();
  const [method, setMethod] = useState<"totp" | "recovery_code">("totp");
  const form = useForm({ initialValues: { code: "" } });
  const verify = useMutation({
    mutationFn: (code: string) => call(twoFactorApi.signIn, { body: { method, code } }),
    onSuccess: onSignedIn,
    onError: () => form.setFieldValue("code", ""),
  });
  const switchMethod = () => {
    setMethod(method === "totp" ? "recovery_code" : "totp");
    form.setFieldValue("code", "");
    verify.reset();
  };
  const error = signInErrorText(verify.error, t);
  const recovery = method === "recovery_code";
  return (
    <Card withBorder shadow="sm" padding="lg" component="form" onSubmit={form.onSubmit((v) => verify.mutate(v.code))}>
      <Stack>
        <Title order={2} size="h3">
          {t("login.codeTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {recovery ? t("login.recoveryHint") : t("login.codeHint")}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          key={method}
          label={recovery ? t("login.recoveryCode") : t("login.code")}
          autoComplete="one-time-code"
          inputMode={recovery ? "text" : "numeric"}
          pattern={recovery ? undefined : "[0-9 ]*"}
          maxLength={recovery ? 40 : 7}
          autoFocus
          required
          data-testid="second-factor-code"
          styles={{ input: { fontFamily: "monospace", letterSpacing: recovery ? 1 : 4, fontSize: 18 } }}
          {...form.getInputProps("code")}
        />
        <Button type="submit" loading={verify.isPending}>
          {t("login.verify")}
        </Button>
        <Group justify="space-between" gap="xs">
          <Anchor component="button" type="button" size="sm" onClick={switchMethod}>
            {recovery ? t("login.useApp") : t("login.useRecovery")}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={onBack}>
            {t("login.back")}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
