import { Alert, Badge, Button, Card, Center, Checkbox, Group, Loader, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { isCurrentMonth, monthsInWorkOrder, reportApi, type reportMonthSchema, wibDate, yearApi } from "@simkin/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { z } from "zod";
import { useFormatDay, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { HelpTitle } from "../help/screen-help";
import { reportKeys, useReportChanged } from "./report-api";
import { LateBadge, ReportStatusBadge, useMonthName } from "./report-labels";

type ReportMonth = z.infer<typeof reportMonthSchema>;

const currentYear = () => Number(wibDate(new Date()).slice(0, 4));

export function Page() {
  const t = useT();
  const [year, setYear] = useState(currentYear);
  const months = useQuery({
    queryKey: reportKeys.mine(year),
    queryFn: () => call(reportApi.mine, { query: { year } }),
  });
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <HelpTitle topic="myReports">{t("report.mine.title")}</HelpTitle>
        <YearSelect year={year} onChange={setYear} />
      </Group>
      <Text c="dimmed" size="sm">
        {t("report.mine.intro")}
      </Text>
      {months.isError && (
        <Alert color="red" title={t("common.error")}>
          {errorText(months.error)}
        </Alert>
      )}
      {months.isPending && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {months.data && months.data.length === 0 && <NoApprovedSkp year={year} />}
      {months.data && months.data.length > 0 && (
        <Stack gap="sm" data-testid="report-months">
          {monthsInWorkOrder(months.data, wibDate(new Date())).map((row) => (
            <MonthRow key={`${row.skpId}-${row.month}`} row={row} rows={months.data} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const t = useT();
  const years = useQuery({ queryKey: ["years"], queryFn: () => call(yearApi.list, {}) });
  const options = (years.data ?? []).map((y) => ({
    value: String(y.year),
    label: t(y.status === "open" ? "report.mine.yearOpen" : "report.mine.yearClosed", { year: y.year }),
  }));
  if (!options.some((o) => o.value === String(year))) {
    options.push({ value: String(year), label: String(year) });
  }
  options.sort((a, b) => Number(b.value) - Number(a.value));
  return (
    <Select
      label={t("report.mine.year")}
      data={options}
      value={String(year)}
      onChange={(value) => value && onChange(Number(value))}
      allowDeselect={false}
      w={180}
      data-testid="year-select"
    />
  );
}

function NoApprovedSkp({ year }: { year: number }) {
  const t = useT();
  return (
    <Alert color="blue" title={t("report.mine.noSkpTitle")} data-testid="no-approved-skp">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("report.mine.noSkp", { year })}</Text>
        <Button component={Link} to="/skp" variant="light" size="xs">
          {t("report.mine.toSkp")}
        </Button>
      </Stack>
    </Alert>
  );
}

function MonthRow({ row, rows }: { row: ReportMonth; rows: ReportMonth[] }) {
  const t = useT();
  const monthName = useMonthName();
  const formatDay = useFormatDay();
  const navigate = useNavigate();
  const changed = useReportChanged();
  const previous = rows.find((r) => r.skpId === row.skpId && r.month === row.month - 1 && r.report !== null);
  const [copy, setCopy] = useState(false);
  const open = useMutation({
    mutationFn: () =>
      call(reportApi.open, { body: { year: row.year, month: row.month, copyFromLastMonth: copy && !!previous } }),
    onSuccess: async (detail) => {
      await changed(detail.id, detail);
      notifications.show({
        color: "green",
        message: t("report.mine.opened", { month: monthName(row.month), year: row.year }),
      });
      navigate(`/reports/${detail.id}`);
    },
    onError: (error) => showApiError(error),
  });
  const report = row.report;
  const current = isCurrentMonth(row, wibDate(new Date()));
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="report-month"
      data-month={row.month}
      data-current={current || undefined}
      style={current ? { borderColor: "var(--mantine-color-blue-6)", borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2} miw={190} style={{ flex: "1 1 190px" }}>
          <Group gap="xs">
            <Text fw={700}>{`${monthName(row.month)} ${row.year}`}</Text>
            {current && (
              <Badge variant="light" color="blue" data-testid="current-month">
                {t("report.mine.current")}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t("report.mine.deadline", { date: formatDay(row.deadline) })}
          </Text>
        </Stack>
        <Group gap="xs" style={{ flex: "1 1 160px" }}>
          <ReportStatusBadge status={report?.status ?? null} testId="report-month-status" />
          {row.late && <LateBadge />}
        </Group>
        {report ? (
          <Button component={Link} to={`/reports/${report.id}`} variant="light">
            {t("report.mine.open")}
          </Button>
        ) : (
          <Group gap="sm">
            {previous && (
              <Checkbox
                label={t("report.mine.copy")}
                title={t("report.mine.copyHint")}
                checked={copy}
                onChange={(event) => setCopy(event.currentTarget.checked)}
              />
            )}
            <Button onClick={() => open.mutate()} loading={open.isPending}>
              {t("report.mine.fill")}
            </Button>
          </Group>
        )}
      </Group>
    </Card>
  );
}
