import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { profileApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { canAudit, isAdmin, useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { OfficerCard } from "../profile/officer-card";
import { TaskList } from "./task-list";

/** Beranda: what waits for the person first (issue 11), then their roles and officers. */
export function HomePage() {
  const t = useT();
  const me = useMe().data;
  const profile = useQuery({
    queryKey: ["profile"],
    queryFn: () => call(profileApi.get, {}),
    enabled: Boolean(me?.employee),
  });
  if (!me) {
    return <Loader />;
  }
  const roles: MessageKey[] = [
    ...me.user.roles.map((r) => `role.${r}` as const),
    ...(me.capabilities.isRater ? (["role.rater"] as const) : []),
    ...(me.capabilities.isAtasanRater ? (["role.atasan"] as const) : []),
    ...(me.capabilities.isPimpinan ? (["role.pimpinan"] as const) : []),
  ];
  return (
    <Stack>
      <HelpTitle topic="home">{t("home.welcome", { name: me.employee?.displayName ?? me.user.username })}</HelpTitle>
      <TaskList />
      <Card withBorder>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {t("home.rolesTitle")}
        </Text>
        <Group gap="xs" mt="xs" data-testid="roles">
          {roles.map((role) => (
            <Badge key={role} variant="light">
              {t(role)}
            </Badge>
          ))}
        </Group>
      </Card>
      {!me.employee && <Text c="dimmed">{t("home.noEmployee")}</Text>}
      {profile.data && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OfficerCard title={t("home.positionTitle")} officer={profile.data.raters.position} />
          <OfficerCard title={t("home.raterTitle")} officer={profile.data.raters.rater} />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {isAdmin(me) && (
          <Card withBorder>
            <Title order={3} size="h5">
              {t("home.adminTitle")}
            </Title>
            <Text size="sm" my="xs">
              {t("home.adminText")}
            </Text>
            <Button component={Link} to="/admin/employees" variant="light">
              {t("home.open")}
            </Button>
          </Card>
        )}
        {canAudit(me) && (
          <Card withBorder>
            <Title order={3} size="h5">
              {t("nav.audit")}
            </Title>
            <Text size="sm" my="xs">
              {t("home.auditText")}
            </Text>
            <Button component={Link} to="/audit" variant="light">
              {t("home.open")}
            </Button>
          </Card>
        )}
      </SimpleGrid>
    </Stack>
  );
}
