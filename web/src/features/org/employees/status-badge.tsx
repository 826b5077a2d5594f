import { Badge } from "@mantine/core";
import type { EmploymentStatus } from "@simkin/domain";

/** PNS or PPPK; the label never truncates (Mantine's fit-content badge can round a pixel short). */
export function StatusBadge({ status }: { status: EmploymentStatus }) {
  return (
    <Badge
      variant="light"
      color={status === "pns" ? "blue" : "teal"}
      miw={56}
      styles={{ label: { overflow: "visible" } }}
    >
      {status.toUpperCase()}
    </Badge>
  );
}
