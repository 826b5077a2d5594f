import { Card, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import {
  type ComplianceRow,
  type ComplianceSort,
  type ComplianceStatus,
  complianceApi,
  complianceSortSchema,
  complianceStatusSchema,
} from "@simkin/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { useDebouncedSearch } from "../../lib/use-debounced-search";
import { IkiFilled, ReportLink, StatusBadge, SubmittedOn, Timeliness, Waiting } from "./compliance-cells";
import { groupByUnit, type UnitGroup } from "./compliance-model";
import { PageFooter } from "./page-footer";
import { complianceKeys } from "./queries";

const PAGE_SIZE = 25;
const statuses = complianceStatusSchema.options;
const sorts = complianceSortSchema.options;

/**
 * The people of the scope (or of one unit), a page at a time: filtered by report status and name, sorted and paged
 * on the server, grouped by unit within the page.
 */
export function ComplianceTable({
  year,
  month,
  unitId,
  within,
  title,
}: {
  year: number;
  month: number;
  unitId: string | null;
  /** The overseer's chosen scope (a unit's subtree); null: the server's default. */
  within: string | null;
  title: string;
}) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  const [status, setStatus] = useState<ComplianceStatus | null>(null);
  const [sort, setSort] = useState<ComplianceSort>("unit");
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const [text, setText] = useDebouncedSearch(q, (next) => {
    setQ(next);
    setPage(1);
  });
  const filter = { unitId, within, status, sort, q, page };
  const people = useQuery({
    queryKey: complianceKeys.people(year, month, filter),
    queryFn: () =>
      call(complianceApi.get, {
        query: {
          year,
          month,
          page,
          pageSize: PAGE_SIZE,
          sort,
          ...(unitId ? { unitId } : {}),
          ...(within ? { within } : {}),
          ...(status ? { status } : {}),
          ...(q ? { q } : {}),
        },
      }),
    placeholderData: keepPreviousData,
  });
  const data = people.data;
  const _pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const groups = data ? groupByUnit(data.items) : [];
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Group gap="sm" align="flex-end" w={{ base: "100%", sm: "auto" }} wrap="wrap">
          <TextInput
            label={t("compliance.search")}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={{ base: "100%", xs: 200 }}
            data-testid="compliance-search"
          />
          <Select
            label={t("compliance.filter.status")}
            data={[
              { value: "", label: t("compliance.filter.all") },
              ...statuses.map((s) => ({ value: s, label: t(`compliance.status.${s}` as MessageKey) })),
            ]}
            value={status ?? ""}
            onChange={(next) => {
              setStatus(statuses.find((s) => s === next) ?? null);
              setPage(1);
            }}
            allowDeselect={false}
            w={{ base: "100%", xs: 180 }}
            data-testid="compliance-status-filter"
          />
          <Select
            label={t("compliance.sort")}
            data={sorts.map((s) => ({ value: s, label: t(`compliance.sort.${s}` as MessageKey) }))}
            value={sort}
            onChange={(next) => {
              setSort(sorts.find((s) => s === next) ?? "unit");
              setPage(1);
            }}
            allowDeselect={false}
            w={{ base: "100%", xs: 220 }}
            data-testid="compliance-sort"
          />
        </Group>
      </Group>
      {!data ? null : data.items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="compliance-table">
          {t("compliance.emptyFilter")}
        </Text>
      ) : (
        <Stack gap="sm" style={{ opacity: people.isPlaceholderData ? 0.6 : 1 }}>
          {phone ? (
            <Stack gap="md" data-testid="compliance-table">
              {groups.map((g) => (
                <Stack key={g.unitName} gap="xs">
                  <UnitHeading group={g} />
                  {g.rows.map((r) => (
                    <RowCard key={r.employeeId} row={r} />
                  ))}
                </Stack>
              ))}
            </Stack>
          ) : (
            <Wide groups={groups} />
          )}
          <PageFooter
            page={page}
            pageSize={PAGE_SIZE}
            shown={data.items.length}
            total={data.total}
            onPage={setPage}
            infoTestId="compliance-page-info"
            pagerTestId="compliance-pagination"
          />
        </Stack>
      )}
    </Card>
  );
}

function UnitHeading({ group }: { group: UnitGroup }) {
  return (
    <Text fw={700} size="sm">
      {group.unitName}
    </Text>
  );
}

function Wide({ groups }: { groups: UnitGroup[] }) {
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
            {g.rows.map((r) => (
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
