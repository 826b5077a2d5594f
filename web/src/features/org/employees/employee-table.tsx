import { Anchor, Table, Text } from "@mantine/core";
import { type EmployeeListItem, formatNip } from "@simkin/domain";
import { Link, useNavigate } from "react-router";
import { useT } from "../../../i18n/i18n";
import { AccountStateBadge } from "./account-state-badge";
import { StatusBadge } from "./status-badge";

/** One page of employees; each row opens the employee's detail page (the name is the keyboard-focusable link). */
export function EmployeeTable({ items }: { items: EmployeeListItem[] }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="employee-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("employees.col.nip")}</Table.Th>
            <Table.Th>{t("employees.col.name")}</Table.Th>
            <Table.Th>{t("employees.col.pangkat")}</Table.Th>
            <Table.Th>{t("employees.col.status")}</Table.Th>
            <Table.Th>{t("employees.col.position")}</Table.Th>
            <Table.Th>{t("account.col")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr
              key={e.id}
              style={{ cursor: "pointer" }}
              onClick={() => navigate(`/admin/employees/${e.id}`)}
              data-testid="employee-row"
            >
              <Table.Td style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
                <Text size="sm" ff="monospace">
                  {formatNip(e.nip)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/admin/employees/${e.id}`}
                  fw={600}
                  size="sm"
                  onClick={(event) => event.stopPropagation()}
                >
                  {e.displayName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.pangkat}</Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={e.status} />
              </Table.Td>
              <Table.Td>
                {e.positionName ? (
                  <>
                    <Text size="sm">{e.positionName}</Text>
                    <Text size="xs" c="dimmed">
                      {e.unitName}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed" fs="italic">
                    {t("employees.noPosition")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <AccountStateBadge state={e.accountState} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
