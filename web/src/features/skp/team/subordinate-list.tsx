import { Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { SkpSummary } from "@simkin/domain";
import { IconFileText } from "@tabler/icons-react";
import { Link } from "react-router";
import { useFormatDay, useT } from "../../../i18n/i18n";
import { SkpStatusBadge, type TeamSkpState } from "./skp-status";

export type InboxRow = { employeeId: string; name: string; positionName: string; skp: SkpSummary | null };

const order: TeamSkpState[] = ["direviu", "diajukan", "dikembalikan", "draft", "none", "disetujui"];

function stateOf(row: InboxRow): TeamSkpState {
  return row.skp?.status ?? "none";
}

/** The latest step of the SKP, with its date: submitted, approved or (for drafts) nothing yet. */
function useStepText() {
  const t = useT();
  const formatDay = useFormatDay();
  return (skp: SkpSummary | null) => {
    if (skp?.approvedAt && skp.status === "disetujui") {
      return t("team.inbox.approvedOn", { date: formatDay(skp.approvedAt) });
    }
    if (skp?.submittedAt && skp.status !== "draft") {
      return t("team.inbox.submittedOn", { date: formatDay(skp.submittedAt) });
    }
    return "–";
  };
}

/** Every subordinate the rater rates, with their SKP status for the year: a table, or cards on a phone. */
export function SubordinateList({ rows }: { rows: readonly InboxRow[] }) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  const counts = order
    .map((state) => ({ state, n: rows.filter((r) => stateOf(r) === state).length }))
    .filter((c) => c.n > 0);
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h4">
        {t("team.inbox.subordinatesTitle")}
      </Title>
      {rows.length > 0 && (
        <Group gap="xs" mt={6} mb="sm">
          {counts.map(({ state, n }) => (
            <Group key={state} gap={4}>
              <SkpStatusBadge status={state} />
              <Text size="sm" fw={600}>
                {n}
              </Text>
            </Group>
          ))}
        </Group>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="inbox-subordinates" mt="xs">
          {t("team.inbox.noSubordinates")}
        </Text>
      ) : phone ? (
        <Cards rows={rows} />
      ) : (
        <Wide rows={rows} />
      )}
    </Card>
  );
}

function OpenLink({ row }: { row: InboxRow }) {
  const t = useT();
  if (!row.skp) {
    return null;
  }
  return (
    <Button
      component={Link}
      to={`/skp/${row.skp.id}`}
      size="xs"
      variant="light"
      leftSection={<IconFileText size={14} />}
      aria-label={t("team.inbox.openSkpAria", { name: row.name })}
    >
      {t("team.inbox.openSkp")}
    </Button>
  );
}

function Wide({ rows }: { rows: readonly InboxRow[] }) {
  const t = useT();
  const step = useStepText();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="inbox-subordinates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("team.inbox.employee")}</Table.Th>
            <Table.Th>{t("team.inbox.status")}</Table.Th>
            <Table.Th>{t("team.inbox.lastStep")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("team.inbox.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.employeeId}:${row.positionName}`}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {row.positionName}
                </Text>
              </Table.Td>
              <Table.Td>
                <SkpStatusBadge status={stateOf(row)} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{step(row.skp)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <OpenLink row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Cards({ rows }: { rows: readonly InboxRow[] }) {
  const step = useStepText();
  return (
    <Stack gap="xs" data-testid="inbox-subordinates">
      {rows.map((row) => (
        <Card key={`${row.employeeId}:${row.positionName}`} withBorder padding="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {row.name}
              </Text>
              <Text size="xs" c="dimmed">
                {row.positionName}
              </Text>
            </div>
            <SkpStatusBadge status={stateOf(row)} />
          </Group>
          <Group justify="space-between" mt="xs" gap="xs">
            <Text size="xs" c="dimmed">
              {step(row.skp)}
            </Text>
            <OpenLink row={row} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
