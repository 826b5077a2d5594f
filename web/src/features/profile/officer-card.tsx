import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { formatNip, type Officer } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

/** One resolved official: position, holder (with Plt/Plh or delegation marked), NIP and pangkat. */
export function OfficerCard({ title, officer, testId }: { title: string; officer: Officer | null; testId?: string }) {
  const t = useT();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {title}
      </Text>
      {officer ? (
        <Stack gap={2} mt={4}>
          <Group gap={6}>
            <Text fw={600}>{officer.employeeName ?? t("officer.elected")}</Text>
            {officer.acting && <Badge color="orange">{t(`officer.acting.${officer.acting}`)}</Badge>}
            {officer.delegated && <Badge color="grape">{t("officer.delegated")}</Badge>}
          </Group>
          <Text size="sm">{officer.positionName}</Text>
          <Text size="xs" c="dimmed">
            {officer.unitName}
          </Text>
          {officer.nip && (
            <Text size="xs" c="dimmed">
              NIP {formatNip(officer.nip)} · {officer.pangkat}
            </Text>
          )}
        </Stack>
      ) : (
        <Text c="dimmed" mt={4}>
          {t("profile.none")}
        </Text>
      )}
    </Card>
  );
}
