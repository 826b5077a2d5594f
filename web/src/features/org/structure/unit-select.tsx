import { Select, type SelectProps, Text } from "@mantine/core";
import type { OrgUnit } from "@simkin/domain";
import { useMemo } from "react";
import { useT } from "../../../i18n/i18n";
import { flattenUnits } from "./org-tree";

/** A searchable unit picker; options are indented by depth so the hierarchy reads in a plain list. */
export function UnitSelect({
  units,
  exclude,
  ...props
}: { units: readonly OrgUnit[]; exclude?: string } & SelectProps) {
  const t = useT();
  const { data, depth } = useMemo(() => {
    const flat = flattenUnits(units).filter(({ unit }) => unit.id !== exclude);
    return {
      data: flat.map(({ unit }) => ({ value: unit.id, label: unit.name })),
      depth: new Map(flat.map(({ unit, depth }) => [unit.id, depth])),
    };
  }, [units, exclude]);
  return (
    <Select
      data={data}
      searchable
      nothingFoundMessage={t("common.empty")}
      comboboxProps={{ width: "target" }}
      maxDropdownHeight={320}
      renderOption={({ option }) => (
        <Text size="sm" pl={(depth.get(option.value) ?? 0) * 14}>
          {option.label}
        </Text>
      )}
      {...props}
    />
  );
}
