import { Text } from "@mantine/core";
import type { ReportRhk } from "@simkin/domain";
import { REALISATION_TEXT_MAX } from "@simkin/domain";
import { useT } from "../../i18n/i18n";
import { LongText } from "../../lib/long-text";
import { IkiLines, type RealisationProps, realisationOf } from "./iki-lines";
import { Labelled } from "./labelled";
import type { ReportDraft } from "./use-report-draft";

type Props = { rhk: ReportRhk; draft: ReportDraft; editing: boolean; phone: boolean };

/**
 * The IKI of a kualitatif SKP (issue 9 rule 9): narrative target and this month's realisation in words, which rests
 * on the RHK's bukti dukung; nothing is added up.
 */
export function WordsTable({ rhk, draft, editing, phone }: Props) {
  const t = useT();
  return (
    <IkiLines
      ikis={rhk.ikis}
      phone={phone}
      indicatorWidth="30%"
      alignTop
      columns={[
        { label: t("report.iki.target"), width: "28%", cell: (iki) => <Text size="sm">{iki.target ?? "–"}</Text> },
        {
          label: t("report.iki.words"),
          width: "42%",
          cell: (iki) => <Words iki={iki} draft={draft} editing={editing} withLabel={false} />,
        },
      ]}
      card={(iki) => (
        <>
          <Labelled label={t("report.iki.target")}>{iki.target ?? "–"}</Labelled>
          <Words iki={iki} draft={draft} editing={editing} withLabel />
        </>
      )}
    />
  );
}

function Words({ iki, draft, editing, withLabel }: RealisationProps) {
  const t = useT();
  const { index, value } = realisationOf(iki, draft);
  if (!editing || index < 0) {
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
    <LongText
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
