import { Select, Text } from "@mantine/core";
import type { OrgUnit } from "@simkin/domain";
import { useMemo } from "react";
import { useT } from "../../i18n/i18n";
import { flattenUnits } from "../org/structure/org-tree";

/** Units that sign a Perjanjian Kinerja (the kecamatan and its kelurahan) come first; every other unit follows. */
const signing = new Set<OrgUnit["kind"]>(["kecamatan", "kelurahan"]);

/**
 * The unit the page opens on: the reader's own kecamatan or kelurahan (by the unit of their position), else the
 * kecamatan, else the first kelurahan, else the first unit.
 */
export function defaultPkUnit(units: readonly OrgUnit[], ownUnitName: string | null = null): string | null {
  const flat = flattenUnits(units).map(({ unit }) => unit);
  const own = flat.find((u) => signing.has(u.kind) && u.name === ownUnitName);
  return (
    (own ?? flat.find((u) => u.kind === "kecamatan") ?? flat.find((u) => u.kind === "kelurahan") ?? flat[0])?.id ?? null
  );
}

export function PkUnitSelect({
  units,
  value,
  onChange,
}: {
  units: readonly OrgUnit[];
  value: string | null;
  onChange: (unitId: string) => void;
}) {
  const t = useT();
  const { data, depth } = useMemo(() => {
    const flat = flattenUnits(units);
    const first = flat.filter(({ unit }) => signing.has(unit.kind));
    const rest = flat.filter(({ unit }) => !signing.has(unit.kind));
    const top = (list: typeof flat) => Math.min(...list.map((e) => e.depth));
    const depths = new Map<string, number>();
    for (const list of [first, rest]) {
      const base = list.length > 0 ? top(list) : 0;
      for (const { unit, depth: d } of list) {
        depths.set(unit.id, d - base);
      }
    }
    const options = (list: typeof flat) => list.map(({ unit }) => ({ value: unit.id, label: unit.name }));
    return {
      data: [
        { group: t("planning.pk.unitsSigning"), items: options(first) },
        { group: t("planning.pk.unitsOther"), items: options(rest) },
      ].filter((g) => g.items.length > 0),
      depth: depths,
    };
  }, [units, t]);
  return (
    <Select
      label={t("planning.pk.unit")}
      data={data}
      value={value}
      onChange={(next) => {
        if (next) {
          onChange(next);
        }
      }}
      allowDeselect={false}
      searchable
      nothingFoundMessage={t("common.empty")}
      maxDropdownHeight={360}
      comboboxProps={{ width: "target" }}
      w={{ base: "100%", sm: 380 }}
      renderOption={({ option }) => (
        <Text size="sm" pl={(depth.get(option.value) ?? 0) * 14}>
          {option.label}
        </Text>
      )}
      data-testid="pk-unit-select"
    />
  );
}
