import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { PkTarget } from "@simkin/domain";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";

type Props = {
  targets: readonly PkTarget[];
  onEdit?: (target: PkTarget) => void;
  onRemove?: (target: PkTarget) => void;
  onAddIndicator?: (sasaran: string) => void;
};

/** Targets grouped by sasaran, in the order they were first entered. */
export function groupBySasaran(targets: readonly PkTarget[]): { sasaran: string; items: PkTarget[] }[] {
  const groups = new Map<string, PkTarget[]>();
  for (const target of targets) {
    groups.set(target.sasaran, [...(groups.get(target.sasaran) ?? []), target]);
  }
  return [...groups].map(([sasaran, items]) => ({ sasaran, items }));
}

/** The Perjanjian Kinerja as a table (one sasaran spanning its indicators), or one card per sasaran on a phone. */
export function PkTable(props: Props) {
  const phone = useMediaQuery("(max-width: 48em)");
  return phone ? <PkCards {...props} /> : <PkWideTable {...props} />;
}

function RowActions({ target, onEdit, onRemove }: { target: PkTarget } & Pick<Props, "onEdit" | "onRemove">) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      {onEdit && (
        <Tooltip label={t("common.edit")}>
          <ActionIcon
            variant="subtle"
            aria-label={t("planning.pk.editAria", { indicator: target.indicator })}
            onClick={() => onEdit(target)}
          >
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      {onRemove && (
        <Tooltip label={t("planning.pk.remove")}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t("planning.pk.removeAria", { indicator: target.indicator })}
            onClick={() => onRemove(target)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

function AddIndicator({ sasaran, onAdd }: { sasaran: string; onAdd: (sasaran: string) => void }) {
  const t = useT();
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      leftSection={<IconPlus size={12} />}
      onClick={() => onAdd(sasaran)}
      aria-label={t("planning.pk.addIndicatorAria", { sasaran })}
    >
      {t("planning.pk.addIndicator")}
    </Button>
  );
}

function PkWideTable({ targets, onEdit, onRemove, onAddIndicator }: Props) {
  const t = useT();
  const editable = Boolean(onEdit || onRemove);
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="pk-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t("planning.pk.no")}</Table.Th>
            <Table.Th w="32%">{t("planning.pk.sasaran")}</Table.Th>
            <Table.Th>{t("planning.pk.indicator")}</Table.Th>
            <Table.Th w={110}>{t("planning.pk.target")}</Table.Th>
            <Table.Th w={130}>{t("planning.pk.satuan")}</Table.Th>
            {editable && (
              <Table.Th w={88}>
                <VisuallyHidden>{t("planning.pk.actions")}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupBySasaran(targets).map((group, g) =>
            group.items.map((target, i) => (
              <Table.Tr key={target.id} style={{ verticalAlign: "top" }}>
                {i === 0 && (
                  <>
                    <Table.Td rowSpan={group.items.length}>{g + 1}</Table.Td>
                    <Table.Td rowSpan={group.items.length}>
                      <Stack gap={4} align="flex-start">
                        <Text size="sm" fw={600}>
                          {group.sasaran}
                        </Text>
                        {onAddIndicator && <AddIndicator sasaran={group.sasaran} onAdd={onAddIndicator} />}
                      </Stack>
                    </Table.Td>
                  </>
                )}
                <Table.Td>{target.indicator}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {target.target}
                  </Text>
                </Table.Td>
                <Table.Td>{target.unit}</Table.Td>
                {editable && (
                  <Table.Td>
                    <RowActions target={target} onEdit={onEdit} onRemove={onRemove} />
                  </Table.Td>
                )}
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PkCards({ targets, onEdit, onRemove, onAddIndicator }: Props) {
  const t = useT();
  return (
    <Stack gap="sm" data-testid="pk-table">
      {groupBySasaran(targets).map((group, g) => (
        <Card key={group.sasaran} withBorder padding="sm">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Badge variant="light" circle>
              {g + 1}
            </Badge>
            <Text size="sm" fw={700}>
              {group.sasaran}
            </Text>
          </Group>
          <Stack gap="xs" mt="xs">
            {group.items.map((target) => (
              <Box key={target.id} pt="xs" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text size="xs" c="dimmed">
                      {t("planning.pk.indicator")}
                    </Text>
                    <Text size="sm">{target.indicator}</Text>
                    <Text size="sm" mt={4}>
                      {t("planning.pk.targetLabel")}{" "}
                      <Text span fw={700}>
                        {target.target}
                      </Text>{" "}
                      {target.unit}
                    </Text>
                  </div>
                  <RowActions target={target} onEdit={onEdit} onRemove={onRemove} />
                </Group>
              </Box>
            ))}
          </Stack>
          {onAddIndicator && (
            <Group mt="xs">
              <AddIndicator sasaran={group.sasaran} onAdd={onAddIndicator} />
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
