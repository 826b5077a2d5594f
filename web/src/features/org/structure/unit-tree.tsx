import { ActionIcon, Box, Group, type RenderTreeNodePayload, Text, Tree, type UseTreeReturnType } from "@mantine/core";
import type { OrgUnit } from "@simkin/domain";
import { IconChevronRight } from "@tabler/icons-react";
import type { KeyboardEvent } from "react";
import { useT } from "../../../i18n/i18n";
import { UnitKindBadge } from "./badges";

/**
 * The organisation structure as an indented, expandable tree. Arrow keys move and expand, Enter selects;
 * the chevron (pointer only) expands without selecting.
 */
export function UnitTree({
  units,
  data,
  tree,
  onSelect,
}: {
  units: readonly OrgUnit[];
  data: Parameters<typeof Tree>[0]["data"];
  tree: UseTreeReturnType;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const byId = new Map(units.map((u) => [u.id, u]));
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const value = event.target instanceof HTMLElement ? event.target.dataset.value : undefined;
    if (event.key === "Enter" && value) {
      event.preventDefault();
      onSelect(value);
    }
  };
  const renderNode = (payload: RenderTreeNodePayload) => {
    const unit = byId.get(payload.node.value);
    return unit ? <UnitNode payload={payload} unit={unit} onSelect={onSelect} /> : null;
  };
  return (
    <Tree
      data={data}
      tree={tree}
      expandOnClick={false}
      levelOffset="md"
      renderNode={renderNode}
      onKeyDown={onKeyDown}
      aria-label={t("units.tree")}
      data-testid="org-tree"
    />
  );
}

function UnitNode({
  payload,
  unit,
  onSelect,
}: {
  payload: RenderTreeNodePayload;
  unit: OrgUnit;
  onSelect: (id: string) => void;
}) {
  const { elementProps, expanded, hasChildren, selected, tree, node } = payload;
  return (
    <Group
      {...elementProps}
      onClick={(event) => {
        elementProps.onClick(event);
        onSelect(unit.id);
      }}
      gap={6}
      wrap="nowrap"
      align="flex-start"
      py={4}
      pr="xs"
      style={{
        ...elementProps.style,
        cursor: "pointer",
        borderRadius: "var(--mantine-radius-sm)",
        backgroundColor: selected ? "var(--mantine-color-blue-light)" : undefined,
      }}
      data-testid={`unit-${unit.code}`}
    >
      {hasChildren ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          tabIndex={-1}
          aria-hidden
          onClick={(event) => {
            event.stopPropagation();
            tree.toggleExpanded(node.value);
          }}
        >
          <IconChevronRight
            size={14}
            stroke={2.5}
            style={{ transform: expanded ? "rotate(90deg)" : undefined, transition: "transform 120ms" }}
          />
        </ActionIcon>
      ) : (
        <Box w={22} style={{ flexShrink: 0 }} />
      )}
      <Box style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={selected ? 700 : 500} lh={1.3}>
          {unit.name}
        </Text>
        <Group gap={6} mt={2}>
          <Text size="xs" c="dimmed" ff="monospace">
            {unit.code}
          </Text>
          <UnitKindBadge kind={unit.kind} />
        </Group>
      </Box>
    </Group>
  );
}
