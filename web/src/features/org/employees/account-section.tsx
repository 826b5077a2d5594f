import { Alert, Badge, Button, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { Account, PasswordOwner } from "@simkin/domain";
import type { ReactNode } from "react";
import { useFormatDate, useT } from "../../../i18n/i18n";
import { DeactivateModal, ReactivateModal, SendLinkButton } from "./account-actions";
import { AccountStateBadge } from "./account-state-badge";
import { ResetPasswordModal } from "./reset-password-modal";
import { ResetTwoFactorModal } from "./reset-two-factor-modal";
import { RolesForm } from "./roles-form";

type Props = { account: Account | null; owner: PasswordOwner; isAdmin: boolean; canSetRoles: boolean };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </div>
  );
}

/**
 * The employee's sign-in account: username, roles and state; the buttons are the actions the server says this
 * administrator may take (the role order: a pengelola kinerja manages only plain pegawai accounts).
 */
export function AccountSection({ account, owner, isAdmin, canSetRoles }: Props) {
  const t = useT();
  if (!account) {
    return (
      <Card withBorder data-testid="account">
        <Title order={3} size="h4" mb="xs">
          {t("employees.account.title")}
        </Title>
        <Text c="dimmed">{t("employees.account.none")}</Text>
      </Card>
    );
  }
  const roles = ["pegawai" as const, ...account.roles.filter((r) => r !== "pegawai")];
  return (
    <Card withBorder data-testid="account">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4">
          {t("employees.account.title")}
        </Title>
        <AccountButtons account={account} owner={owner} canResetFactor={canSetRoles && account.secondFactorEnabled} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Field label={t("employees.account.username")}>
          <Text ff="monospace" style={{ overflowWrap: "anywhere" }}>
            {account.username}
          </Text>
        </Field>
        <Field label={t("employees.account.roles")}>
          <Group gap={4} mt={2} data-testid="account-roles">
            {roles.map((role) => (
              <Badge key={role} variant="light" color={role === "pegawai" ? "gray" : "blue"}>
                {t(`role.${role}`)}
              </Badge>
            ))}
          </Group>
        </Field>
        <Field label={t("account.state")}>
          <Group gap={6} mt={2}>
            <AccountStateBadge state={account.state} />
          </Group>
        </Field>
        <Field label={t("employees.account.twoFactor")}>
          <Text data-testid="account-two-factor">
            {account.secondFactorEnabled ? t("security.enabled") : t("security.disabled")}
          </Text>
        </Field>
      </SimpleGrid>
      <AccountNotes account={account} isAdmin={isAdmin} />
      {canSetRoles && (
        <Stack gap={0}>
          <Divider my="md" />
          <RolesForm key={account.version} account={account} />
        </Stack>
      )}
    </Card>
  );
}

function AccountNotes({ account, isAdmin }: { account: Account; isAdmin: boolean }) {
  const t = useT();
  const formatDate = useFormatDate();
  const notes: ReactNode[] = [];
  if (account.deactivation) {
    const reason = t(`account.reason.${account.deactivation.reason}`);
    const text = t("account.deactivatedOn", { date: formatDate(account.deactivation.at), reason });
    notes.push(
      <Alert key="off" color="red" variant="light" data-testid="account-deactivation">
        {text}
        {account.deactivation.note && <Text size="sm">{account.deactivation.note}</Text>}
      </Alert>,
    );
  } else if (account.state === "belum_diaktifkan") {
    notes.push(
      <Text key="new" size="sm" c="orange.8">
        {t("account.notActivated")}
      </Text>,
    );
  } else if (account.mustChangePassword) {
    notes.push(
      <Text key="temp" size="sm" c="orange.8">
        {t("account.mustChange")}
      </Text>,
    );
  }
  if (isAdmin && account.allowedActions.length === 0 && account.roles.length > 0) {
    notes.push(
      <Text key="rank" size="sm" c="dimmed">
        {t("account.onlySuperAdmin")}
      </Text>,
    );
  }
  return notes.length > 0 ? (
    <Stack gap="xs" mt="md">
      {notes}
    </Stack>
  ) : null;
}

type ButtonsProps = { account: Account; owner: PasswordOwner; canResetFactor: boolean };

/** Only the actions allowed for this account and caller (Account.allowedActions), each with its dialog. */
function AccountButtons({ account, owner, canResetFactor }: ButtonsProps) {
  const t = useT();
  const [resetting, reset] = useDisclosure();
  const [resettingFactor, resetFactor] = useDisclosure();
  const [deactivating, deactivate] = useDisclosure();
  const [reactivating, reactivate] = useDisclosure();
  const can = (action: Account["allowedActions"][number]) => account.allowedActions.includes(action);
  return (
    <Group gap="xs">
      {canResetFactor && (
        <Button variant="light" color="orange" onClick={resetFactor.open} data-testid="reset-two-factor">
          {t("employees.account.resetTwoFactor")}
        </Button>
      )}
      {can("send_activation_link") && <SendLinkButton account={account} />}
      {can("reset_password") && (
        <Button variant="light" color="orange" onClick={reset.open} data-testid="reset-password">
          {account.state === "belum_diaktifkan" ? t("account.setTemporary") : t("employees.account.resetPassword")}
        </Button>
      )}
      {can("deactivate") && (
        <Button variant="subtle" color="red" onClick={deactivate.open} data-testid="deactivate-account">
          {t("account.deactivate")}
        </Button>
      )}
      {can("reactivate") && (
        <Button variant="light" onClick={reactivate.open} data-testid="reactivate-account">
          {t("account.reactivate")}
        </Button>
      )}
      {can("reset_password") && (
        <ResetPasswordModal opened={resetting} onClose={reset.close} account={account} owner={owner} />
      )}
      {can("deactivate") && <DeactivateModal opened={deactivating} onClose={deactivate.close} account={account} />}
      {can("reactivate") && <ReactivateModal opened={reactivating} onClose={reactivate.close} account={account} />}
      {canResetFactor && <ResetTwoFactorModal opened={resettingFactor} onClose={resetFactor.close} account={account} />}
    </Group>
  );
}
