import { Alert, Button, Card, Grid, Group, getTreeExpandedState, Loader, Stack, Text, useTree } from "@mantine/core";
import type { OrgUnit } from "@simkin/domain";
import { IconPlus } from "@tabler/icons-react";
import { useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { errorText } from "../../lib/error-text";
import { isAdmin, useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { ancestorIds, flattenUnits, treeData } from "./structure/org-tree";
import { useUnits } from "./structure/queries";
import { UnitDetail } from "./structure/unit-detail";
import { UnitFormModal, type UnitFormTarget } from "./structure/unit-form";
import { UnitTree } from "./structure/unit-tree";

/** Unit Kerja: the organisation tree; administrators add and edit units, auditors read. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  const units = useUnits();
  return (
    <Stack>
      <div>
        <HelpTitle topic="units">{t("units.title")}</HelpTitle>
        <Text c="dimmed" size="sm">
          {t("units.intro")}
        </Text>
      </div>
      {units.isPending && <Loader />}
      {units.error && <Alert color="red">{errorText(units.error)}</Alert>}
      {units.data && <UnitsWorkspace units={units.data} canEdit={me ? isAdmin(me) : false} />}
    </Stack>
  );
}

/** Top two levels open, plus the path to the unit selected in the address. */
function initialExpanded(units: OrgUnit[], selectedId: string | null): string[] {
  const top = flattenUnits(units)
    .filter(({ depth }) => depth < 2)
    .map(({ unit }) => unit.id);
  return selectedId ? [...top, ...ancestorIds(units, selectedId)] : top;
}

function UnitsWorkspace({ units, canEdit }: { units: OrgUnit[]; canEdit: boolean }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get("unitId");
  const selected = units.find((u) => u.id === selectedId) ?? null;
  const data = useMemo(() => treeData(units), [units]);
  const [initialExpandedState] = useState(() => getTreeExpandedState(data, initialExpanded(units, selectedId)));
  const tree = useTree({ initialExpandedState, selectedState: selected ? [selected.id] : [] });
  const [target, setTarget] = useState<UnitFormTarget | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);

  const select = (id: string) => {
    setParams({ unitId: id }, { replace: true });
    // The detail may be off screen (below the tree on a phone, above it after scrolling a long tree).
    requestAnimationFrame(() => {
      const top = detailRef.current?.getBoundingClientRect().top ?? 0;
      if (top < 0 || top > window.innerHeight - 120) {
        detailRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
      }
    });
  };
  const onSaved = (unit: OrgUnit) => {
    setTarget(null);
    if (unit.parentId) {
      for (const id of [...ancestorIds(units, unit.parentId), unit.parentId]) {
        tree.expand(id);
      }
    }
    setParams({ unitId: unit.id }, { replace: true });
  };

  return (
    <>
      {!canEdit && (
        <Alert color="gray" variant="light">
          {t("units.readOnly")}
        </Alert>
      )}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="sm">
            <Group justify="space-between" mb="xs" gap="xs">
              <Text fw={600}>{t("units.tree")}</Text>
              <Group gap={4}>
                <Button size="compact-xs" variant="subtle" onClick={() => tree.expandAllNodes()}>
                  {t("units.expandAll")}
                </Button>
                <Button size="compact-xs" variant="subtle" onClick={() => tree.collapseAllNodes()}>
                  {t("units.collapseAll")}
                </Button>
              </Group>
            </Group>
            {units.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t("units.empty")}
              </Text>
            ) : (
              <UnitTree units={units} data={data} tree={tree} onSelect={select} />
            )}
            <Group justify="space-between" mt="sm">
              <Text size="xs" c="dimmed">
                {t("units.count", { count: units.length })}
              </Text>
              {canEdit && (
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setTarget({ mode: "create", parentId: null })}
                >
                  {t("units.addRoot")}
                </Button>
              )}
            </Group>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} ref={detailRef} style={{ scrollMarginTop: 72 }}>
          {selected ? (
            <UnitDetail
              unit={selected}
              units={units}
              canEdit={canEdit}
              onEdit={() => setTarget({ mode: "edit", unit: selected })}
              onAddChild={() => setTarget({ mode: "create", parentId: selected.id })}
            />
          ) : (
            <Card withBorder>
              <Text c="dimmed">{t("units.selectHint")}</Text>
            </Card>
          )}
        </Grid.Col>
      </Grid>
      {canEdit && <UnitFormModal target={target} units={units} onClose={() => setTarget(null)} onSaved={onSaved} />}
    </>
  );
}
