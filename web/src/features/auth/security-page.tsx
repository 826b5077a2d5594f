import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { SecondFactorStatus } from "@simkin/domain";
import { useState } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { EnrolmentPanel } from "./enrolment-panel";
import { RecoveryCodesPanel } from "./recovery-codes-panel";
import { DisableModal, RegenerateModal } from "./security-modals";
import { useRefreshSecurity, useSecondFactorStatus } from "./use-second-factor";

/** The user's own security page: two-step verification on, off, and its recovery codes. */
export function SecurityPage() {
  const t = useT();
  const me = useMe();
  const status = useSecondFactorStatus();
  const refresh = useRefreshSecurity();
  const [enrolling, setEnrolling] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  if (!status.data || !me.data) {
    return <Loader />;
  }
  const enrolled = (recoveryCodes: string[]) => {
    setEnrolling(false);
    setCodes(recoveryCodes);
    notifications.show({ color: "green", message: t("security.enabledDone") });
    void refresh();
  };
  return (
    <Stack maw={860}>
      <HelpTitle topic="security">{t("security.title")}</HelpTitle>
      <Card withBorder padding="lg" data-testid="two-factor">
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4">
              {t("security.twoFactor")}
            </Title>
            <Badge color={status.data.enabled ? "green" : "gray"} size="lg" data-testid="two-factor-status">
              {status.data.enabled ? t("security.enabled") : t("security.disabled")}
            </Badge>
          </Group>
          <Text size="sm">{t("security.intro")}</Text>
          <Text size="sm" c={status.data.required ? "orange.8" : "dimmed"}>
            {status.data.required ? t("security.required") : t("security.optional")}
          </Text>
          {codes ? (
            <RecoveryCodesPanel codes={codes} username={me.data.user.username} onDone={() => setCodes(null)} />
          ) : enrolling ? (
            <EnrolmentPanel onEnrolled={enrolled} onCancel={() => setEnrolling(false)} />
          ) : status.data.enabled ? (
            <EnabledActions status={status.data} onCodes={setCodes} />
          ) : (
            <Group>
              <Button onClick={() => setEnrolling(true)} data-testid="enable-two-factor">
                {t("security.enable")}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}

function EnabledActions({ status, onCodes }: { status: SecondFactorStatus; onCodes: (codes: string[]) => void }) {
  const t = useT();
  const formatDate = useFormatDate();
  const refresh = useRefreshSecurity();
  const [regenerating, regenerate] = useDisclosure();
  const [disabling, disable] = useDisclosure();
  const turnedOff = () => {
    notifications.show({ color: "green", message: t("security.disabledDone") });
    void refresh();
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t("security.enabledSince", { date: formatDate(status.enabledAt) })}</Text>
      <Text size="sm" data-testid="codes-left">
        {t("security.codesLeft", { count: status.recoveryCodesLeft })}
      </Text>
      {status.recoveryCodesLeft <= 3 && <Alert color="yellow">{t("security.codesLow")}</Alert>}
      {status.sessionVerified && (
        <Text size="sm" c="dimmed">
          {t("security.sessionVerified")}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={regenerate.open}>
          {t("security.regenerate")}
        </Button>
        {!status.required && (
          <Button variant="light" color="red" onClick={disable.open} data-testid="disable-two-factor">
            {t("security.disable")}
          </Button>
        )}
      </Group>
      {status.required && (
        <Text size="xs" c="dimmed">
          {t("security.cannotDisable")}
        </Text>
      )}
      <RegenerateModal opened={regenerating} onClose={regenerate.close} onCodes={onCodes} />
      <DisableModal opened={disabling} onClose={disable.close} onDone={turnedOff} />
    </Stack>
  );
}
