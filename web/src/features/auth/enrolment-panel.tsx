import {
  Box,
  Button,
  Code,
  CopyButton,
  Group,
  Image,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { totpCodeSchema, twoFactorApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { maxLengthOf } from "../../lib/form-schema";
import { groupSecret } from "./use-second-factor";

type Props = { onEnrolled: (recoveryCodes: string[]) => void; onCancel?: () => void };

/** Shows a new secret as a QR code and as text, and turns it on with the first code the app shows. */
export function EnrolmentPanel({ onEnrolled, onCancel }: Props) {
  const t = useT();
  const start = useMutation({ mutationFn: () => call(twoFactorApi.startEnrolment, {}) });
  const started = useRef(false);
  useEffect(() => {
    // A new secret once per panel; a second start would only replace the pending one.
    if (!started.current) {
      started.current = true;
      start.mutate();
    }
  }, [start]);
  const form = useForm({ initialValues: { code: "" } });
  const confirm = useMutation({
    mutationFn: (code: string) => call(twoFactorApi.confirmEnrolment, { body: { code } }),
    onSuccess: (result) => onEnrolled(result.recoveryCodes),
    onError: (error) => showApiError(error, form),
  });
  const enrolment = start.data;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" data-testid="enrolment">
      <Stack gap="xs" align="flex-start">
        <Text fw={500}>{t("security.step1")}</Text>
        {enrolment ? (
          <Image src={enrolment.qrDataUrl} alt={t("security.qrAlt")} w={220} h={220} bd="1px solid gray.3" />
        ) : (
          <Skeleton w={220} h={220} />
        )}
        <Text size="sm" c="dimmed">
          {t("security.manual")}
        </Text>
        {enrolment && (
          <Group gap="xs" wrap="wrap">
            <Code
              aria-label={t("security.secretLabel")}
              data-testid="enrolment-secret"
              data-secret={enrolment.secret}
              fz="sm"
              style={{ overflowWrap: "anywhere" }}
            >
              {groupSecret(enrolment.secret)}
            </Code>
            <CopyButton value={enrolment.secret}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="light" onClick={copy}>
                  {copied ? t("security.copied") : t("security.copy")}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
      </Stack>
      <Box component="form" onSubmit={form.onSubmit((v) => confirm.mutate(v.code))} noValidate>
        <Stack gap="sm">
          <Text fw={500}>{t("security.step2")}</Text>
          <TextInput
            label={t("login.code")}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={maxLengthOf(totpCodeSchema)}
            required
            data-testid="enrolment-code"
            styles={{ input: { fontFamily: "monospace", letterSpacing: 4, fontSize: 18 } }}
            {...form.getInputProps("code")}
          />
          <Group>
            <Button type="submit" loading={confirm.isPending} disabled={!enrolment}>
              {t("security.confirm")}
            </Button>
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t("security.cancel")}
              </Button>
            )}
          </Group>
        </Stack>
      </Box>
    </SimpleGrid>
  );
}
