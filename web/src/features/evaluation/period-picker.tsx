import { Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { useT } from "../../i18n/i18n";

type Period = { code: string; label: string };

/** The year and the evaluation period, as chips a thumb can reach (TW1..TW4 wrap on a phone). */
export function PeriodPicker({
  years,
  year,
  periods,
  periodCode,
  onChange,
}: {
  years: number[];
  year: number;
  periods: Period[];
  periodCode: string;
  onChange: (next: { year: number; periodCode: string | null }) => void;
}) {
  const t = useT();
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t("capaian.year")}
        w={120}
        data={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        allowDeselect={false}
        onChange={(value) => value && onChange({ year: Number(value), periodCode: null })}
      />
      <Stack gap={4} style={{ minWidth: 0, maxWidth: "100%" }}>
        <Text size="sm" fw={500} id="period-picker-label">
          {t("capaian.period")}
        </Text>
        <SegmentedControl
          aria-labelledby="period-picker-label"
          data={periods.map((p) => ({ value: p.code, label: p.code }))}
          value={periodCode}
          onChange={(code) => onChange({ year, periodCode: code })}
          data-testid="period-picker"
        />
      </Stack>
    </Group>
  );
}
