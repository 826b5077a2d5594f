import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Button, Card, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ComplianceUnit } from "@simkin/domain";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import type { ComplianceCounts } from "./compliance-model";

type Stat = { key: string; label: string; value: number; hint: string; color?: string };

/** The month at a glance: how many have, and have not, reported, how many late, and how many await feedback. */
export function ComplianceSummary({ counts, title }: { counts: ComplianceCounts; title: string }) {
  const t = useT();
  const percent = (n: number) => (counts.people === 0 ? 0 : Math.round((n / counts.people) * 100));
  const share = (n: number) => t("compliance.stat.percent", { percent: percent(n) });
  const stats: Stat[] = [
    { key: "total", label: t("compliance.stat.total"), value: counts.people, hint: t("compliance.stat.totalHint") },
    {
      key: "submitted",
      label: t("compliance.stat.submitted"),
      value: counts.submitted,
      hint: share(counts.submitted),
      color: "teal",
    },
    {
      key: "late",
      label: t("compliance.stat.late"),
      value: counts.late,
      hint: share(counts.late),
      color: counts.late > 0 ? "red" : undefined,
    },
    {
      key: "missing",
      label: t("compliance.stat.missing"),
      value: counts.missing,
      hint: share(counts.missing),
      color: counts.missing > 0 ? "orange" : undefined,
    },
    {
      key: "waiting",
      label: t("compliance.stat.waiting"),
      value: counts.waitingFeedback,
      hint: share(counts.waitingFeedback),
    },
  ];
  return (
    <section aria-labelledby="compliance-summary-title" data-testid="compliance-summary">
      <Title order={3} size="h4" mb="xs" id="compliance-summary-title">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {stats.map((stat) => (
          <Paper key={stat.key} withBorder p="sm" radius="md" data-stat={stat.key}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" lh={1.3}>
              {stat.label}
            </Text>
            <Text fz={28} fw={700} lh={1.2} c={stat.color} data-testid={`stat-${stat.key}`}>
              {stat.value}
            </Text>
            <Text size="xs" c="dimmed">
              {stat.hint}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

/** Long unit names lose their middle, not their end: "Seksi Pemberdayaan … Kelurahan Plaju Ulu" stays tellable apart. */
function shorten(name: string, max: number): string {
  if (name.length <= max) {
    return name;
  }
  const tail = Math.floor((max - 3) / 2);
  return `${name.slice(0, max - 3 - tail).trimEnd()} … ${name.slice(name.length - tail).trimStart()}`;
}

const CHART_UNITS = 12;

/**
 * Per unit, submitted against missing, as horizontal bars so long unit names stay readable on a phone. Units with
 * the most missing reports come first (of the page of units shown); twelve until the reader asks for all.
 */
export function UnitChart({ units: page }: { units: readonly ComplianceUnit[] }) {
  const t = useT();
  const phone = useMediaQuery("(max-width: 48em)");
  const [showAll, setShowAll] = useState(false);
  const units = page
    .map((u) => ({ unit: u.unitName, submitted: u.submitted, missing: u.people - u.submitted }))
    .sort((a, b) => b.missing - a.missing);
  if (units.length === 0) {
    return null;
  }
  const data = showAll ? units : units.slice(0, CHART_UNITS);
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
        <div>
          <Title order={3} size="h4">
            {t("compliance.chartTitle")}
          </Title>
          {units.length > 1 && (
            <Text size="xs" c="dimmed">
              {t("compliance.chartOrder")}
            </Text>
          )}
        </div>
        {units.length > CHART_UNITS && (
          <Button variant="subtle" size="compact-sm" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
            {showAll ? t("compliance.chartFewer", { n: CHART_UNITS }) : t("compliance.chartAll", { n: units.length })}
          </Button>
        )}
      </Group>
      <BarChart
        h={Math.max(140, data.length * (phone ? 46 : 40) + 70)}
        data={data}
        dataKey="unit"
        type="stacked"
        orientation="vertical"
        withLegend
        legendProps={{ verticalAlign: "bottom" }}
        gridAxis="x"
        tickLine="none"
        maxBarWidth={22}
        yAxisProps={{
          width: phone ? 120 : 260,
          interval: 0,
          tickFormatter: (value: string) => shorten(value, phone ? 28 : 44),
        }}
        xAxisProps={{ allowDecimals: false }}
        series={[
          { name: "submitted", label: t("compliance.chart.submitted"), color: "teal.6" },
          { name: "missing", label: t("compliance.chart.missing"), color: "red.5" },
        ]}
        aria-label={t("compliance.chartTitle")}
      />
    </Card>
  );
}
