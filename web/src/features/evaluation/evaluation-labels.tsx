import { Badge, Select } from "@mantine/core";
import type { EvaluationStatus, Predikat, Rating } from "@simkin/domain";
import { yearApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";

const statusColor: Record<EvaluationStatus | "belum", string> = {
  belum: "gray",
  draft: "yellow",
  ditetapkan: "blue",
  diterima: "green",
  locked: "dark",
};

export function EvaluationStatusBadge({ status }: { status: EvaluationStatus | "belum" }) {
  const t = useT();
  return (
    <Badge color={statusColor[status]} variant="light" data-testid="evaluation-status">
      {t(`evaluation.status.${status}`)}
    </Badge>
  );
}

const predikatColor: Record<Predikat, string> = {
  sangat_baik: "green",
  baik: "teal",
  butuh_perbaikan: "yellow",
  kurang: "orange",
  sangat_kurang: "red",
};

export function PredikatBadge({ predikat }: { predikat: Predikat | null }) {
  const t = useT();
  if (!predikat) {
    return null;
  }
  return (
    <Badge color={predikatColor[predikat]} size="lg" data-testid="predikat">
      {t(`evaluation.predikat.${predikat}`)}
    </Badge>
  );
}

export function useRatingLabel() {
  const t = useT();
  return (rating: Rating | null) => (rating ? t(`evaluation.rating.${rating}`) : "–");
}

/** The open and closed performance years, with their evaluation periods. */
export function useYears() {
  return useQuery({ queryKey: ["years"], queryFn: () => call(yearApi.list, {}) });
}

export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const t = useT();
  const years = useYears();
  const options = (years.data ?? []).map((y) => String(y.year));
  if (!options.includes(String(year))) {
    options.push(String(year));
  }
  options.sort((a, b) => Number(b) - Number(a));
  return (
    <Select
      label={t("evaluation.year")}
      data={options}
      value={String(year)}
      onChange={(value) => value && onChange(Number(value))}
      allowDeselect={false}
      w={120}
      data-testid="evaluation-year"
    />
  );
}
