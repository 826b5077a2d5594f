import { Card, SimpleGrid, Stack, Text } from "@mantine/core";
import { formatNip, type Party, type SkpDetail, wibDate } from "@simkin/domain";
import { useFormatDate, useT } from "../../i18n/i18n";

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

/**
 * The identity block of the form: the employee rated, the rating official and (here) the official's superior, as the
 * printout names them: the snapshot of the approval, or the current officials until the SKP is approved.
 */
export function PartyCards({ skp }: { skp: SkpDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  const { signed } = skp;
  const moved = signed.basis === "approval" && skp.rater && skp.rater.employeeId !== signed.rater?.employeeId;
  return (
    <Stack gap={6}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <PartyCard title={t("skp.party.employee")} party={signed.employee} testId="party-employee" />
        <PartyCard title={t("skp.party.rater")} party={signed.rater} testId="party-rater" />
        <PartyCard title={t("skp.party.atasan")} party={signed.atasanRater} testId="party-atasan" />
      </SimpleGrid>
      <Text size="xs" c="dimmed" data-testid="party-basis">
        {signed.basis === "approval"
          ? t("skp.party.basis.approval", { date: formatDate(signed.at && wibDate(new Date(signed.at))) })
          : t("skp.party.basis.current")}
        {moved && skp.rater
          ? ` ${t("skp.party.currentRater", { name: `${skp.rater.name} (${skp.rater.position})` })}`
          : ""}
      </Text>
    </Stack>
  );
}
