import { ActionIcon, Badge, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import type { PositionWithHolders } from "@simkin/domain";
import { IconPencil } from "@tabler/icons-react";
import { useT } from "../../../i18n/i18n";
import { Holders } from "./badges";

/** Positions with their kind, superior, delegated rater and today's holders. */
export function PositionsTable({
  rows,
  all,
  onEdit,
}: {
  rows: readonly PositionWithHolders[];
  all: readonly PositionWithHolders[];
  onEdit?: (position: PositionWithHolders) => void;
}) {
  const t = useT();
  const names = new Map(all.map((p) => [p.id, p]));
  const linked = (id: string | null) => {
    const position = id ? names.get(id) : undefined;
    if (!position) {
      return <Text c="dimmed">–</Text>;
    }
    return (
      <>
        <Text size="sm">{position.name}</Text>
        <Text size="xs" c="dimmed">
          {position.unitName}
        </Text>
      </>
    );
  };
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="positions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("positions.name")}</Table.Th>
            <Table.Th>{t("positions.kind")}</Table.Th>
            <Table.Th>{t("positions.eselon")}</Table.Th>
            <Table.Th>{t("positions.parent")}</Table.Th>
            <Table.Th>{t("positions.rater")}</Table.Th>
            <Table.Th>{t("positions.holders")}</Table.Th>
            {onEdit && (
              <Table.Th>
                <VisuallyHidden>{t("positions.actions")}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Text size="sm" fw={p.leadsUnitId ? 600 : 400}>
                  {p.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {p.unitName}
                </Text>
                {p.leadsUnitId && (
                  <Badge size="xs" variant="outline" mt={2}>
                    {t("units.leads")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`positionKindShort.${p.kind}`)}</Text>
                {p.jenjang && (
                  <Text size="xs" c="dimmed">
                    {t(`jenjang.${p.jenjang}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{p.eselon ?? <Text c="dimmed">–</Text>}</Table.Td>
              <Table.Td>{linked(p.parentPositionId)}</Table.Td>
              <Table.Td>{linked(p.raterPositionId)}</Table.Td>
              <Table.Td>
                <Holders position={p} />
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Tooltip label={t("common.edit")}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`${t("common.edit")}: ${p.name}`}
                      onClick={() => onEdit(p)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
