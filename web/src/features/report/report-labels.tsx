import { Badge } from "@mantine/core";
import type { ReportStatus } from "@simkin/domain";
import { useCallback } from "react";
import type { MessageKey } from "../../i18n/catalog";
import { useI18n, useT } from "../../i18n/i18n";

const statusColor: Record<ReportStatus | "none", string> = {
  none: "gray",
  draft: "indigo",
  diajukan: "blue",
  perlu_revisi: "orange",
  diterima: "green",
};

export function ReportStatusBadge({ status, testId }: { status: ReportStatus | null; testId?: string }) {
  const t = useT();
  const key = status ?? "none";
  return (
    <Badge color={statusColor[key]} variant={status ? "light" : "outline"} data-testid={testId} data-status={key}>
      {t(`report.status.${key}`)}
    </Badge>
  );
}

export function LateBadge() {
  const t = useT();
  return (
    <Badge color="red" variant="filled" data-testid="late-badge">
      {t("report.late")}
    </Badge>
  );
}

const monthKeys = [
  "report.month.1",
  "report.month.2",
  "report.month.3",
  "report.month.4",
  "report.month.5",
  "report.month.6",
  "report.month.7",
  "report.month.8",
  "report.month.9",
  "report.month.10",
  "report.month.11",
  "report.month.12",
] as const satisfies readonly MessageKey[];

export function useMonthName() {
  const t = useT();
  return useCallback(
    (month: number) => {
      const key = monthKeys[month - 1];
      return key ? t(key) : String(month);
    },
    [t],
  );
}

/** A time of day in WIB: "14.05" in Indonesian. */
export function useFormatTime() {
  const { locale } = useI18n();
  return useCallback(
    (date: Date) =>
      new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "Asia/Jakarta",
      }).format(date),
    [locale],
  );
}
