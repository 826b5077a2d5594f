import { Alert, Badge, Button, Card, Group, List, Loader, Stack, Tabs, Text, ThemeIcon, Title } from "@mantine/core";
import { DUE_SOON_WORKING_DAYS, holidayApi, type Me, REPORT_WAITING_LONG_DAYS, wibDate, yearApi } from "@simkin/domain";
import { IconArrowRight, IconCalendarDue } from "@tabler/icons-react";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { useFormatDate, useI18n, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { useMe } from "../../lib/session";
import { currentReportDue, currentSkpDeadline, type GuideStep, guides, holidayYearsFor } from "./guide-steps";
import { canOpen, type Persona, personas, personasOf, primaryPersona } from "./persona";

type Deadlines = {
  today: string;
  year: number;
  skp: string | null;
  report: { month: number; year: number; due: string } | null;
};

/** The performance calendar's deadlines for today: the year's SKP deadline and the report being written now. */
function useDeadlines(today: string): Deadlines {
  // The same request and cache key as every year picker (features/period/years.ts).
  const years = useQuery({ queryKey: ["years"], queryFn: () => call(yearApi.list, {}) });
  const holidays = useQueries({
    queries: holidayYearsFor(today).map((year) => ({
      queryKey: ["holidays", year],
      queryFn: () => call(holidayApi.list, { query: { year } }),
    })),
  });
  const days = new Set(holidays.flatMap((h) => h.data ?? []).map((h) => h.date));
  const list = years.data ?? [];
  return {
    today,
    year: Number(today.slice(0, 4)),
    skp: currentSkpDeadline(today, list),
    report: currentReportDue(today, list, days),
  };
}

/** Panduan (issue 11): one page per persona with the year's and the month's steps, opening on the reader's own. */
export function Page() {
  const t = useT();
  const me = useMe().data;
  const deadlines = useDeadlines(wibDate(new Date()));
  const [picked, setPicked] = useState<Persona | null>(null);
  if (!me) {
    return <Loader />;
  }
  const mine = personasOf(me);
  const tab = picked ?? primaryPersona(me);
  return (
    <Stack maw={960}>
      <div>
        <Title order={2}>{t("guide.title")}</Title>
        <Text c="gray.7" size="sm">
          {t("guide.intro")}
        </Text>
      </div>
      <Tabs value={tab} onChange={(value) => setPicked(personas.find((p) => p === value) ?? null)} keepMounted={false}>
        <Tabs.List aria-label={t("guide.tabs")}>
          {personas.map((persona) => (
            <Tabs.Tab
              key={persona}
              value={persona}
              data-testid={`guide-tab-${persona}`}
              rightSection={
                mine.includes(persona) ? (
                  <Badge size="xs" variant="light">
                    {t("guide.yours")}
                  </Badge>
                ) : undefined
              }
            >
              {t(`guide.persona.${persona}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {personas.map((persona) => (
          <Tabs.Panel key={persona} value={persona} pt="md">
            <PersonaGuide me={me} persona={persona} deadlines={deadlines} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function PersonaGuide({ me, persona, deadlines }: { me: Me; persona: Persona; deadlines: Deadlines }) {
  const t = useT();
  const guide = guides[persona];
  return (
    <Stack data-testid={`guide-${persona}`}>
      <Text>{t(`guide.who.${persona}`)}</Text>
      {deadlines.skp === null && (
        <Alert color="yellow" variant="light">
          {t("guide.deadline.noYear", { year: deadlines.year })}
        </Alert>
      )}
      <StepList title={t("guide.year", { year: deadlines.year })} steps={guide.year} me={me} deadlines={deadlines} />
      <StepList title={t("guide.month")} steps={guide.month} me={me} deadlines={deadlines} />
    </Stack>
  );
}

type StepListProps = { title: string; steps: GuideStep[]; me: Me; deadlines: Deadlines };

function StepList({ title, steps, me, deadlines }: StepListProps) {
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      <List type="ordered" spacing="md" withPadding>
        {steps.map((step) => (
          <List.Item key={step.id} data-testid="guide-step" data-step={step.id}>
            <StepItem step={step} me={me} deadlines={deadlines} />
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

function StepItem({ step, me, deadlines }: { step: GuideStep; me: Me; deadlines: Deadlines }) {
  const t = useT();
  const deadline = useDeadlineText(step, deadlines);
  const vars = { workingDays: DUE_SOON_WORKING_DAYS };
  const screen = t(step.screen);
  return (
    <Stack gap={4}>
      <Text fw={600}>{t(`guide.step.${step.id}.title`)}</Text>
      <Text size="sm">{t(`guide.step.${step.id}.text`, vars)}</Text>
      {deadline && (
        <Group gap={6} wrap="nowrap">
          <ThemeIcon size="sm" variant="light" color="orange" aria-hidden>
            <IconCalendarDue size={14} />
          </ThemeIcon>
          <Text size="sm" fw={600} data-testid="guide-deadline">
            {deadline}
          </Text>
        </Group>
      )}
      {canOpen(me, step.link) ? (
        <Button
          component={Link}
          to={step.link}
          variant="light"
          size="compact-sm"
          rightSection={<IconArrowRight size={14} aria-hidden />}
          w="fit-content"
          data-testid="guide-step-link"
        >
          {t("guide.open", { screen })}
        </Button>
      ) : (
        <Text size="sm" c="gray.7">
          {t("guide.notYours", { screen })}
        </Text>
      )}
    </Stack>
  );
}

/** The deadline line of a step, or null when the step has none or its year is not open. */
function useDeadlineText(step: GuideStep, deadlines: Deadlines): string | null {
  const t = useT();
  const { locale } = useI18n();
  const formatDate = useFormatDate();
  switch (step.deadline) {
    case null:
      return null;
    case "skp": {
      if (!deadlines.skp) {
        return null;
      }
      const text = t("guide.deadline.skp", { date: formatDate(deadlines.skp) });
      return deadlines.skp < deadlines.today ? `${text} ${t("guide.deadline.passed")}` : text;
    }
    case "report_waiting":
      return t("guide.deadline.report_waiting", { days: REPORT_WAITING_LONG_DAYS });
    case "report": {
      const report = deadlines.report;
      if (!report) {
        return null;
      }
      const month = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(Date.UTC(report.year, report.month - 1, 15)));
      return t("guide.deadline.report", { month, date: formatDate(report.due) });
    }
  }
}
