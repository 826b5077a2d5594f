import { Button, Card, Center, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { authApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { useSetMe } from "../../lib/session";

export function SetupPage() {
  const t = useT();
  const navigate = useNavigate();
  const setMe = useSetMe();
  const form = useForm({ initialValues: { username: "", password: "" } });
  const setup = useMutation({
    mutationFn: (body: { username: string; password: string }) => call(authApi.setup, { body }),
    onSuccess: (me) => {
      setMe(me);
      navigate("/", { replace: true });
    },
    onError: (error) => showApiError(error, form),
  });
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Card
        withBorder
        shadow="sm"
        padding="lg"
        w="100%"
        maw={460}
        component="form"
        onSubmit={form.onSubmit((v) => setup.mutate(v))}
      >
        <Stack>
          <Title order={1} size="h3">
            {t("setup.title")}
          </Title>
          <Text size="sm">{t("setup.intro")}</Text>
          <TextInput label={t("setup.username")} required autoComplete="username" {...form.getInputProps("username")} />
          <PasswordInput
            label={t("setup.password")}
            required
            autoComplete="new-password"
            {...form.getInputProps("password")}
          />
          <Button type="submit" loading={setup.isPending}>
            {t("setup.submit")}
          </Button>
        </Stack>
      </Card>
    </Center>
  );
}
