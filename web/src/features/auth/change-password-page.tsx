import { Alert, Button, Card, PasswordInput, Stack, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { authApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { useMe, useSetMe } from "../../lib/session";

export function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const setMe = useSetMe();
  const navigate = useNavigate();
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
    onError: (error) => showApiError(error, form),
  });
  return (
    <Card withBorder maw={480} padding="lg">
      <form
        onSubmit={form.onSubmit(({ currentPassword, newPassword }) => save.mutate({ currentPassword, newPassword }))}
      >
        <Stack>
          <Title order={2}>{t("password.title")}</Title>
          {me.data?.user.mustChangePassword && <Alert color="yellow">{t("password.mustChange")}</Alert>}
          <PasswordInput
            label={t("password.current")}
            required
            autoComplete="current-password"
            {...form.getInputProps("currentPassword")}
          />
          <PasswordInput
            label={t("password.new")}
            required
            autoComplete="new-password"
            {...form.getInputProps("newPassword")}
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
