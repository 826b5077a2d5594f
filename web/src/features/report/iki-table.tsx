import { Group, Progress, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { Approach, ReportRhk } from "@simkin/domain";
import { useI18n, useT } from "../../i18n/i18n";
import { type Iki, IkiLines, type RealisationProps, realisationOf } from "./iki-lines";
import { Labelled } from "./labelled";
import type { ReportDraft } from "./use-report-draft";
import { WordsTable } from "./words-table";

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
  return (
    <IkiLines
      ikis={rhk.ikis}
      phone={phone}
      indicatorWidth="31%"
      columns={[
        { label: t("report.iki.target"), width: "14%", cell: (iki) => <Text size="sm">{targetText(iki)}</Text> },
        {
          label: t("report.iki.realisation"),
          width: "21%",
          cell: (iki) => <Realisation iki={iki} draft={draft} editing={editing} withLabel={false} />,
        },
        { label: t("report.iki.cumulative"), width: "14%", cell: (iki) => <Cumulative iki={iki} /> },
        { label: t("report.iki.percent"), width: "20%", cell: (iki) => <PercentBar percent={iki.percent} /> },
      ]}
      card={(iki) => (
        <>
          <SimpleGrid cols={2} mt={6} spacing="xs">
            <Labelled label={t("report.iki.target")}>{targetText(iki)}</Labelled>
            <Labelled label={t("report.iki.cumulative")}>
              <Cumulative iki={iki} />
            </Labelled>
          </SimpleGrid>
          <Realisation iki={iki} draft={draft} editing={editing} withLabel />
          <PercentBar percent={iki.percent} />
        </>
      )}
    />
  );
}

const targetText = (iki: Iki) => [iki.target ?? "–", iki.unit ?? ""].join(" ").trim();

function Realisation({ iki, draft, editing, withLabel }: RealisationProps) {
  const t = useT();
  const { index, value } = realisationOf(iki, draft);
  if (!editing || index < 0) {
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
