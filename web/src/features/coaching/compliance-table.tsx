import { Card, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ComplianceRow } from "@simkin/domain";
import { useState } from "react";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { IkiFilled, ReportLink, StatusBadge, SubmittedOn, Timeliness, Waiting } from "./compliance-cells";
import { type ComplianceView, groupByUnit, matchesView, type UnitGroup } from "./compliance-model";

const views: ComplianceView[] = ["all", "missing", "late", "waiting"];

/** Every employee in scope, grouped by unit; one unit or one kind of problem can be picked out. */
export function ComplianceTable({ rows }: { rows: readonly ComplianceRow[] }) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  const [unit, setUnit] = useState<string | null>(null);
  const [view, setView] = useState<ComplianceView>("all");
  const units = groupByUnit(rows).map((g) => g.unitName);
  const chosenUnit = unit !== null && units.includes(unit) ? unit : null;
  const shown = rows.filter((r) => (chosenUnit === null || r.unitName === chosenUnit) && matchesView(r, view));
  // Unit headings count the whole unit, not only the rows the view leaves.
  const totals = new Map(groupByUnit(rows).map((g) => [g.unitName, g]));
  const groups = groupByUnit(shown).map((g) => totals.get(g.unitName) ?? g);
  const visible = new Set(shown);
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Title order={3} size="h4">
          {t("compliance.tableTitle")}
        </Title>
        <Group gap="sm" align="flex-end" w={{ base: "100%", sm: "auto" }} wrap="wrap">
          {units.length > 1 && (
            <Select
              label={t("compliance.filter.unit")}
              data={[
                { value: "", label: t("compliance.filter.allUnits") },
                ...units.map((u) => ({ value: u, label: u })),
              ]}
              value={chosenUnit ?? ""}
              onChange={(next) => setUnit(next ? next : null)}
              allowDeselect={false}
              w={{ base: "100%", xs: 260 }}
              data-testid="compliance-unit-filter"
            />
          )}
          <Select
            label={t("compliance.filter.show")}
            data={views.map((v) => ({ value: v, label: t(`compliance.filter.${v}` as MessageKey) }))}
            value={view}
            onChange={(next) => setView(views.find((v) => v === next) ?? "all")}
            allowDeselect={false}
            w={{ base: "100%", xs: 220 }}
            data-testid="compliance-view-filter"
          />
        </Group>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="compliance-table">
          {t("compliance.emptyFilter")}
        </Text>
      ) : phone ? (
        <Stack gap="md" data-testid="compliance-table">
          {groups.map((g) => (
            <Stack key={g.unitName} gap="xs">
              <UnitHeading group={g} />
              {g.rows
                .filter((r) => visible.has(r))
                .map((r) => (
                  <RowCard key={r.employeeId} row={r} />
                ))}
            </Stack>
          ))}
        </Stack>
      ) : (
        <Wide groups={groups} visible={visible} />
      )}
    </Card>
  );
}

function UnitHeading({ group }: { group: UnitGroup }) {
  const t = useT();
  return (
    <Group justify="space-between" gap="xs">
      <Text fw={700} size="sm">
        {group.unitName}
      </Text>
      <Text size="xs" c="dimmed">
        {t("compliance.unitCount", { submitted: group.submitted, total: group.rows.length })}
      </Text>
    </Group>
  );
}

function Wide({ groups, visible }: { groups: UnitGroup[]; visible: Set<ComplianceRow> }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={920}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="compliance-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("compliance.col.name")}</Table.Th>
            <Table.Th>{t("compliance.col.position")}</Table.Th>
            <Table.Th>{t("compliance.col.status")}</Table.Th>
            <Table.Th>{t("compliance.col.submittedAt")}</Table.Th>
            <Table.Th>{t("compliance.col.timeliness")}</Table.Th>
            <Table.Th>{t("compliance.col.waiting")}</Table.Th>
            <Table.Th>{t("compliance.col.report")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {groups.map((g) => (
          <Table.Tbody key={g.unitName}>
            <Table.Tr bg="var(--mantine-color-gray-light)">
              <Table.Th colSpan={7} scope="colgroup">
                <UnitHeading group={g} />
              </Table.Th>
            </Table.Tr>
            {g.rows
              .filter((r) => visible.has(r))
              .map((r) => (
                <Table.Tr key={r.employeeId} data-testid="compliance-row" data-status={r.status}>
                  <Table.Td miw={190}>
                    <Text size="sm" fw={600}>
                      {r.employeeName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.positionName}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Stack gap={2} align="flex-start">
                      <StatusBadge status={r.status} />
                      <IkiFilled row={r} />
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <SubmittedOn row={r} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Timeliness row={r} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Waiting row={r} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <ReportLink row={r} />
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        ))}
      </Table>
    </Table.ScrollContainer>
  );
}

function RowCard({ row }: { row: ComplianceRow }) {
  const t = useT();
  return (
    <Paper withBorder p="sm" radius="md" data-testid="compliance-row" data-status={row.status}>
      <Text size="sm" fw={600}>
        {row.employeeName}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {row.positionName}
      </Text>
      <Group gap="xs" mb={6}>
        <StatusBadge status={row.status} />
        <Timeliness row={row} />
      </Group>
      <Text size="xs" c="dimmed">
        {t("compliance.col.submittedAt")}: <SubmittedOn row={row} inline />
      </Text>
      {row.reportId && row.ikiTotal > 0 && (
        <Group mt={4}>
          <IkiFilled row={row} />
        </Group>
      )}
      {row.waitingFeedbackDays !== null && (
        <Group gap={4} mt={4}>
          <Text size="xs" c="dimmed">
            {t("compliance.col.waiting")}:
          </Text>
          <Waiting row={row} />
        </Group>
      )}
      {row.reportId && (
        <Group justify="flex-end" mt="xs">
          <ReportLink row={row} />
        </Group>
      )}
    </Paper>
  );
}
