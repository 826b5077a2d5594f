import { Alert, Button, Checkbox, Fieldset, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  type EmailChoiceKind,
  type EmailPreferences,
  type EmailSettings,
  emailPreferencesSchema,
  notificationApi,
} from "@simkin/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { schemaValidation } from "../../lib/form-schema";
import { useMe } from "../../lib/session";
import { notificationKeys } from "./notification-api";

/** The settings' sections: each kind under the work it is about. */
const groups: { label: MessageKey; of: (kind: EmailChoiceKind) => boolean }[] = [
  { label: "notifications.prefs.group.skp", of: (kind) => kind.startsWith("skp_") },
  {
    label: "notifications.prefs.group.report",
    of: (kind) => kind.startsWith("report_") || kind === "feedback_acknowledged",
  },
  {
    label: "notifications.prefs.group.coaching",
    of: (kind) => kind.startsWith("coaching_") || kind === "dialogue_recorded",
  },
  { label: "notifications.prefs.group.keberatan", of: (kind) => kind.startsWith("keberatan_") },
];

/** Kinds only a rater receives: hidden from people who rate nobody (their choice stays as it is). */
const raterKinds = new Set<EmailChoiceKind>([
  "skp_submitted",
  "skp_blocked_reminder",
  "report_awaiting_feedback",
  "report_waiting_long",
  "feedback_acknowledged",
  "coaching_answered",
  "keberatan_filed",
  "keberatan_explanation_requested",
  "keberatan_explained",
]);

/** Each person's e-mail choice per notification kind (issue 11); in-app notifications are always written. */
export function EmailPreferencesSection() {
  const t = useT();
  const settings = useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => call(notificationApi.preferences, {}),
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="email-prefs-title">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="email-prefs-title">
            {t("notifications.prefs.title")}
          </Title>
          <Text size="sm" c="gray.7" maw={760}>
            {t("notifications.prefs.intro")}
          </Text>
        </div>
        {settings.data && !settings.data.hasEmail && <Alert color="yellow">{t("notifications.prefs.noEmail")}</Alert>}
        {settings.data && <PreferencesForm settings={settings.data} />}
      </Stack>
    </Paper>
  );
}

function PreferencesForm({ settings }: { settings: EmailSettings }) {
  const t = useT();
  const isRater = useMe().data?.capabilities.isRater ?? false;
  const queryClient = useQueryClient();
  const form = useForm<EmailPreferences>({
    initialValues: { items: settings.items },
    ...schemaValidation(emailPreferencesSchema),
  });
  const save = useMutation({
    mutationFn: (values: EmailPreferences) => call(notificationApi.setPreferences, { body: values }),
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationKeys.preferences, saved);
      form.resetDirty({ items: saved.items });
      notifications.show({ color: "green", message: t("notifications.prefs.saved") });
    },
    onError: (error) => showApiError(error, form),
  });
  const indexOf = (kind: EmailChoiceKind) => form.values.items.findIndex((i) => i.kind === kind);
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate data-testid="email-preferences">
      <Stack gap="md">
        {groups.map((group) => (
          <Fieldset
            key={group.label}
            legend={t(group.label)}
            variant="unstyled"
            styles={{ legend: { fontWeight: 700 } }}
          >
            <Stack gap={6} mt={4}>
              {form.values.items
                .filter((item) => group.of(item.kind) && (isRater || !raterKinds.has(item.kind)))
                .map((item) => (
                  <Checkbox
                    key={item.kind}
                    label={t(`notifications.kind.${item.kind}`)}
                    {...form.getInputProps(`items.${indexOf(item.kind)}.email`, { type: "checkbox" })}
                    error={form.errors[`items.${indexOf(item.kind)}.email`]}
                    data-kind={item.kind}
                  />
                ))}
            </Stack>
          </Fieldset>
        ))}
        {typeof form.errors.items === "string" && (
          <Text c="red.8" size="sm">
            {form.errors.items}
          </Text>
        )}
        <Group>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!form.isDirty()}
            data-testid="email-preferences-save"
          >
            {t("notifications.prefs.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
