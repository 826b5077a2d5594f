import { Badge, Table } from "@mantine/core";
import type { Placement } from "@simkin/domain";
import type { ReactNode } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";

/** Position history, newest first; `actions` adds a column of buttons for administrators. */
export function PlacementHistory({
  placements,
  actions,
}: {
  placements: Placement[];
  actions?: (placement: Placement) => ReactNode;
}) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("profile.position")}</Table.Th>
            <Table.Th>{t("profile.unit")}</Table.Th>
            <Table.Th>TMT</Table.Th>
            <Table.Th />
            {actions && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {placements.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                {p.positionName} {p.kind !== "definitif" && <Badge color="orange">{t(`placement.${p.kind}`)}</Badge>}{" "}
                {p.mayRate && <Badge color="teal">{t("employees.placements.mayRateBadge")}</Badge>}
              </Table.Td>
              <Table.Td>{p.unitName}</Table.Td>
              <Table.Td>
                {formatDate(p.startDate)} {t("common.until")}{" "}
                {p.endDate ? formatDate(p.endDate) : t("placement.current")}
              </Table.Td>
              <Table.Td>{p.decreeNumber}</Table.Td>
              {actions && <Table.Td>{actions(p)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
