import { Alert, Badge, Button, Card, Group, Loader, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { type ComplianceUnitSort, complianceApi, wibDate } from "@simkin/domain";
import { IconArrowLeft, IconLock } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { fullLabel } from "../../lib/full-label";
import { canReadMasterData, useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { SkpBatchPanel } from "../skp/skp-batch-panel";
import { defaultPeriod, useMonthName } from "./compliance-model";
import { ComplianceSummary, UnitChart } from "./compliance-summary";
import { ComplianceTable } from "./compliance-table";
import { ComplianceUnits, UNITS_PAGE_SIZE } from "./compliance-units";
import { complianceKeys } from "./queries";
import { WithoutSkpTable } from "./without-skp-table";

const YEARS_BACK = 3;

/** The chosen month lives in the address (?year=&month=), so a link shows the same month to a colleague. */
function usePeriod() {
  const [params, setParams] = useSearchParams();
  const today = wibDate(new Date());
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const fallback = defaultPeriod(new Date());
  const askedYear = Number(params.get("year"));
  const year = askedYear >= thisYear - YEARS_BACK && askedYear <= thisYear ? askedYear : fallback.year;
  const lastMonth = year === thisYear ? thisMonth : 12;
  const askedMonth = Number(params.get("month"));
  const month =
    askedMonth >= 1 && askedMonth <= lastMonth
      ? askedMonth
      : Math.min(year === fallback.year ? fallback.month : 12, lastMonth);
  const unit = params.get("unit");
  const within = params.get("within");
  // "skp": the people without an approved SKP for the year (the pengelola's task links here); else the month's reports.
  const view = params.get("view") === "skp" ? "skp" : "reports";
  const set = (next: {
    year?: number;
    month?: number;
    unit?: string | null;
    within?: string | null;
    view?: "skp" | "reports";
  }) => {
    const nextYear = next.year ?? year;
    const nextLast = nextYear === thisYear ? thisMonth : 12;
    const nextMonth = Math.min(next.month ?? month, nextLast);
    const nextUnit = next.unit === undefined ? unit : next.unit;
    const nextWithin = next.within === undefined ? within : next.within;
    setParams({
      year: String(nextYear),
      month: String(nextMonth),
      ...(nextUnit ? { unit: nextUnit } : {}),
      ...(nextWithin ? { within: nextWithin } : {}),
      ...((next.view ?? view) === "skp" ? { view: "skp" } : {}),
    });
  };
  return { year, month, lastMonth, thisYear, unit, within, view, set };
}

/**
 * Kepatuhan Laporan Bulanan: who in my scope has reported for a month, who is late, who waits for feedback. A
 * pimpinan or pengelola sees the units first and opens one unit's people (the unit is kept in the address).
 */
export function Page() {
  const t = useT();
  const monthName = useMonthName();
  const { year, month, lastMonth, thisYear, unit, within, view, set } = usePeriod();
  const [unitPage, setUnitPage] = useState(1);
  const [unitQ, setUnitQ] = useState("");
  const [unitSort, setUnitSort] = useState<ComplianceUnitSort>("name");
  const [unitName, setUnitName] = useState<string | null>(null);
  const compliance = useQuery({
    queryKey: complianceKeys.units(year, month, unitPage, unitQ, within, unitSort),
    queryFn: () =>
      call(complianceApi.units, {
        query: {
          year,
          month,
          page: unitPage,
          pageSize: UNITS_PAGE_SIZE,
          sort: unitSort,
          ...(unitQ ? { q: unitQ } : {}),
          ...(within ? { within } : {}),
        },
      }),
    placeholderData: keepPreviousData,
  });
  const forbidden = compliance.error instanceof ApiError && compliance.error.status === 403;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - i));
  const months = Array.from({ length: lastMonth }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1) }));
  const data = compliance.data;
  const me = useMe().data;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <HelpTitle topic="compliance">{t(view === "skp" ? "compliance.titleSkp" : "compliance.title")}</HelpTitle>
          <Text c="dimmed" size="sm" maw={820}>
            {t("compliance.intro")}
          </Text>
        </div>
        {data && !forbidden && (
          <Badge
            styles={fullLabel}
            size="lg"
            variant="light"
            color="grape"
            data-testid="compliance-scope"
            data-scope={data.scope}
          >
            {t("compliance.scopeLabel", {
              scope: data.coverage.within?.unitName ?? t(`compliance.scope.${data.scope}`),
            })}
          </Badge>
        )}
      </Group>
      {forbidden ? (
        <Alert
          color="orange"
          icon={<IconLock size={20} />}
          title={t("compliance.forbiddenTitle")}
          data-testid="compliance-forbidden"
        >
          {t("compliance.forbidden")}
        </Alert>
      ) : (
        <>
          <SegmentedControl
            aria-label={t("compliance.view.label")}
            data={[
              { value: "reports", label: t("compliance.view.reports") },
              { value: "skp", label: t("compliance.view.skp") },
            ]}
            value={view}
            onChange={(next) => set({ view: next === "skp" ? "skp" : "reports", unit: null })}
            w={{ base: "100%", xs: "auto" }}
            style={{ alignSelf: "flex-start" }}
            data-testid="compliance-view"
          />
          <Group gap="sm" align="flex-end">
            <Select
              label={t("compliance.year")}
              data={years}
              value={String(year)}
              onChange={(next) => next && set({ year: Number(next) })}
              allowDeselect={false}
              w={{ base: "calc(50% - 6px)", xs: 140 }}
              data-testid="compliance-year"
            />
            {view === "reports" && (
              <Select
                label={t("compliance.month")}
                data={months}
                value={String(month)}
                onChange={(next) => next && set({ month: Number(next) })}
                allowDeselect={false}
                w={{ base: "calc(50% - 6px)", xs: 200 }}
                data-testid="compliance-month"
              />
            )}
            {data && data.coverage.choices.length > 1 && (
              <Select
                label={t("compliance.coverage")}
                data={data.coverage.choices.map((c) => ({ value: c.unitId, label: c.unitName }))}
                value={data.coverage.within?.unitId ?? data.coverage.choices.at(-1)?.unitId ?? null}
                onChange={(next) => {
                  setUnitPage(1);
                  set({ within: next, unit: null });
                }}
                allowDeselect={false}
                w={{ base: "100%", xs: 320 }}
                data-testid="compliance-coverage"
              />
            )}
            {compliance.isFetching && data && <Loader size="sm" aria-label={t("common.loading")} />}
          </Group>
          {me && canReadMasterData(me) && <SkpBatchPanel year={year} />}
          {view === "skp" && <WithoutSkpTable year={year} within={within} />}
          {compliance.isPending && <Loader aria-label={t("common.loading")} />}
          {compliance.error && <Alert color="red">{errorText(compliance.error)}</Alert>}
          {view === "reports" && data && data.totals.people === 0 && (
            <Card withBorder data-testid="compliance-summary">
              <Text c="dimmed" size="sm" data-testid="compliance-table">
                {t("compliance.empty")}
              </Text>
            </Card>
          )}
          {view === "reports" && data && data.totals.people > 0 && (
            <>
              <ComplianceSummary
                counts={data.totals}
                title={t("compliance.summaryTitle", { month: monthName(month), year })}
              />
              {data.scope === "team" ? (
                <ComplianceTable
                  year={year}
                  month={month}
                  unitId={null}
                  within={within}
                  title={t("compliance.tableTitle")}
                />
              ) : unit ? (
                <>
                  <Group>
                    <Button
                      variant="subtle"
                      leftSection={<IconArrowLeft size={16} />}
                      onClick={() => set({ unit: null })}
                      data-testid="compliance-back"
                    >
                      {t("compliance.backToUnits")}
                    </Button>
                  </Group>
                  <ComplianceTable
                    key={unit}
                    year={year}
                    month={month}
                    unitId={unit}
                    within={within}
                    title={unitName ? t("compliance.unitPeopleTitle", { unit: unitName }) : t("compliance.tableTitle")}
                  />
                </>
              ) : (
                <>
                  <UnitChart units={data.items} />
                  <ComplianceUnits
                    units={data.items}
                    total={data.total}
                    page={unitPage}
                    onPage={setUnitPage}
                    sort={unitSort}
                    onSort={(sort) => {
                      setUnitSort(sort);
                      setUnitPage(1);
                    }}
                    q={unitQ}
                    onSearch={(q) => {
                      setUnitQ(q);
                      setUnitPage(1);
                    }}
                    onOpen={(u) => {
                      setUnitName(u.unitName);
                      set({ unit: u.unitId });
                    }}
                    dimmed={compliance.isPlaceholderData}
                  />
                </>
              )}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
