import { Badge, Button, Card, Group, SimpleGrid, Spoiler, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { YearWithPeriods } from "@simkin/domain";
import { IconPencil } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { SkpReviewNote } from "./skp-review-field";
import { useFormatDayMonthRange, usePeriodLabel } from "./years";

/** Badges keep their full word in narrow table cells. */
const noShrink = { flexShrink: 0, minWidth: "max-content" } as const;

type Props = { years: readonly YearWithPeriods[]; onEdit?: (year: YearWithPeriods) => void };

/** The performance years: a table on wide screens, one card per year on a phone. */
export function YearList(props: Props) {
  const phone = useMediaQuery("(max-width: 48em)");
  return phone ? <YearCards {...props} /> : <YearTable {...props} />;
}

export function YearStatusBadge({ year }: { year: YearWithPeriods }) {
  const t = useT();
  return year.status === "open" ? (
    <Badge color="green" variant="light" style={noShrink}>
      {t("planning.years.status.open")}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" style={noShrink}>
      {t("planning.years.status.closed")}
    </Badge>
  );
}

/** A monthly period: its label already names the month, so only the days are shown ("Februari: 1–28"). */
const sameMonth = (p: { start: string; end: string }) => p.start.slice(0, 7) === p.end.slice(0, 7);

/** The evaluation periods with their dates; twelve months fold away behind "show all". */
function Periods({ year }: { year: YearWithPeriods }) {
  const t = useT();
  const label = usePeriodLabel();
  const range = useFormatDayMonthRange();
  const list = (
    <Stack gap={2} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {year.periods.map((p) => (
        <Text key={p.code} component="li" size="sm">
          <Text span fw={p.isAnnual ? 700 : 500} size="sm">
            {label(p)}
          </Text>
          {": "}
          {sameMonth(p) ? `1–${Number(p.end.slice(8))}` : range(p.start, p.end)}
        </Text>
      ))}
    </Stack>
  );
  if (year.periods.length <= 4) {
    return list;
  }
  return (
    <Spoiler
      maxHeight={88}
      showLabel={t("planning.years.showAll")}
      hideLabel={t("planning.years.hide")}
      styles={{ control: { fontSize: "var(--mantine-font-size-sm)" } }}
    >
      {list}
    </Spoiler>
  );
}

/** "tanggal 5 bulan berikutnya", and whether it moves off days off (issue 9 rule 19). */
function DueRule({ year }: { year: YearWithPeriods }) {
  const t = useT();
  return (
    <>
      <Text size="sm">{t("planning.years.dueDay", { day: year.reportDueDay })}</Text>
      {year.reportDueShift === "next_working_day" && (
        <Text size="xs" c="dimmed">
          {t("planning.years.dueShifted")}
        </Text>
      )}
    </>
  );
}

function EditButton({ year, onEdit }: { year: YearWithPeriods; onEdit: (year: YearWithPeriods) => void }) {
  const t = useT();
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconPencil size={14} />}
      aria-label={t("planning.years.editAria", { year: year.year })}
      onClick={() => onEdit(year)}
    >
      {t("common.edit")}
    </Button>
  );
}

function YearTable({ years, onEdit }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="sm" data-testid="years-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("planning.years.year")}</Table.Th>
            <Table.Th>{t("planning.years.statusLabel")}</Table.Th>
            <Table.Th>{t("planning.years.deadline")}</Table.Th>
            <Table.Th>{t("planning.years.cadence")}</Table.Th>
            <Table.Th>{t("planning.years.reportDue")}</Table.Th>
            <Table.Th>{t("planning.years.periods")}</Table.Th>
            {onEdit && (
              <Table.Th>
                <VisuallyHidden>{t("planning.years.actions")}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((y) => (
            <Table.Tr key={y.id} style={{ verticalAlign: "top" }}>
              <Table.Td>
                <Text fw={700}>{y.year}</Text>
              </Table.Td>
              <Table.Td>
                <YearStatusBadge year={y} />
                <SkpReviewNote review={y.skpReview} />
              </Table.Td>
              <Table.Td>{formatDate(y.skpDeadline)}</Table.Td>
              <Table.Td>{t(`planning.years.cadence.${y.cadence}`)}</Table.Td>
              <Table.Td>
                <DueRule year={y} />
              </Table.Td>
              <Table.Td>
                <Periods year={y} />
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <EditButton year={y} onEdit={onEdit} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function YearCards({ years, onEdit }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <Stack gap="sm" data-testid="years-table">
      {years.map((y) => (
        <Card key={y.id} withBorder padding="sm">
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Text fw={700} size="lg">
                {y.year}
              </Text>
              <YearStatusBadge year={y} />
            </Group>
            {onEdit && <EditButton year={y} onEdit={onEdit} />}
          </Group>
          <SkpReviewNote review={y.skpReview} />
          <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
            <Fact label={t("planning.years.deadline")}>{formatDate(y.skpDeadline)}</Fact>
            <Fact label={t("planning.years.cadence")}>{t(`planning.years.cadence.${y.cadence}`)}</Fact>
          </SimpleGrid>
          <Stack gap="xs" mt="xs">
            <Fact label={t("planning.years.reportDue")}>
              <DueRule year={y} />
            </Fact>
            <Fact label={t("planning.years.periods")}>
              <Periods year={y} />
            </Fact>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
