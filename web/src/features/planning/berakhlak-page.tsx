import { Alert, Badge, Card, Group, List, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { berakhlakApi } from "@simkin/domain";
import { IconInfoCircle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { PageHeader } from "./page-header";

type BehaviourVersion = Awaited<ReturnType<typeof loadVersions>>[number];

const loadVersions = () => call(berakhlakApi.list, {});

/** Where each known master version comes from. */
const sources: Record<string, MessageKey> = {
  "SE-20-2021": "planning.berakhlak.source.SE-20-2021",
  "UU-20-2023": "planning.berakhlak.source.UU-20-2023",
};

/** Master Perilaku: the BerAKHLAK core values and their panduan perilaku, per version, as printed on the SKP. */
export function Page() {
  const t = useT();
  const versions = useQuery({ queryKey: ["berakhlak"], queryFn: loadVersions, staleTime: 5 * 60_000 });
  return (
    <Stack>
      <PageHeader title={t("planning.berakhlak.title")} intro={t("planning.berakhlak.intro")} />
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
        {t("planning.berakhlak.versionNote")}
      </Alert>
      {versions.isPending && <Loader aria-label={t("common.loading")} />}
      {versions.error && <Alert color="red">{versions.error.message}</Alert>}
      {versions.data?.length === 0 && <Alert color="gray">{t("planning.berakhlak.empty")}</Alert>}
      {versions.data?.map((version) => (
        <VersionCard key={version.version} version={version} />
      ))}
    </Stack>
  );
}

function VersionCard({ version }: { version: BehaviourVersion }) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  const source = sources[version.version];
  return (
    <Card withBorder padding="md" data-testid="berakhlak-version">
      <Group gap="xs" mb={4}>
        <Title order={3} size="h4">
          {t("planning.berakhlak.version", { version: version.version })}
        </Title>
        <Badge variant="light">{t("planning.berakhlak.counts", { values: version.values.length })}</Badge>
      </Group>
      {source && (
        <Text size="sm" c="dimmed" mb="sm">
          {t(source)}
        </Text>
      )}
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
