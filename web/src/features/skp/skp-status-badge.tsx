import { Badge } from "@mantine/core";
import type { SkpStatus } from "@simkin/domain";
import { useT } from "../../i18n/i18n";
import { statusColors, statusKey } from "./skp-labels";

export function SkpStatusBadge({ status, testId }: { status: SkpStatus; testId?: string }) {
  const t = useT();
  return (
    <Badge
      color={statusColors[status]}
      variant={status === "diganti" ? "outline" : "light"}
      styles={{ label: { overflow: "visible" } }}
      data-testid={testId}
      data-status={status}
    >
      {t(statusKey(status))}
    </Badge>
  );
}
