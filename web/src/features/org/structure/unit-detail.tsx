import { Badge, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import type { OrgUnit } from "@simkin/domain";
import { IconListTree, IconPencil, IconPlus, IconUsers } from "@tabler/icons-react";
import { Link } from "react-router";
import { useT } from "../../../i18n/i18n";
import { Holders, UnitKindBadge } from "./badges";
import { ancestorIds } from "./org-tree";
import { usePositions } from "./queries";

/** The selected unit: where it sits, what it holds, and (for administrators) what can be done with it. */
export function UnitDetail({
  unit,
  units,
  canEdit,
  onEdit,
  onAddChild,
}: {
  unit: OrgUnit;
  units: readonly OrgUnit[];
  canEdit: boolean;
  onEdit: () => void;
  onAddChild: () => void;
}) {
  const t = useT();
  const names = new Map(units.map((u) => [u.id, u.name]));
  const path = ancestorIds(units, unit.id).map((id) => names.get(id) ?? "");
  const subunits = units.filter((u) => u.parentId === unit.id).length;
  return (
    <Card withBorder data-testid="unit-detail">
      <Stack gap="sm">
        <div>
          {path.length > 0 && (
            <Text size="xs" c="dimmed">
              {path.join(" › ")}
            </Text>
          )}
          <Title order={3} size="h4">
            {unit.name}
          </Title>
          <Group gap="xs" mt={4}>
            <Text size="sm" ff="monospace">
              {unit.code}
            </Text>
            <UnitKindBadge kind={unit.kind} />
            {subunits > 0 && (
              <Text size="xs" c="dimmed">
                {t("units.subunits", { count: subunits })}
              </Text>
            )}
          </Group>
        </div>
        <Group gap="xs">
          {canEdit && (
            <>
              <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit}>
                {t("units.edit")}
              </Button>
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAddChild}>
                {t("units.addChild")}
              </Button>
            </>
          )}
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/admin/employees?unitId=${unit.id}`}
            leftSection={<IconUsers size={14} />}
          >
            {t("units.viewEmployees")}
          </Button>
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/admin/positions?unitId=${unit.id}`}
            leftSection={<IconListTree size={14} />}
          >
            {t("units.managePositions")}
          </Button>
        </Group>
        <UnitPositions unitId={unit.id} />
      </Stack>
    </Card>
  );
}

function UnitPositions({ unitId }: { unitId: string }) {
  const t = useT();
  const positions = usePositions(unitId);
  if (positions.isPending) {
    return <Loader size="sm" />;
  }
  const list = positions.data ?? [];
  return (
    <>
      <Title order={4} size="h5">
        {t("units.positions")}
      </Title>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("units.noPositions")}
        </Text>
      ) : (
        <Stack gap={0} data-testid="unit-positions">
          {list.map((p) => (
            <Group
              key={p.id}
              justify="space-between"
              align="flex-start"
              gap="xs"
              py="xs"
              style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}
            >
              <div style={{ flex: "1 1 220px", minWidth: 0 }}>
                <Text size="sm" fw={p.leadsUnitId ? 600 : 400}>
                  {p.name}
                </Text>
                <Group gap={4} mt={2}>
                  <Text size="xs" c="dimmed">
                    {t(`positionKindShort.${p.kind}`)}
                    {p.jenjang ? ` · ${t(`jenjang.${p.jenjang}`)}` : ""}
                    {p.eselon ? ` · ${t("positions.eselon")} ${p.eselon}` : ""}
                  </Text>
                  {p.leadsUnitId && (
                    <Badge size="xs" variant="outline">
                      {t("units.leads")}
                    </Badge>
                  )}
                </Group>
              </div>
              <div style={{ flex: "1 1 180px", minWidth: 0 }}>
                <Holders position={p} />
              </div>
            </Group>
          ))}
        </Stack>
      )}
    </>
  );
}
