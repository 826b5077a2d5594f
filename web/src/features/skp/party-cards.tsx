import { Card, SimpleGrid, Stack, Text } from "@mantine/core";
import { formatNip, type Party, type SkpDetail } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </div>
  );
}

function PartyCard({ title, party, testId }: { title: string; party: Party | null; testId: string }) {
  const t = useT();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase" mb={6}>
        {title}
      </Text>
      {party ? (
        <Stack gap={6}>
          <Text fw={600}>{party.name}</Text>
          <Row label={t("profile.nip")} value={party.nip ? formatNip(party.nip) : "–"} />
          <Row label={t("skp.party.pangkat")} value={party.pangkat ?? "–"} />
          <Row label={t("skp.party.position")} value={party.position} />
          <Row label={t("skp.party.unit")} value={party.unit} />
        </Stack>
      ) : (
        <Text c="dimmed" size="sm">
          {t("profile.none")}
        </Text>
      )}
    </Card>
  );
}

/** The identity block of the form: the employee rated, the rating official and (here) the official's superior. */
export function PartyCards({ skp }: { skp: SkpDetail }) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <PartyCard title={t("skp.party.employee")} party={skp.employee} testId="party-employee" />
      <PartyCard title={t("skp.party.rater")} party={skp.rater} testId="party-rater" />
      <PartyCard title={t("skp.party.atasan")} party={skp.atasanRater} testId="party-atasan" />
    </SimpleGrid>
  );
}
