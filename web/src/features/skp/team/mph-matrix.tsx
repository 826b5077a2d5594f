import { ActionIcon, Badge, Box, Button, Card, Group, Paper, Stack, Table, Text, Tooltip } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type MphAssignment, type MphColumn, type MphRhk, mphCell, mphColumns } from "@simkin/domain";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import type { CSSProperties } from "react";
import { useT } from "../../../i18n/i18n";

export type MatrixSubordinate = { employeeId: string; name: string; positionName: string };
/** One cell: a subordinate under one of the leader's IKI (numbered "1.2" as on the leader's SKP). */
export type MatrixCell = { column: MphColumn; subordinate: MatrixSubordinate };

type Props = {
  rhk: MphRhk[];
  subordinates: readonly MatrixSubordinate[];
  assignments: readonly MphAssignment[];
  onAdd: (cell: MatrixCell) => void;
  onEdit: (assignment: MphAssignment, cell: MatrixCell) => void;
  onRemove: (assignment: MphAssignment, cell: MatrixCell) => void;
};

/** The matrix on a wide screen; on a phone, one card per subordinate listing the IKI and assignments. */
export function MphMatrix(props: Props) {
  const phone = useMediaQuery("(max-width: 48em)");
  return phone ? <MatrixCards {...props} /> : <MatrixTable {...props} />;
}

function RhkHeading({ rhk, number }: { rhk: MphRhk; number: number }) {
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

function IkiHeading({ column }: { column: MphColumn }) {
  const t = useT();
  const target = [column.iki.target, column.iki.unit].filter(Boolean).join(" ");
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700} c="teal.8">
        {t("team.mph.ikiNumber", { n: column.ikiNo })}
      </Text>
      <Text size="sm">{column.iki.indicator}</Text>
      {target && (
        <Text size="xs" c="dimmed">
          {t("team.mph.target", { target })}
        </Text>
      )}
    </Stack>
  );
}

/** The peran/hasil already given in one cell, each editable and removable, and a button to add another. */
function Cell({
  cell,
  assignments,
  onAdd,
  onEdit,
  onRemove,
}: { cell: MatrixCell } & Omit<Props, "rhk" | "subordinates">) {
  const t = useT();
  const items = mphCell(assignments, cell.subordinate.employeeId, cell.column.iki.id);
  const where = { name: cell.subordinate.name, n: cell.column.ikiNo };
  return (
    <Stack gap={6} align="stretch" data-testid="mph-cell" data-iki={cell.column.ikiNo}>
      {items.map((a) => (
        <Paper key={a.id} withBorder p={6} radius="sm" bg="blue.0" data-testid="mph-assignment">
          <Group gap={2} wrap="nowrap" align="flex-start" justify="space-between">
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {a.text}
            </Text>
            <Group gap={0} wrap="nowrap">
              <Tooltip label={t("team.mph.edit")}>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={t("team.mph.editAria", { text: a.text, name: cell.subordinate.name })}
                  onClick={() => onEdit(a, cell)}
                >
                  <IconPencil size={14} />
                </ActionIcon>
              </Tooltip>
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
          </Group>
        </Paper>
      ))}
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconPlus size={12} />}
        style={{ alignSelf: "flex-start" }}
        aria-label={t("team.mph.addAria", where)}
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

function MatrixTable({ rhk, subordinates, ...cellProps }: Props) {
  const t = useT();
  const { groups, columns } = mphColumns(rhk);
  return (
    <Table.ScrollContainer minWidth={200 + columns.length * 180}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="mph-matrix">
        <Table.Thead>
          <Table.Tr style={{ verticalAlign: "top" }}>
            <Table.Th w={200} rowSpan={2} style={sticky}>
              {t("team.mph.corner")}
            </Table.Th>
            {groups.map((g) => (
              <Table.Th key={g.rhk.id} colSpan={g.span} scope="colgroup" bg="gray.1">
                <RhkHeading rhk={g.rhk} number={g.rhkNo} />
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr style={{ verticalAlign: "top" }}>
            {columns.map((c) => (
              <Table.Th key={c.iki.id} miw={180} scope="col" bg="gray.0" data-testid="mph-iki">
                <IkiHeading column={c} />
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
              {columns.map((c) => (
                <Table.Td key={c.iki.id}>
                  <Cell cell={{ column: c, subordinate: s }} {...cellProps} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MatrixCards({ rhk, subordinates, ...cellProps }: Props) {
  const t = useT();
  const { groups, columns } = mphColumns(rhk);
  return (
    <Stack gap="sm" data-testid="mph-matrix">
      {subordinates.map((s) => {
        const count = cellProps.assignments.filter((a) => a.employeeId === s.employeeId).length;
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
              {groups.map((g) => (
                <Box key={g.rhk.id} pt="xs" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
                  <RhkHeading rhk={g.rhk} number={g.rhkNo} />
                  <Stack gap="xs" mt={6} pl="sm" style={{ borderLeft: "2px solid var(--mantine-color-teal-2)" }}>
                    {columns
                      .filter((c) => c.rhk.id === g.rhk.id)
                      .map((c) => (
                        <Box key={c.iki.id}>
                          <IkiHeading column={c} />
                          <Box mt={4}>
                            <Cell cell={{ column: c, subordinate: s }} {...cellProps} />
                          </Box>
                        </Box>
                      ))}
                  </Stack>
                </Box>
              ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
