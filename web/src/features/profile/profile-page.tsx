import { Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { akJenjangSchema, formatNip, profileApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { RankHistorySection } from "../evaluation/ak-rank-section";
import { HelpTitle } from "../help/screen-help";
import { JfRuleNote } from "./jf-rule-note";
import { OfficerCard } from "./officer-card";
import { PlacementHistory } from "./placement-history";

export function ProfilePage() {
  const t = useT();
  const formatDate = useFormatDate();
  const profile = useQuery({ queryKey: ["profile"], queryFn: () => call(profileApi.get, {}) });
  if (!profile.data) {
    return <Loader />;
  }
  const { employee, raters, placements, unitPath } = profile.data;
  if (!employee) {
    return <Text>{t("profile.noEmployee")}</Text>;
  }
  const field = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <HelpTitle topic="profile">{t("profile.title")}</HelpTitle>
        <Button component={Link} to="/security" variant="light" size="sm">
          {t("security.link")}
        </Button>
      </Group>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {employee.displayName}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {field(employee.status === "pns" ? t("profile.nip") : t("profile.niPppk"), formatNip(employee.nip))}
          {field(t("profile.status"), t(`status.${employee.status}`))}
          {field(t("profile.pangkat"), employee.pangkat)}
          {field(t("profile.birthDate"), formatDate(employee.birthDate))}
          {field(t("profile.gender"), t(`gender.${employee.gender}`))}
          {field(t("profile.position"), raters.position?.positionName ?? t("profile.none"))}
        </SimpleGrid>
        {unitPath.length > 0 && (
          <Group gap={4} mt="sm">
            <Text size="xs" c="dimmed">
              {t("profile.unit")}:
            </Text>
            <Text size="sm" data-testid="unit-path">
              {unitPath.join(" › ")}
            </Text>
          </Group>
        )}
      </Card>
      <Title order={3} size="h4">
        {t("profile.raters", { date: formatDate(raters.date) })}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OfficerCard title={t("profile.rater")} officer={raters.rater} testId="rater" />
        <OfficerCard title={t("profile.atasanRater")} officer={raters.atasanRater} testId="atasan-rater" />
      </SimpleGrid>
      <JfRuleNote rule={raters.jfRule} />
      <Title order={3} size="h4">
        {t("profile.history")}
      </Title>
      <PlacementHistory placements={placements} />
      <RankHistorySection employeeId={employee.id} canEdit={false} />
      {akJenjangSchema.safeParse(raters.jfRule?.jenjang).success && (
        <Button
          component={Link}
          to={`/angka-kredit/${employee.id}`}
          variant="light"
          w="fit-content"
          data-testid="ak-link"
        >
          {t("ak.open")}
        </Button>
      )}
    </Stack>
  );
}
