import { Badge } from "@mantine/core";
import type { SkpStatus } from "@simkin/domain";
import { useT } from "../../../i18n/i18n";

/** A subordinate's SKP state for the year; null = no SKP made yet. */
export type TeamSkpState = SkpStatus | "none";

const colors: Record<TeamSkpState, string> = {
  none: "gray",
  draft: "blue",
  diajukan: "yellow",
  direviu: "cyan",
  dikembalikan: "orange",
  disetujui: "green",
  diganti: "gray",
};

export function SkpStatusBadge({ status }: { status: TeamSkpState }) {
  const t = useT();
  return (
    <Badge
      color={colors[status]}
      variant={status === "none" ? "outline" : "light"}
      style={{ flexShrink: 0, minWidth: "max-content" }}
    >
      {t(`team.status.${status}`)}
    </Badge>
  );
}
