import { Anchor, Table, Text } from "@mantine/core";
import { type SkpSummary, wibDate } from "@simkin/domain";
import { Link, useNavigate } from "react-router";
import { useFormatDate, useT } from "../../i18n/i18n";
import { SkpStatusBadge } from "./skp-status-badge";

/** Every SKP of the year, newest revision first; each row opens the SKP. The status comes second, so a phone shows it. */
export function MySkpTable({ items }: { items: SkpSummary[] }) {
  const t = useT();
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const sorted = [...items].sort((a, b) => b.periodStart.localeCompare(a.periodStart) || b.revision - a.revision);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="my-skp-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("skp.col.skp")}</Table.Th>
            <Table.Th>{t("skp.col.status")}</Table.Th>
            <Table.Th>{t("skp.col.position")}</Table.Th>
            <Table.Th>{t("skp.col.period")}</Table.Th>
            <Table.Th>{t("skp.col.submitted")}</Table.Th>
            <Table.Th>{t("skp.col.approved")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((s) => (
            <Table.Tr
              key={s.id}
              style={{ cursor: "pointer" }}
              onClick={() => navigate(`/skp/${s.id}`)}
              data-testid="skp-row"
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/skp/${s.id}`}
                  fw={600}
                  size="sm"
                  style={{ whiteSpace: "nowrap" }}
                  onClick={(event) => event.stopPropagation()}
                >
                  {t("skp.mine.rowTitle", { year: s.year })}
                </Anchor>
                {s.revision > 1 && (
                  <Text size="xs" c="dimmed">
                    {t("skp.revision", { n: s.revision })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SkpStatusBadge status={s.status} testId="skp-row-status" />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.positionName}</Text>
                <Text size="xs" c="dimmed">
                  {s.unitName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatDate(s.periodStart)} {t("common.until")} {formatDate(s.periodEnd)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(s.submittedAt && wibDate(new Date(s.submittedAt)))}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(s.approvedAt && wibDate(new Date(s.approvedAt)))}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
