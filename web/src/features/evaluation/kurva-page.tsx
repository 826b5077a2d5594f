import { Alert, Anchor, Badge, Card, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { capaianApi, type Kurva, kurvaApi } from "@simkin/domain";
import { IconArrowLeft } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { PageHeader } from "../../lib/page-header";
import { ScreenHelp } from "../help/screen-help";
import { capaianKeys, kurvaPath } from "./capaian-api";
import { usePeriodParams } from "./capaian-page";
import { KurvaChart } from "./kurva-chart";
import { KurvaEvaluations } from "./kurva-evaluations";
import { FinaliseButton } from "./kurva-finalise";
import { KurvaRules } from "./kurva-rules";
import { PeriodPicker } from "./period-picker";

/** Raters change the counts while the head watches: the kurva refreshes on focus and every half minute. */
const REFRESH_MS = 30_000;

/** Kurva Distribusi of one unit and period (?unitId=&year=&periodCode=); without a unit, the units to choose from. */
export function Page() {
  const t = useT();
  const [params] = useSearchParams();
  const unitId = params.get("unitId");
  const year = Number(params.get("year"));
  const periodCode = params.get("periodCode");
  return (
    <Stack>
      <PageHeader title={t("kurva.title")} intro={t("kurva.intro")} help={<ScreenHelp topic="kurva" />} />
      <Anchor component={Link} to="/evaluation/capaian" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t("kurva.back")}
        </Group>
      </Anchor>
      {unitId && year && periodCode ? (
        <KurvaView unitId={unitId} year={year} periodCode={periodCode} />
      ) : (
        <UnitChoice />
      )}
    </Stack>
  );
}

/** The units to choose from, for the period chosen here (the last finished one first, as on Capaian Organisasi). */
function UnitChoice() {
  const t = useT();
  const { year, periodCode, set } = usePeriodParams();
  const list = useQuery({
    queryKey: capaianKeys.list(year, periodCode, 1),
    queryFn: () => call(capaianApi.list, { query: { year: year ?? undefined, periodCode: periodCode ?? undefined } }),
    placeholderData: keepPreviousData,
  });
  if (list.isPending) {
    return <Loader />;
  }
  if (list.isError) {
    return <Alert color="red">{errorText(list.error)}</Alert>;
  }
  const data = list.data;
  return (
    <Stack gap="xs">
      <PeriodPicker
        years={data.years}
        year={year ?? data.year}
        periods={data.periods}
        periodCode={periodCode ?? data.periodCode}
        onChange={set}
      />
      <Text>{t("kurva.pickIntro")}</Text>
      {data.units.items.map((u) => (
        <Anchor
          key={u.unitId}
          component={Link}
          to={kurvaPath(u.unitId, data.year, data.periodCode)}
          // While another period loads, a link to the shown one is not followed by mistake.
          data-period={list.isPlaceholderData ? "" : data.periodCode}
        >
          {u.unitName}
        </Anchor>
      ))}
      {data.units.items.length === 0 && <Text c="dark.4">{t("capaian.empty")}</Text>}
    </Stack>
  );
}

function KurvaView({ unitId, year, periodCode }: { unitId: string; year: number; periodCode: string }) {
  const t = useT();
  const kurva = useQuery({
    queryKey: capaianKeys.kurva(unitId, year, periodCode),
    queryFn: () => call(kurvaApi.get, { query: { unitId, year, periodCode } }),
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
  });
  if (kurva.isPending) {
    return (
      <Center>
        <Loader />
      </Center>
    );
  }
  if (kurva.isError) {
    return <Alert color="red">{errorText(kurva.error)}</Alert>;
  }
  const k = kurva.data;
  return (
    <Stack>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} size="h5" ta="center" data-testid="kurva-title" style={{ overflowWrap: "anywhere" }}>
            {t("kurva.formTitle", {
              predikat: k.capaian ? t(`capaian.level.${k.capaian.capaian}`).toUpperCase() : "…",
            })}
          </Title>
          <Text ta="center" size="sm" c="dark.4">
            {t("kurva.unitPeriod", { unit: k.unit.name, period: k.period.label, year: k.year })}
          </Text>
          {!k.capaian && <Alert color="yellow">{t("kurva.noCapaian")}</Alert>}
          <KurvaChart kurva={k} />
          <Legend />
          <Text size="sm" data-testid="kurva-totals">
            {t("kurva.totals", { total: k.total, drafts: k.draftUnrated + sum(k.draftCounts) })}
          </Text>
          <Text size="xs" c="dark.4">
            {t("kurva.live")}
          </Text>
        </Stack>
      </Card>
      {k.capaian && (
        <Card withBorder padding="md">
          <KurvaRules kurva={k} />
        </Card>
      )}
      <Finalisation kurva={k} />
      {k.capaian && (
        <Anchor component={Link} to={`/evaluasi/penetapan/${k.unit.id}/${k.year}/${k.period.code}`} size="sm">
          {t("kurva.penetapanLink")}
        </Anchor>
      )}
      <KurvaEvaluations kurva={k} />
    </Stack>
  );
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function Legend() {
  const t = useT();
  const item = (color: string, label: string, dashed = false) => (
    <Group gap={6} wrap="nowrap">
      <span
        aria-hidden
        style={{
          width: 14,
          height: 14,
          display: "inline-block",
          background: dashed ? "transparent" : color,
          border: dashed ? `2px dashed ${color}` : undefined,
        }}
      />
      <Text size="xs">{label}</Text>
    </Group>
  );
  return (
    <Group gap="md" wrap="wrap" justify="center">
      {item("#1c7ed6", t("kurva.legend.set"))}
      {item("#a5d8ff", t("kurva.legend.draft"))}
      {item("#e8590c", t("kurva.legend.curve"))}
      {item("#2b8a3e", t("kurva.legend.band"), true)}
    </Group>
  );
}

function Finalisation({ kurva }: { kurva: Kurva }) {
  const t = useT();
  const formatDate = useFormatDate();
  const f = kurva.finalised;
  if (f) {
    return (
      <Alert color="teal" title={t("capaian.finalised")} data-testid="kurva-finalised">
        <Stack gap={4}>
          <Text size="sm">{t("kurva.finalised", { name: f.byName, date: formatDate(f.at) })}</Text>
          {f.justification && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {t("kurva.finalisedJustification", { text: f.justification })}
            </Text>
          )}
          {f.draftsAtFinalisation > 0 && (
            <Badge color="yellow" variant="light">
              {t("kurva.finalisedDrafts", { n: f.draftsAtFinalisation })}
            </Badge>
          )}
        </Stack>
      </Alert>
    );
  }
  return kurva.canFinalise ? (
    <Group>
      <FinaliseButton kurva={kurva} />
    </Group>
  ) : null;
}
