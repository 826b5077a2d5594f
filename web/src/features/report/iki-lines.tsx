import { Card, Stack, Table, Text } from "@mantine/core";
import type { ReportRhk } from "@simkin/domain";
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";
import type { ReportDraft } from "./use-report-draft";

export type Iki = ReportRhk["ikis"][number];

/** A column after the indicator: its header, its share of the width and what a row shows in it. */
export type IkiColumn = { label: string; width: string; cell: (iki: Iki) => ReactNode };

type Props = {
  ikis: readonly Iki[];
  phone: boolean;
  indicatorWidth: string;
  columns: readonly IkiColumn[];
  /** A phone shows one card per IKI: the indicator, then this. */
  card: (iki: Iki) => ReactNode;
  /** Rows of long texts read better from the top. */
  alignTop?: boolean;
};

/** The IKI of an RHK as a table on a wide screen, or as one card each on a phone; the indicator comes first. */
export function IkiLines({ ikis, phone, indicatorWidth, columns, card, alignTop }: Props) {
  const t = useT();
  if (phone) {
    return (
      <Stack gap="xs">
        {ikis.map((iki) => (
          <Card key={iki.ikiId} withBorder padding="xs" data-testid="iki-line">
            <Text size="sm" fw={600}>
              {iki.indicator}
            </Text>
            {card(iki)}
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table verticalSpacing="xs" withTableBorder layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={indicatorWidth}>{t("report.iki.indicator")}</Table.Th>
          {columns.map((column) => (
            <Table.Th key={column.label} w={column.width}>
              {column.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ikis.map((iki) => (
          <Table.Tr key={iki.ikiId} data-testid="iki-line" style={alignTop ? { verticalAlign: "top" } : undefined}>
            <Table.Td>
              <Text size="sm">{iki.indicator}</Text>
            </Table.Td>
            {columns.map((column) => (
              <Table.Td key={column.label}>{column.cell(iki)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One IKI's realisation: editable while drafting; `withLabel` on a phone card, where no column header names it. */
export type RealisationProps = { iki: Iki; draft: ReportDraft; editing: boolean; withLabel: boolean };

/** Where the IKI's realisation sits in the draft form (-1: not in it), and its value as shown when not editing. */
export function realisationOf(iki: Iki, draft: ReportDraft) {
  const index = draft.form.values.realisations.findIndex((r) => r.ikiId === iki.ikiId);
  const value = index >= 0 ? (draft.form.values.realisations[index]?.value ?? "") : iki.value;
  return { index, value };
}
