import { Card, Stack, Table, Text, Textarea } from "@mantine/core";
import type { ReportRhk } from "@simkin/domain";
import { REALISATION_TEXT_MAX } from "@simkin/domain";
import { useT } from "../../i18n/i18n";
import { Labelled } from "./labelled";
import type { ReportDraft } from "./use-report-draft";

type Iki = ReportRhk["ikis"][number];
type Props = { rhk: ReportRhk; draft: ReportDraft; editing: boolean; phone: boolean };

/**
 * The IKI of a kualitatif SKP (issue 9 rule 9): narrative target and this month's realisation in words, which rests
 * on the RHK's bukti dukung; nothing is added up.
 */
export function WordsTable({ rhk, draft, editing, phone }: Props) {
  const t = useT();
  if (phone) {
    return (
      <Stack gap="xs">
        {rhk.ikis.map((iki) => (
          <Card key={iki.ikiId} withBorder padding="xs" data-testid="iki-line">
            <Text size="sm" fw={600}>
              {iki.indicator}
            </Text>
            <Labelled label={t("report.iki.target")}>{iki.target ?? "–"}</Labelled>
            <Words iki={iki} draft={draft} editing={editing} withLabel />
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table verticalSpacing="xs" withTableBorder layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">{t("report.iki.indicator")}</Table.Th>
          <Table.Th w="28%">{t("report.iki.target")}</Table.Th>
          <Table.Th w="42%">{t("report.iki.words")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rhk.ikis.map((iki) => (
          <Table.Tr key={iki.ikiId} data-testid="iki-line" style={{ verticalAlign: "top" }}>
            <Table.Td>
              <Text size="sm">{iki.indicator}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{iki.target ?? "–"}</Text>
            </Table.Td>
            <Table.Td>
              <Words iki={iki} draft={draft} editing={editing} withLabel={false} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Words({
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
    const text = (
      <Text
        size="sm"
        style={{ whiteSpace: "pre-wrap" }}
        c={value ? undefined : "dimmed"}
        data-testid="realisation-words"
      >
        {value || "–"}
      </Text>
    );
    return withLabel ? <Labelled label={t("report.iki.words")}>{text}</Labelled> : text;
  }
  return (
    <Textarea
      mt={withLabel ? 6 : 0}
      size="sm"
      label={withLabel ? t("report.iki.words") : undefined}
      aria-label={withLabel ? undefined : t("report.iki.wordsFor", { indicator: iki.indicator })}
      description={t("report.iki.wordsHint")}
      placeholder={t("report.iki.wordsPlaceholder")}
      autosize
      minRows={3}
      maxRows={12}
      maxLength={REALISATION_TEXT_MAX}
      data-testid="realisation-words-input"
      {...draft.form.getInputProps(`realisations.${index}.value`)}
    />
  );
}
