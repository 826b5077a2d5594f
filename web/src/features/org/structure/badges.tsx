import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import type { PositionWithHolders, UnitKind } from "@simkin/domain";
import { Link } from "react-router";
import { useT } from "../../../i18n/i18n";

const unitKindColor: Record<UnitKind, string> = {
  pemerintah_daerah: "indigo",
  perangkat_daerah: "violet",
  kecamatan: "blue",
  sekretariat: "teal",
  subbagian: "cyan",
  seksi: "green",
  kelurahan: "orange",
};

export function UnitKindBadge({ kind }: { kind: UnitKind }) {
  const t = useT();
  return (
    <Badge size="xs" variant="light" color={unitKindColor[kind]} style={{ flexShrink: 0 }}>
      {t(`unitKind.${kind}`)}
    </Badge>
  );
}

/** Who holds a position today, with Plt/Plh marked; links to each employee. */
export function Holders({ position }: { position: PositionWithHolders }) {
  const t = useT();
  const { holders } = position;
  if (holders.length === 0) {
    // The kepala daerah is elected, not placed: the seat is never "vacant" in the personnel data.
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {position.kind === "kepala_daerah" ? t("officer.elected") : t("positions.vacant")}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {holders.map((h) => (
        <Group key={`${h.employeeId}-${h.kind}`} gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/admin/employees/${h.employeeId}`} size="sm">
            {h.displayName}
          </Anchor>
          {h.kind !== "definitif" && (
            <Badge size="xs" color="orange" style={{ flexShrink: 0 }}>
              {t(`placement.${h.kind}`)}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}
