import { Alert, Badge, Button, Card, Center, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { evaluationApi, wibDate } from "@simkin/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useFormatDate, useFormatDay, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { HelpTitle } from "../help/screen-help";
import { evaluationKeys, useEvaluationChanged } from "./evaluation-api";
import { EvaluationStatusBadge, PredikatBadge, useRatingLabel, YearSelect } from "./evaluation-labels";
import { PeerRequests } from "./peer-input";

type Row = Awaited<ReturnType<typeof call<typeof evaluationApi.mine>>>[number];

/** "Evaluasi Saya": each period's result, its keberatan deadline, the self-assessment; and peer input to give. */
export function Page() {
  const t = useT();
  const [year, setYear] = useState(() => Number(wibDate(new Date()).slice(0, 4)));
  const mine = useQuery({
    queryKey: evaluationKeys.mine(year),
    queryFn: () => call(evaluationApi.mine, { query: { year } }),
  });
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <HelpTitle topic="myEvaluations">{t("evaluation.mine.title")}</HelpTitle>
        <YearSelect year={year} onChange={setYear} />
      </Group>
      <Text c="dimmed" size="sm">
        {t("evaluation.mine.intro")}
      </Text>
      {mine.isError && (
        <Alert color="red" title={t("common.error")}>
          {errorText(mine.error)}
        </Alert>
      )}
      {mine.isPending && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {mine.data?.length === 0 && <Alert color="blue">{t("evaluation.mine.empty")}</Alert>}
      <Stack gap="sm" data-testid="my-evaluations">
        {mine.data?.map((row) => (
          <MyRow key={`${row.skpId}-${row.periodCode}`} row={row} />
        ))}
      </Stack>
      <Title order={3}>{t("evaluation.peer.title")}</Title>
      <Text c="dimmed" size="sm">
        {t("evaluation.peer.intro")}
      </Text>
      <PeerRequests year={year} />
    </Stack>
  );
}

function MyRow({ row }: { row: Row }) {
  const t = useT();
  const formatDate = useFormatDate();
  const formatDay = useFormatDay();
  const ratingLabel = useRatingLabel();
  const navigate = useNavigate();
  const changed = useEvaluationChanged();
  const open = useMutation({
    mutationFn: () => call(evaluationApi.open, { body: { skpId: row.skpId, periodCode: row.periodCode } }),
    onSuccess: async (detail) => {
      await changed(detail);
      navigate(`/evaluations/${detail.id}`);
    },
    onError: (error) => showApiError(error),
  });
  const delivered = row.status !== "belum" && row.status !== "draft";
  const begun = row.periodEnd.slice(0, 7) <= wibDate(new Date()).slice(0, 7) || row.evaluationId !== null;
  return (
    <Card withBorder padding="sm" data-testid="my-evaluation-row">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={4} miw={0}>
          <Group gap="xs">
            <Text fw={600}>{row.periodLabel}</Text>
            {row.isAnnual && <Badge variant="outline">{t("evaluation.annual")}</Badge>}
            <EvaluationStatusBadge status={row.status} />
            {row.selfAssessed && !delivered && (
              <Badge variant="outline" color="grape">
                {t("evaluation.self.title")}
              </Badge>
            )}
          </Group>
          {delivered && (
            <>
              <Group gap="xs">
                <PredikatBadge predikat={row.predikat} />
                <Text size="sm">
                  {t("evaluation.form.ratingHasilKerja")}: {ratingLabel(row.ratingHasilKerja)} ·{" "}
                  {t("evaluation.form.ratingPerilaku")}: {ratingLabel(row.ratingPerilaku)}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {t("evaluation.mine.received", { date: formatDay(row.receivedAt) })}
                {row.keberatanDeadline &&
                  ` · ${t("evaluation.mine.deadline", { date: formatDate(row.keberatanDeadline) })}`}
              </Text>
            </>
          )}
        </Stack>
        {row.evaluationId ? (
          <Button
            variant={row.status === "ditetapkan" ? "filled" : "light"}
            onClick={() => navigate(`/evaluations/${row.evaluationId}`)}
          >
            {t("evaluation.mine.open")}
          </Button>
        ) : (
          begun && (
            <Button variant="light" onClick={() => open.mutate()} loading={open.isPending}>
              {t("evaluation.mine.selfAssess")}
            </Button>
          )
        )}
      </Group>
    </Card>
  );
}
