import {
  Button,
  Card,
  Group,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type ComplianceUnit, type ComplianceUnitSort, complianceUnitSortSchema } from "@simkin/domain";
import { IconArrowDown, IconSelector } from "@tabler/icons-react";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { useDebouncedSearch } from "../../lib/use-debounced-search";

export const UNITS_PAGE_SIZE = 20;

type Props = {
  units: readonly ComplianceUnit[];
  total: number;
  page: number;
  onPage: (page: number) => void;
  q: string;
  onSearch: (q: string) => void;
  onOpen: (unit: ComplianceUnit) => void;
  dimmed: boolean;
  sort: ComplianceUnitSort;
  onSort: (sort: ComplianceUnitSort) => void;
};

const sortOf = (column: string): ComplianceUnitSort | null =>
  complianceUnitSortSchema.options.find((s) => s === (column === "unit" ? "name" : column)) ?? null;

/** The whole office by unit, a page at a time: each unit's counts, and a button that opens its people. */
export function ComplianceUnits({ units, total, page, onPage, q, onSearch, onOpen, dimmed, sort, onSort }: Props) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  const [text, setText] = useDebouncedSearch(q, onSearch);
  const pages = Math.max(1, Math.ceil(total / UNITS_PAGE_SIZE));
  return (
    <Card withBorder padding="md" data-testid="compliance-units">
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <div>
          <Title order={3} size="h4">
            {t("compliance.unitsTitle")}
          </Title>
          <Text size="xs" c="dimmed">
            {t("compliance.unitsHint")}
          </Text>
        </div>
        {phone && (
          <Select
            label={t("compliance.sort")}
            data={complianceUnitSortSchema.options.map((s) => ({ value: s, label: t(`compliance.unitSort.${s}`) }))}
            value={sort}
            onChange={(value) => onSort(sortOf(value ?? "") ?? "name")}
            allowDeselect={false}
            w="100%"
          />
        )}
        <TextInput
          label={t("compliance.searchUnits")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={{ base: "100%", xs: 240 }}
          data-testid="compliance-unit-search"
        />
      </Group>
      {units.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("compliance.emptyFilter")}
        </Text>
      ) : (
        <Stack gap="sm" style={{ opacity: dimmed ? 0.6 : 1 }}>
          {phone ? (
            <UnitCards units={units} onOpen={onOpen} />
          ) : (
            <UnitTable units={units} onOpen={onOpen} sort={sort} onSort={onSort} />
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t("compliance.pageInfo", {
                from: (page - 1) * UNITS_PAGE_SIZE + 1,
                to: (page - 1) * UNITS_PAGE_SIZE + units.length,
                total,
              })}
            </Text>
            {pages > 1 && (
              <Pagination
                total={pages}
                value={page}
                onChange={onPage}
                size="sm"
                getControlProps={(control) => ({ "aria-label": t(`compliance.pager.${control}` as MessageKey) })}
              />
            )}
          </Group>
        </Stack>
      )}
    </Card>
  );
}

const counts = ["people", "submitted", "late", "missing", "waitingFeedback"] as const;

/** A column header that sorts the units on the server by its count (most first), or by name. */
function SortHeader({ column, sort, onSort }: { column: string } & Pick<Props, "sort" | "onSort">) {
  const t = useT();
  const by = sortOf(column);
  const label = t(column === "unit" ? "compliance.col.unit" : (`compliance.count.${column}` as MessageKey));
  const numeric = column !== "unit";
  if (!by) {
    return <Table.Th ta={numeric ? "right" : undefined}>{label}</Table.Th>;
  }
  const active = sort === by;
  return (
    <Table.Th ta={numeric ? "right" : undefined} aria-sort={active ? (numeric ? "descending" : "ascending") : "none"}>
      <UnstyledButton
        onClick={() => onSort(by)}
        fw={700}
        fz="sm"
        data-testid={`unit-sort-${by}`}
        style={{ display: "inline-flex", alignItems: "center", gap: 4, textAlign: numeric ? "right" : "left" }}
      >
        {label}
        {active ? <IconArrowDown size={14} aria-hidden /> : <IconSelector size={14} aria-hidden />}
      </UnstyledButton>
    </Table.Th>
  );
}

function UnitTable({ units, onOpen, sort, onSort }: Pick<Props, "units" | "onOpen" | "sort" | "onSort">) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="unit" sort={sort} onSort={onSort} />
            {counts.map((c) => (
              <SortHeader key={c} column={c} sort={sort} onSort={onSort} />
            ))}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.unitId} data-testid="compliance-unit">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {u.unitName}
                </Text>
              </Table.Td>
              {counts.map((c) => (
                <Table.Td key={c} ta="right">
                  <Text size="sm" c={(c === "late" || c === "missing") && u[c] > 0 ? "red" : undefined}>
                    {u[c]}
                  </Text>
                </Table.Td>
              ))}
              <Table.Td ta="right">
                <OpenButton unit={u} onOpen={onOpen} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function UnitCards({ units, onOpen }: Pick<Props, "units" | "onOpen">) {
  const t = useT();
  return (
    <Stack gap="xs">
      {units.map((u) => (
        <Paper key={u.unitId} withBorder p="sm" radius="md" data-testid="compliance-unit">
          <Text size="sm" fw={600}>
            {u.unitName}
          </Text>
          <Text size="xs" c="dimmed" mb={6}>
            {t("compliance.unitCount", { submitted: u.submitted, total: u.people })} ·{" "}
            {t("compliance.unitLate", { n: u.late })}
          </Text>
          <Group justify="flex-end">
            <OpenButton unit={u} onOpen={onOpen} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function OpenButton({ unit, onOpen }: { unit: ComplianceUnit; onOpen: (unit: ComplianceUnit) => void }) {
  const t = useT();
  return (
    <Button
      variant="light"
      size="compact-sm"
      onClick={() => onOpen(unit)}
      aria-label={t("compliance.openUnitAria", { unit: unit.unitName })}
    >
      {t("compliance.openUnit")}
    </Button>
  );
}
