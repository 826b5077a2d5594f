import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Switch, Text, TextInput } from "@mantine/core";
import type { OrgUnit, PositionWithHolders } from "@simkin/domain";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { useAddressFilters } from "../../lib/address-filters";
import { errorText } from "../../lib/error-text";
import { PageNav } from "../../lib/page-nav";
import { isAdmin, useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { descendantIds, flattenUnits } from "./structure/org-tree";
import { PositionFormModal, type PositionFormTarget } from "./structure/position-form";
import { PositionsTable } from "./structure/positions-table";
import { usePositions, useUnits } from "./structure/queries";
import { UnitSelect } from "./structure/unit-select";

const PAGE_SIZE = 25;

/** Jabatan: every position with its superior, delegated rater and holders; administrators add and edit. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  const units = useUnits();
  const positions = usePositions(null);
  const error = units.error ?? positions.error;
  return (
    <Stack>
      <div>
        <HelpTitle topic="positions">{t("positions.title")}</HelpTitle>
        <Text c="dimmed" size="sm">
          {t("positions.intro")}
        </Text>
      </div>
      {error && <Alert color="red">{errorText(error)}</Alert>}
      {units.data && positions.data ? (
        <PositionsWorkspace units={units.data} positions={positions.data} canEdit={me ? isAdmin(me) : false} />
      ) : (
        !error && <Loader />
      )}
    </Stack>
  );
}

/** Filters live in the address (?unitId=&sub=1&q=&page=) so a filtered list can be linked and survives reloads. */
function useFilters() {
  const { params, page, update } = useAddressFilters({ replace: true });
  const set = (key: string, value: string | null) => update(key === "page" ? { page: value } : { [key]: value });
  return { unitId: params.get("unitId"), sub: params.get("sub") === "1", q: params.get("q") ?? "", page, set };
}

function filterPositions(
  units: readonly OrgUnit[],
  positions: readonly PositionWithHolders[],
  filters: { unitId: string | null; sub: boolean; q: string },
): PositionWithHolders[] {
  const order = new Map(flattenUnits(units).map(({ unit }, index) => [unit.id, index]));
  const scope = filters.unitId
    ? filters.sub
      ? descendantIds(units, filters.unitId)
      : new Set([filters.unitId])
    : null;
  const q = filters.q.trim().toLowerCase();
  return positions
    .filter((p) => (scope ? scope.has(p.unitId) : true))
    .filter((p) => (q ? p.name.toLowerCase().includes(q) : true))
    .sort(
      (a, b) =>
        (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) ||
        Number(b.leadsUnitId !== null) - Number(a.leadsUnitId !== null) ||
        a.name.localeCompare(b.name, "id"),
    );
}

function PositionsWorkspace({
  units,
  positions,
  canEdit,
}: {
  units: OrgUnit[];
  positions: PositionWithHolders[];
  canEdit: boolean;
}) {
  const t = useT();
  const filters = useFilters();
  const [target, setTarget] = useState<PositionFormTarget | null>(null);
  const rows = filterPositions(units, positions, filters);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  return (
    <>
      <Card withBorder padding="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} verticalSpacing="xs">
          <UnitSelect
            units={units}
            label={t("positions.filterUnit")}
            placeholder={t("positions.allUnits")}
            clearable
            value={filters.unitId}
            onChange={(value) => filters.set("unitId", value)}
          />
          <TextInput
            label={t("positions.search")}
            leftSection={<IconSearch size={16} />}
            value={filters.q}
            onChange={(event) => filters.set("q", event.currentTarget.value)}
          />
          <Switch
            label={t("positions.includeSubunits")}
            checked={filters.sub}
            disabled={!filters.unitId}
            onChange={(event) => filters.set("sub", event.currentTarget.checked ? "1" : null)}
            mt={{ base: 0, lg: 32 }}
          />
        </SimpleGrid>
      </Card>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="positions-count">
          {t("positions.count", { count: rows.length })}
        </Text>
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setTarget({ mode: "create", unitId: filters.unitId })}
          >
            {t("positions.add")}
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">{t("positions.empty")}</Text>
      ) : (
        <PositionsTable
          rows={rows}
          all={positions}
          onEdit={canEdit ? (position) => setTarget({ mode: "edit", position }) : undefined}
        />
      )}
      <PageNav page={page} pages={pages} onChange={(next) => filters.set("page", String(next))} />
      {canEdit && (
        <PositionFormModal target={target} units={units} positions={positions} onClose={() => setTarget(null)} />
      )}
    </>
  );
}
