import { Select, type SelectProps, Text } from "@mantine/core";
import type { PositionWithHolders } from "@simkin/domain";
import { useMemo } from "react";
import { useT } from "../../../i18n/i18n";

/** A searchable position picker: each option shows the unit and today's holder, so namesakes can be told apart. */
export function PositionSelect({
  positions,
  exclude,
  ...props
}: { positions: readonly PositionWithHolders[]; exclude?: string } & SelectProps) {
  const t = useT();
  const { data, byId } = useMemo(() => {
    const list = positions.filter((p) => p.id !== exclude);
    return {
      data: list.map((p) => ({ value: p.id, label: `${p.name} — ${p.unitName}` })),
      byId: new Map(list.map((p) => [p.id, p])),
    };
  }, [positions, exclude]);
  return (
    <Select
      data={data}
      searchable
      limit={50}
      maxDropdownHeight={320}
      nothingFoundMessage={t("positions.empty")}
      renderOption={({ option }) => {
        const position = byId.get(option.value);
        const holders = position?.holders.map((h) => h.displayName).join(", ");
        return (
          <div>
            <Text size="sm">{position?.name ?? option.label}</Text>
            <Text size="xs" c="dimmed">
              {position?.unitName}
              {holders ? ` · ${holders}` : ""}
            </Text>
          </div>
        );
      }}
      {...props}
    />
  );
}
