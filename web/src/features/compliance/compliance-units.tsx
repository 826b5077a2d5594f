import { Button, Card, Group, Pagination, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ComplianceUnit } from "@simkin/domain";
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
};

/** The whole office by unit, a page at a time: each unit's counts, and a button that opens its people. */
export function ComplianceUnits({ units, total, page, onPage, q, onSearch, onOpen, dimmed }: Props) {
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
          {phone ? <UnitCards units={units} onOpen={onOpen} /> : <UnitTable units={units} onOpen={onOpen} />}
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

function UnitTable({ units, onOpen }: Pick<Props, "units" | "onOpen">) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("compliance.col.unit")}</Table.Th>
            {counts.map((c) => (
              <Table.Th key={c} ta="right">
                {t(`compliance.count.${c}` as MessageKey)}
              </Table.Th>
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
