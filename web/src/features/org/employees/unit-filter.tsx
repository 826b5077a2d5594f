import { Select, Text } from "@mantine/core";
import { unitApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { employeeKeys } from "./cache";
import { unitTreeOptions } from "./unit-options";

/** Work-unit filter shown as the org tree: each unit indented under its parent. */
export function UnitFilter({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const t = useT();
  const units = useQuery({ queryKey: employeeKeys.units, queryFn: () => call(unitApi.list, {}) });
  const options = useMemo(() => unitTreeOptions(units.data ?? []), [units.data]);
  const depthOf = useMemo(() => new Map(options.map((o) => [o.value, o.depth])), [options]);
  return (
    <Select
      label={t("employees.unit")}
      placeholder={t("employees.allUnits")}
      data={options.map(({ value: v, label }) => ({ value: v, label }))}
      value={units.data ? value : null}
      onChange={onChange}
      clearable
      searchable
      disabled={units.isPending}
      comboboxProps={{ width: "target", position: "bottom-start" }}
      renderOption={({ option }) => (
        <Text size="sm" pl={(depthOf.get(option.value) ?? 0) * 14} fw={depthOf.get(option.value) === 0 ? 600 : 400}>
          {option.label}
        </Text>
      )}
    />
  );
}
