import { Badge, Button, Text, VisuallyHidden } from "@mantine/core";
import type { ComplianceRow } from "@simkin/domain";
import { IconAlertTriangle, IconFileText } from "@tabler/icons-react";
import { Link } from "react-router";
import { useFormatDay, useT } from "../../i18n/i18n";
import { fullLabel } from "../../lib/full-label";
import { hasSubmitted, isLongWait } from "./compliance-model";

/** The cells of one compliance row, shared by the wide table and the phone cards. */
const statusColor: Record<ComplianceRow["status"], string> = {
  belum: "gray",
  draft: "indigo",
  diajukan: "blue",
  perlu_revisi: "orange",
  diterima: "green",
};

export function StatusBadge({ status }: { status: ComplianceRow["status"] }) {
  const t = useT();
  return (
    <Badge
      styles={fullLabel}
      color={statusColor[status]}
      variant={status === "belum" ? "outline" : "light"}
      data-status={status}
    >
      {t(`compliance.status.${status}`)}
    </Badge>
  );
}

export function SubmittedOn({ row, inline }: { row: ComplianceRow; inline?: boolean }) {
  const formatDay = useFormatDay();
  return (
    <Text span={inline} size={inline ? "xs" : "sm"} c={inline ? "dark" : undefined}>
      {formatDay(row.submittedAt)}
    </Text>
  );
}

export function Timeliness({ row }: { row: ComplianceRow }) {
  const t = useT();
  if (row.late) {
    return (
      <Badge styles={fullLabel} color="red" variant="filled" data-testid="late-badge">
        {t("compliance.late")}
      </Badge>
    );
  }
  return hasSubmitted(row) ? (
    <Text size="sm" c="teal.8">
      {t("compliance.onTime")}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      –
    </Text>
  );
}

export function Waiting({ row }: { row: ComplianceRow }) {
  const t = useT();
  if (row.waitingFeedbackDays === null) {
    return (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  }
  const label = t("compliance.days", { n: row.waitingFeedbackDays });
  return isLongWait(row) ? (
    <Badge
      styles={fullLabel}
      color="red"
      variant="light"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      title={t("compliance.waitingLongHint")}
      data-testid="long-wait"
    >
      {label}
      <VisuallyHidden>{` · ${t("compliance.waitingLongHint")}`}</VisuallyHidden>
    </Badge>
  ) : (
    <Text size="sm">{label}</Text>
  );
}

export function ReportLink({ row }: { row: ComplianceRow }) {
  const t = useT();
  if (!row.reportId) {
    return (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  }
  return (
    <Button
      component={Link}
      to={`/reports/${row.reportId}`}
      size="compact-sm"
      variant="light"
      leftSection={<IconFileText size={14} />}
      aria-label={t("compliance.openReportAria", { name: row.employeeName })}
    >
      {t("compliance.openReport")}
    </Button>
  );
}

/** How many of the SKP's IKI the month's report has a realisation for, a kualitatif text counting too. */
export function IkiFilled({ row }: { row: ComplianceRow }) {
  const t = useT();
  if (row.reportId === null || row.ikiTotal === 0) {
    return null;
  }
  const complete = row.ikiReported >= row.ikiTotal;
  return (
    <Text size="xs" c={complete ? "teal.8" : "orange.8"} data-testid="iki-filled" title={t("compliance.col.iki")}>
      {t("compliance.ikiCount", { reported: row.ikiReported, total: row.ikiTotal })}
    </Text>
  );
}
