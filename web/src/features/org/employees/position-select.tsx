import { Select, Text } from "@mantine/core";
import { type PositionWithHolders, positionApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useMemo } from "react";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { employeeKeys } from "./cache";

type Props = {
  value: string | null;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  error?: ReactNode;
};

function useHoldersText() {
  const t = useT();
  return (position: PositionWithHolders | undefined) => {
    if (!position) {
      return undefined;
    }
    if (position.holders.length === 0) {
      return t("employees.placements.vacant");
    }
    const names = position.holders.map((h) =>
      h.kind === "definitif" ? h.displayName : `${h.displayName} (${t(`placement.${h.kind}`)})`,
    );
    return t("employees.placements.holders", { names: names.join(", ") });
  };
}

/** Every position as "name — unit", with who holds it now, so the administrator sees a seat is taken. */
export function PositionSelect({ value, onChange, onBlur, error }: Props) {
  const t = useT();
  const holdersText = useHoldersText();
  const positions = useQuery({
    queryKey: employeeKeys.positions,
    queryFn: () => call(positionApi.list, { query: {} }),
  });
  const byId = useMemo(() => new Map((positions.data ?? []).map((p) => [p.id, p])), [positions.data]);
  const data = (positions.data ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.unitName}` }));
  return (
    <Select
      label={t("employees.placements.position")}
      placeholder={t("employees.placements.positionPlaceholder")}
      required
      searchable
      data={data}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      disabled={positions.isPending}
      nothingFoundMessage={t("employees.placements.noPositions")}
      description={value ? holdersText(byId.get(value)) : undefined}
      maxDropdownHeight={320}
      data-testid="position-select"
      renderOption={({ option }) => {
        const position = byId.get(option.value);
        return (
          <div>
            <Text size="sm">{position?.name ?? option.label}</Text>
            <Text size="xs" c="dimmed">
              {position?.unitName} · {holdersText(position)}
            </Text>
          </div>
        );
      }}
    />
  );
}
