import { Badge, Button, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { Account } from "@simkin/domain";
import type { ReactNode } from "react";
import { useT } from "../../../i18n/i18n";
import { ResetPasswordModal } from "./reset-password-modal";
import { ResetTwoFactorModal } from "./reset-two-factor-modal";
import { RolesForm } from "./roles-form";

type Props = { account: Account | null; canReset: boolean; canSetRoles: boolean };

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

/** The employee's sign-in account: username, roles and password state; admins reset, super admins set roles. */
export function AccountSection({ account, canReset, canSetRoles }: Props) {
  const t = useT();
  const [resetting, { open, close }] = useDisclosure();
  const [resettingFactor, resetFactor] = useDisclosure();
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
        <Group gap="xs">
          {canSetRoles && account.secondFactorEnabled && (
            <Button variant="light" color="orange" onClick={resetFactor.open} data-testid="reset-two-factor">
              {t("employees.account.resetTwoFactor")}
            </Button>
          )}
          {canReset && (
            <Button variant="light" color="orange" onClick={open} data-testid="reset-password">
              {t("employees.account.resetPassword")}
            </Button>
          )}
        </Group>
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
        <Field label={t("employees.account.password")}>
          <Text c={account.hasPassword ? undefined : "orange.8"}>
            {account.hasPassword ? t("employees.account.passwordSet") : t("employees.account.passwordUnset")}
          </Text>
        </Field>
        <Field label={t("employees.account.twoFactor")}>
          <Text data-testid="account-two-factor">
            {account.secondFactorEnabled ? t("security.enabled") : t("security.disabled")}
          </Text>
        </Field>
      </SimpleGrid>
      {canSetRoles && (
        <Stack gap={0}>
          <Divider my="md" />
          <RolesForm key={account.version} account={account} />
        </Stack>
      )}
      {canReset && <ResetPasswordModal opened={resetting} onClose={close} account={account} />}
      {canSetRoles && <ResetTwoFactorModal opened={resettingFactor} onClose={resetFactor.close} account={account} />}
    </Card>
  );
}
