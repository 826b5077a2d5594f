import { Alert, Badge, Button, Card, Center, Group, Loader, Pagination, Select, Stack, Text } from "@mantine/core";
import { evaluationApi, evaluationPeriods, wibDate } from "@simkin/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { HelpTitle } from "../help/screen-help";
import { evaluationKeys, useEvaluationChanged } from "./evaluation-api";
import { EvaluationStatusBadge, PredikatBadge, useYears, YearSelect } from "./evaluation-labels";

const today = () => wibDate(new Date());

/** The last period that has begun: the one a rater works on now. */
function currentPeriod(periods: readonly { code: string; start: string }[]) {
  return [...periods].reverse().find((p) => p.start <= today())?.code ?? periods[0]?.code ?? "TW1";
}

/** The rater's "Penilaian Kinerja": subordinates for one period, not rated, draft, set or acknowledged. */
export function Page() {
  const t = useT();
  const [year, setYear] = useState(() => Number(today().slice(0, 4)));
  const years = useYears();
  const periods = years.data?.find((y) => y.year === year)?.periods ?? evaluationPeriods(year, "triwulan");
  const [chosen, setPeriod] = useState<string | null>(null);
  const period = chosen && periods.some((p) => p.code === chosen) ? chosen : currentPeriod(periods);
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: evaluationKeys.team(year, period, page),
    queryFn: () => call(evaluationApi.team, { query: { year, periodCode: period, page } }),
  });
  return (
    <Stack>
      <HelpTitle topic="evaluationTeam">{t("evaluation.team.title")}</HelpTitle>
      <Text c="dimmed" size="sm">
        {t("evaluation.team.intro")}
      </Text>
      <Group align="flex-end">
        <YearSelect
          year={year}
          onChange={(y) => {
            setYear(y);
            setPage(1);
          }}
        />
        <Select
          label={t("evaluation.period")}
          data={periods.map((p) => ({
            value: p.code,
            label: p.isAnnual ? `${p.label} (${t("evaluation.annual")})` : p.label,
          }))}
          value={period}
          onChange={(value) => {
            setPeriod(value);
            setPage(1);
          }}
          allowDeselect={false}
          w={{ base: "100%", xs: 380 }}
          data-testid="evaluation-period"
        />
      </Group>
      {list.isError && (
        <Alert color="red" title={t("common.error")}>
          {errorText(list.error)}
        </Alert>
      )}
      {list.isPending && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {list.data?.total === 0 && <Alert color="blue">{t("evaluation.team.empty")}</Alert>}
      {list.data && list.data.total > 0 && (
        <Stack gap="sm" data-testid="team-evaluations">
          <Text size="sm" c="dimmed">
            {t("evaluation.team.count", { n: list.data.total })}
          </Text>
          {list.data.items.map((row) => (
            <TeamRow key={row.skpId} row={row} periodCode={period} />
          ))}
          {list.data.total > list.data.pageSize && (
            <Pagination
              total={Math.ceil(list.data.total / list.data.pageSize)}
              value={page}
              onChange={setPage}
              aria-label={t("evaluation.team.title")}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}

type Row = Awaited<ReturnType<typeof call<typeof evaluationApi.team>>>["items"][number];

function TeamRow({ row, periodCode }: { row: Row; periodCode: string }) {
  const t = useT();
  const navigate = useNavigate();
  const changed = useEvaluationChanged();
  const open = useMutation({
    mutationFn: () => call(evaluationApi.open, { body: { skpId: row.skpId, periodCode } }),
    onSuccess: async (detail) => {
      await changed(detail);
      navigate(`/evaluations/${detail.id}`);
    },
    onError: (error) => showApiError(error),
  });
  return (
    <Card withBorder padding="sm" data-testid="team-evaluation-row">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2} miw={0}>
          <Text fw={600}>{row.employeeName}</Text>
          <Text size="sm" c="dimmed">
            {row.nip} · {row.positionName}
          </Text>
          <Group gap="xs">
            <EvaluationStatusBadge status={row.status} />
            <PredikatBadge predikat={row.predikat} />
            {row.selfAssessed && (
              <Badge variant="outline" color="grape">
                {t("evaluation.team.selfAssessed")}
              </Badge>
            )}
          </Group>
        </Stack>
        <Button
          onClick={() => (row.evaluationId ? navigate(`/evaluations/${row.evaluationId}`) : open.mutate())}
          loading={open.isPending}
          variant={row.status === "belum" || row.status === "draft" ? "filled" : "light"}
          aria-label={`${row.status === "belum" ? t("evaluation.team.rate") : t("evaluation.team.open")} ${row.employeeName}`}
        >
          {row.status === "belum" ? t("evaluation.team.rate") : t("evaluation.team.open")}
        </Button>
      </Group>
    </Card>
  );
}
