import { Alert, Loader, Select } from "@mantine/core";
import type { YearWithPeriods } from "@simkin/domain";
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";
import { errorText } from "../../lib/error-text";
import { useYearParam, useYears } from "./years";

/** Picks one opened performance year; closed years stay selectable for reading. */
export function YearSelect({
  years,
  value,
  onChange,
}: {
  years: readonly YearWithPeriods[];
  value: number;
  onChange: (year: number) => void;
}) {
  const t = useT();
  const data = years.map((y) => ({
    value: String(y.year),
    label: y.status === "closed" ? t("planning.yearSelect.closed", { year: y.year }) : String(y.year),
  }));
  return (
    <Select
      label={t("planning.yearSelect.label")}
      data={data}
      value={String(value)}
      onChange={(next) => {
        if (next) {
          onChange(Number(next));
        }
      }}
      allowDeselect={false}
      w={{ base: "100%", xs: 200 }}
      data-testid="year-select"
    />
  );
}

/**
 * Loads the performance years and hands the chosen one (?year= in the address, default this year) to its children;
 * explains when no year has been opened yet.
 */
export function WithYear({
  children,
}: {
  children: (props: { years: YearWithPeriods[]; year: number; setYear: (year: number) => void }) => ReactNode;
}) {
  const t = useT();
  const years = useYears();
  if (years.isPending) {
    return <Loader aria-label={t("common.loading")} />;
  }
  if (years.error) {
    return <Alert color="red">{errorText(years.error)}</Alert>;
  }
  if (years.data.length === 0) {
    return <Alert color="yellow">{t("planning.yearSelect.none")}</Alert>;
  }
  return <ChosenYear years={years.data}>{children}</ChosenYear>;
}

/** The year picker above what the page shows for the chosen year (inboxes, the MPH). */
export function YearPicked({ children }: { children: (year: number) => ReactNode }) {
  return (
    <WithYear>
      {({ years, year, setYear }) => (
        <>
          <YearSelect years={years} value={year} onChange={setYear} />
          {children(year)}
        </>
      )}
    </WithYear>
  );
}

function ChosenYear({
  years,
  children,
}: {
  years: YearWithPeriods[];
  children: (props: { years: YearWithPeriods[]; year: number; setYear: (year: number) => void }) => ReactNode;
}) {
  const [year, setYear] = useYearParam(years);
  return <>{children({ years, year, setYear })}</>;
}
