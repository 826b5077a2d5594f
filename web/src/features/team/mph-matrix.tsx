import { ActionIcon, Badge, Box, Button, Card, Group, Paper, Stack, Table, Text, Tooltip } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { MphAssignment } from "@simkin/domain";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { CSSProperties } from "react";
import { useT } from "../../i18n/i18n";

export type MatrixRhk = { id: string; text: string; kind: "utama" | "tambahan" };
export type MatrixSubordinate = { employeeId: string; name: string; positionName: string };
/** One cell: a subordinate under one of the rater's RHK (numbered from 1 as on the SKP). */
export type MatrixCell = { rhk: MatrixRhk; number: number; subordinate: MatrixSubordinate };

type Props = {
  rhk: readonly MatrixRhk[];
  subordinates: readonly MatrixSubordinate[];
  assignments: readonly MphAssignment[];
  onAdd: (cell: MatrixCell) => void;
  onRemove: (assignment: MphAssignment, cell: MatrixCell) => void;
};

/** The matrix on a wide screen; on a phone, one folding card per subordinate listing the RHK and assignments. */
export function MphMatrix(props: Props) {
  const phone = useMediaQuery("(max-width: 48em)");
  return phone ? <MatrixCards {...props} /> : <MatrixTable {...props} />;
}

function cellAssignments(assignments: readonly MphAssignment[], cell: MatrixCell) {
  return assignments.filter((a) => a.raterRhkId === cell.rhk.id && a.employeeId === cell.subordinate.employeeId);
}

function RhkHeading({ rhk, number }: { rhk: MatrixRhk; number: number }) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Group gap={6}>
        <Text size="xs" fw={700} c="blue.7">
          {t("team.mph.rhkNumber", { n: number })}
        </Text>
        {rhk.kind === "tambahan" && (
          <Badge size="xs" variant="outline">
            {t("team.mph.tambahan")}
          </Badge>
        )}
      </Group>
      <Text size="sm" fw={500}>
        {rhk.text}
      </Text>
    </Stack>
  );
}

/** The peran/hasil already given in one cell, each removable, and a button to add another. */
function Cell({ cell, assignments, onAdd, onRemove }: { cell: MatrixCell } & Omit<Props, "rhk" | "subordinates">) {
  const t = useT();
  const items = cellAssignments(assignments, cell);
  return (
    <Stack gap={6} align="stretch">
      {items.map((a) => (
        <Paper key={a.id} withBorder p={6} radius="sm" bg="blue.0">
          <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {a.text}
            </Text>
            <Tooltip label={t("team.mph.remove")}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                aria-label={t("team.mph.removeAria", { text: a.text, name: cell.subordinate.name })}
                onClick={() => onRemove(a, cell)}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
      ))}
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconPlus size={12} />}
        style={{ alignSelf: "flex-start" }}
        aria-label={t("team.mph.addAria", { name: cell.subordinate.name, n: cell.number })}
        onClick={() => onAdd(cell)}
      >
        {t("team.mph.add")}
      </Button>
    </Stack>
  );
}

const sticky: CSSProperties = {
  position: "sticky",
  left: 0,
  zIndex: 1,
  background: "var(--mantine-color-body)",
  boxShadow: "1px 0 0 var(--mantine-color-default-border)",
};

function MatrixTable({ rhk, subordinates, assignments, onAdd, onRemove }: Props) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={200 + rhk.length * 190}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="mph-matrix">
        <Table.Thead>
          <Table.Tr style={{ verticalAlign: "top" }}>
            <Table.Th w={200} style={sticky}>
              {t("team.mph.corner")}
            </Table.Th>
            {rhk.map((r, i) => (
              <Table.Th key={r.id} miw={190} bg="gray.0">
                <RhkHeading rhk={r} number={i + 1} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subordinates.map((s) => (
            <Table.Tr key={s.employeeId} style={{ verticalAlign: "top" }}>
              <Table.Th scope="row" style={sticky}>
                <Text size="sm" fw={600}>
                  {s.name}
                </Text>
                <Text size="xs" c="dimmed" fw={400}>
                  {s.positionName}
                </Text>
              </Table.Th>
              {rhk.map((r, i) => (
                <Table.Td key={r.id}>
                  <Cell
                    cell={{ rhk: r, number: i + 1, subordinate: s }}
                    assignments={assignments}
                    onAdd={onAdd}
                    onRemove={onRemove}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MatrixCards({ rhk, subordinates, assignments, onAdd, onRemove }: Props) {
  const t = useT();
  return (
    <Stack gap="sm" data-testid="mph-matrix">
      {subordinates.map((s) => {
        const count = assignments.filter((a) => a.employeeId === s.employeeId).length;
        return (
          <Card key={s.employeeId} withBorder padding="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={700}>
                  {s.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.positionName}
                </Text>
              </div>
              <Badge
                size="xs"
                variant={count > 0 ? "light" : "outline"}
                color={count > 0 ? "blue" : "gray"}
                style={{ flexShrink: 0 }}
              >
                {t("team.mph.count", { n: count })}
              </Badge>
            </Group>
            <Stack gap="sm" mt="sm">
              {rhk.map((r, i) => (
                <Box key={r.id} pt="xs" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
                  <RhkHeading rhk={r} number={i + 1} />
                  <Box mt={6}>
                    <Cell
                      cell={{ rhk: r, number: i + 1, subordinate: s }}
                      assignments={assignments}
                      onAdd={onAdd}
                      onRemove={onRemove}
                    />
                  </Box>
                </Box>
              ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
