import { Card, Group, Progress, SimpleGrid, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { Approach, ReportRhk } from "@simkin/domain";
import { useI18n, useT } from "../../i18n/i18n";
import { Labelled } from "./labelled";
import type { ReportDraft } from "./use-report-draft";
import { WordsTable } from "./words-table";

type Iki = ReportRhk["ikis"][number];
type Props = { rhk: ReportRhk; draft: ReportDraft; editing: boolean; approach: Approach };

function useNumber() {
  const { locale } = useI18n();
  const format = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 2 });
  return (n: number | null) => (n === null ? "–" : format.format(n));
}

/** Each IKI of the RHK: target, this month's realisation (editable while drafting), cumulative and % of target. */
export function IkiTable({ rhk, draft, editing, approach }: Props) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  if (rhk.ikis.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("report.iki.none")}
      </Text>
    );
  }
  if (approach === "kualitatif") {
    return <WordsTable rhk={rhk} draft={draft} editing={editing} phone={phone} />;
  }
  if (phone) {
    return (
      <Stack gap="xs">
        {rhk.ikis.map((iki) => (
          <Card key={iki.ikiId} withBorder padding="xs" data-testid="iki-line">
            <Text size="sm" fw={600}>
              {iki.indicator}
            </Text>
            <SimpleGrid cols={2} mt={6} spacing="xs">
              <Labelled label={t("report.iki.target")}>{targetText(iki)}</Labelled>
              <Labelled label={t("report.iki.cumulative")}>
                <Cumulative iki={iki} />
              </Labelled>
            </SimpleGrid>
            <Realisation iki={iki} draft={draft} editing={editing} withLabel />
            <PercentBar percent={iki.percent} />
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table verticalSpacing="xs" withTableBorder layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="31%">{t("report.iki.indicator")}</Table.Th>
          <Table.Th w="14%">{t("report.iki.target")}</Table.Th>
          <Table.Th w="21%">{t("report.iki.realisation")}</Table.Th>
          <Table.Th w="14%">{t("report.iki.cumulative")}</Table.Th>
          <Table.Th w="20%">{t("report.iki.percent")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rhk.ikis.map((iki) => (
          <Table.Tr key={iki.ikiId} data-testid="iki-line">
            <Table.Td>
              <Text size="sm">{iki.indicator}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{targetText(iki)}</Text>
            </Table.Td>
            <Table.Td>
              <Realisation iki={iki} draft={draft} editing={editing} withLabel={false} />
            </Table.Td>
            <Table.Td>
              <Cumulative iki={iki} />
            </Table.Td>
            <Table.Td>
              <PercentBar percent={iki.percent} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const targetText = (iki: Iki) => [iki.target ?? "–", iki.unit ?? ""].join(" ").trim();

function Realisation({
  iki,
  draft,
  editing,
  withLabel,
}: {
  iki: Iki;
  draft: ReportDraft;
  editing: boolean;
  withLabel: boolean;
}) {
  const t = useT();
  const index = draft.form.values.realisations.findIndex((r) => r.ikiId === iki.ikiId);
  if (!editing || index < 0) {
    const value = index >= 0 ? (draft.form.values.realisations[index]?.value ?? "") : iki.value;
    const text = value === "" ? "–" : [value, iki.unit ?? ""].join(" ").trim();
    return withLabel ? (
      <Labelled label={t("report.iki.realisation")}>{text}</Labelled>
    ) : (
      <Text size="sm" fw={600}>
        {text}
      </Text>
    );
  }
  return (
    <TextInput
      mt={withLabel ? 6 : 0}
      size="sm"
      label={withLabel ? t("report.iki.realisation") : undefined}
      aria-label={withLabel ? undefined : t("report.iki.realisationFor", { indicator: iki.indicator })}
      placeholder={t("report.iki.placeholder")}
      inputMode="decimal"
      rightSection={
        iki.unit ? (
          <Text size="xs" c="dimmed" pr={4}>
            {iki.unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={iki.unit ? Math.min(90, 12 + iki.unit.length * 7) : undefined}
      data-testid="realisation-input"
      {...draft.form.getInputProps(`realisations.${index}.value`)}
    />
  );
}

function Cumulative({ iki }: { iki: Iki }) {
  const t = useT();
  const number = useNumber();
  return (
    <>
      <Text size="sm" span>
        {iki.cumulative === null ? "–" : [number(iki.cumulative), iki.unit ?? ""].join(" ").trim()}
      </Text>
      <Text size="xs" c="dimmed" data-testid="iki-accumulation-note">
        {t(`report.iki.accumulation.${iki.accumulation}`)}
      </Text>
    </>
  );
}

function PercentBar({ percent }: { percent: number | null }) {
  const number = useNumber();
  if (percent === null) {
    return (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  }
  const color = percent >= 100 ? "green" : percent >= 50 ? "blue" : "orange";
  return (
    <Group gap="xs" wrap="nowrap" mt={4}>
      <Progress value={Math.min(percent, 100)} color={color} style={{ flex: 1 }} aria-label={`${number(percent)}%`} />
      <Text size="xs" fw={600} miw={44} ta="right">
        {`${number(percent)}%`}
      </Text>
    </Group>
  );
}
