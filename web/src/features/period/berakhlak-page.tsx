import { Alert, Badge, Button, Card, Group, List, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { berakhlakApi, berakhlakVersionFor, wibDate } from "@simkin/domain";
import { IconInfoCircle, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { MessageKey } from "../../i18n/catalog";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { PageHeader } from "../../lib/page-header";
import { isAdmin, useMe } from "../../lib/session";
import { ScreenHelp } from "../help/screen-help";
import { BerakhlakFormModal, berakhlakKey } from "./berakhlak-form-modal";

type BehaviourVersion = Awaited<ReturnType<typeof loadVersions>>[number];

const loadVersions = () => call(berakhlakApi.list, {});

/** Where each known master version comes from. */
const sources: Record<string, MessageKey> = {
  "SE-20-2021": "planning.berakhlak.source.SE-20-2021",
  "UU-20-2023": "planning.berakhlak.source.UU-20-2023",
};

/**
 * Master Perilaku: the BerAKHLAK core values and their panduan perilaku, per version with the date from which new
 * SKPs take it, as printed on the SKP; the pengelola kinerja and the super admin add versions.
 */
export function Page() {
  const t = useT();
  const me = useMe().data;
  const [adding, { open, close }] = useDisclosure(false);
  const versions = useQuery({ queryKey: berakhlakKey, queryFn: loadVersions, staleTime: 5 * 60_000 });
  const today = wibDate(new Date());
  const inForce = versions.data ? berakhlakVersionFor(versions.data, today) : null;
  const base = versions.data?.find((v) => v.version === inForce) ?? versions.data?.[0] ?? null;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageHeader
          title={t("planning.berakhlak.title")}
          intro={t("planning.berakhlak.intro")}
          help={<ScreenHelp topic="berakhlak" />}
        />
        {me && isAdmin(me) && base && (
          <Button leftSection={<IconPlus size={16} />} onClick={open} data-testid="berakhlak-add">
            {t("planning.berakhlak.add")}
          </Button>
        )}
      </Group>
      <BerakhlakFormModal base={base} opened={adding} onClose={close} />
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
        {t("planning.berakhlak.versionNote")}
      </Alert>
      {versions.isPending && <Loader aria-label={t("common.loading")} />}
      {versions.error && <Alert color="red">{errorText(versions.error)}</Alert>}
      {versions.data?.length === 0 && <Alert color="gray">{t("planning.berakhlak.empty")}</Alert>}
      {versions.data?.map((version) => (
        <VersionCard
          key={version.version}
          version={version}
          state={version.version === inForce ? "now" : version.effectiveFrom > today ? "future" : "past"}
        />
      ))}
    </Stack>
  );
}

function VersionCard({ version, state }: { version: BehaviourVersion; state: "now" | "future" | "past" }) {
  const t = useT();
  const formatDate = useFormatDate();
  const phone = useMediaQuery("(max-width: 48em)");
  const source = sources[version.version];
  return (
    <Card withBorder padding="md" data-testid="berakhlak-version">
      <Group gap="xs" mb={4}>
        <Title order={3} size="h4">
          {t("planning.berakhlak.version", { version: version.version })}
        </Title>
        <Badge variant="light">{t("planning.berakhlak.counts", { values: version.values.length })}</Badge>
        {state === "now" && <Badge color="green">{t("planning.berakhlak.inForce")}</Badge>}
        {state === "future" && (
          <Badge color="blue" variant="outline">
            {t("planning.berakhlak.future", { date: formatDate(version.effectiveFrom) })}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {source ? t(source) : version.title}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t("planning.berakhlak.effectiveFrom", { date: formatDate(version.effectiveFrom) })}
      </Text>
      {phone ? <ValueList version={version} /> : <ValueTable version={version} />}
    </Card>
  );
}

function Indicators({ indicators }: { indicators: readonly string[] }) {
  return (
    <List type="ordered" size="sm" spacing={4}>
      {indicators.map((text) => (
        <List.Item key={text}>{text}</List.Item>
      ))}
    </List>
  );
}

function ValueTable({ version }: { version: BehaviourVersion }) {
  const t = useT();
  return (
    <Table withTableBorder withColumnBorders verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>{t("planning.berakhlak.no")}</Table.Th>
          <Table.Th w="28%">{t("planning.berakhlak.value")}</Table.Th>
          <Table.Th>{t("planning.berakhlak.indicators")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {version.values.map((value, i) => (
          <Table.Tr key={value.code} style={{ verticalAlign: "top" }}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              <Text fw={600} size="sm">
                {value.name}
              </Text>
            </Table.Td>
            <Table.Td>
              <Indicators indicators={value.indicators} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ValueList({ version }: { version: BehaviourVersion }) {
  return (
    <Stack gap="sm">
      {version.values.map((value, i) => (
        <div key={value.code}>
          <Text fw={700} size="sm" mb={4}>
            {`${i + 1}. ${value.name}`}
          </Text>
          <Indicators indicators={value.indicators} />
        </div>
      ))}
    </Stack>
  );
}
