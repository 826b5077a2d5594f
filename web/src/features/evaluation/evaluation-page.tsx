import { Alert, Anchor, Badge, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type EvaluationAction, type EvaluationDetail, evaluationApi, type Party } from "@simkin/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useFormatDay, useT } from "../../i18n/i18n";
import { useActiveNav } from "../../lib/active-nav";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { EvaluationDocuments } from "./documents-panel";
import { evaluationKeys, useEvaluationChanged } from "./evaluation-api";
import { EvaluationStatusBadge, PredikatBadge, useRatingLabel } from "./evaluation-labels";
import { KeberatanPanel } from "./keberatan-panel";
import { RatingWorkspace } from "./rating-workspace";
import { SelfAssessmentSection } from "./self-assessment";

/** One evaluation: the rater's workspace, or the result as the employee and the overseers read it. */
export function Page() {
  const t = useT();
  const { id = "" } = useParams();
  const detail = useQuery({
    queryKey: evaluationKeys.detail(id),
    queryFn: () => call(evaluationApi.get, { params: { id } }),
  });
  const me = useMe();
  // Someone else's evaluation belongs to the team's list (the rater's), not to "Evaluasi Saya".
  const own = detail.data && me.data ? detail.data.employeeId === me.data.employee?.id : true;
  useActiveNav(
    own ? null : detail.data?.parties.penilai?.employeeId === me.data?.employee?.id ? "/team/evaluations" : "",
  );
  if (detail.isError) {
    return (
      <Alert color="red" title={t("common.error")}>
        {errorText(detail.error)}
      </Alert>
    );
  }
  if (!detail.data) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const e = detail.data;
  return (
    <Stack>
      <Anchor component={Link} to={own ? "/evaluations" : "/team/evaluations"} size="sm">
        ← {t("evaluation.page.back")}
      </Anchor>
      <Group gap="xs" wrap="wrap">
        <HelpTitle topic="evaluation">
          {e.parties.pegawai?.name ?? ""} · {e.periodLabel} {e.year}
        </HelpTitle>
        <EvaluationStatusBadge status={e.status} />
        {e.isAnnual && <Badge variant="outline">{t("evaluation.annual")}</Badge>}
      </Group>
      <PartiesCard e={e} />
      {e.monthsWithoutReport.length > 0 && e.status === "draft" && (
        <Alert color="yellow" data-testid="missing-months">
          {t("evaluation.page.missingMonths", { months: e.monthsWithoutReport.join(", ") })}
        </Alert>
      )}
      {e.status !== "draft" && <ResultCard e={e} />}
      {e.status !== "draft" && <KeberatanPanel evaluationId={e.id} actions={policyActions(e)} />}
      {e.status !== "draft" && <EvaluationDocuments evaluationId={e.id} actions={policyActions(e)} />}
      <SelfAssessmentSection e={e} />
      <RatingWorkspace key={`${e.id}-${e.version}`} e={e} />
    </Stack>
  );
}

/** The policy's actions on this evaluation (a colleague's peer input is not one of them). */
function policyActions(e: EvaluationDetail): EvaluationAction[] {
  return e.allowed.filter((action): action is EvaluationAction => action !== "peer_input");
}

function PartiesCard({ e }: { e: EvaluationDetail }) {
  const t = useT();
  const party = (label: string, p: Party | null, note?: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {p?.name ?? "–"}
      </Text>
      {p && (
        <Text size="xs" c="dimmed">
          {[p.nip, p.pangkat, p.position].filter(Boolean).join(" · ")}
          {note ? ` (${note})` : ""}
        </Text>
      )}
    </Stack>
  );
  return (
    <Card withBorder padding="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {party(t("evaluation.page.pegawai"), e.parties.pegawai)}
        {party(t("evaluation.page.penilai"), e.parties.penilai)}
        {party(
          t("evaluation.page.atasan"),
          e.parties.atasan,
          e.atasanExternal ? t("evaluation.page.atasanExternal") : undefined,
        )}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        {t("evaluation.page.unit", { unit: e.unitName })} ·{" "}
        {e.capaian
          ? t("evaluation.page.capaian", { capaian: t(`evaluation.capaian.${e.capaian}`) })
          : t("evaluation.page.noCapaian")}
      </Text>
    </Card>
  );
}

function ResultCard({ e }: { e: EvaluationDetail }) {
  const t = useT();
  const formatDay = useFormatDay();
  const ratingLabel = useRatingLabel();
  const changed = useEvaluationChanged();
  const acknowledge = useMutation({
    mutationFn: () => call(evaluationApi.acknowledge, { params: { id: e.id }, body: { version: e.version } }),
    onSuccess: async (detail) => {
      await changed(detail);
      notifications.show({ color: "green", message: t("evaluation.page.acknowledged") });
    },
    onError: (error) => showApiError(error),
  });
  return (
    <Card withBorder padding="md" data-testid="evaluation-result">
      <Stack gap="xs">
        <Group gap="sm">
          <Text fw={600}>{t("evaluation.page.resultTitle")}</Text>
          <PredikatBadge predikat={e.predikat} />
        </Group>
        <Text size="sm">
          {t("evaluation.form.ratingHasilKerja")}: <b>{ratingLabel(e.ratingHasilKerja)}</b> ·{" "}
          {t("evaluation.form.ratingPerilaku")}: <b>{ratingLabel(e.ratingPerilaku)}</b>
        </Text>
        <Text size="sm" c="dimmed">
          {t("evaluation.page.finalisedAt", { date: formatDay(e.finalisedAt) })}
          {e.acknowledgedAt && ` · ${t("evaluation.page.acknowledgedAt", { date: formatDay(e.acknowledgedAt) })}`}
        </Text>
        {e.allowed.includes("acknowledge") && (
          <Group>
            <Button onClick={() => acknowledge.mutate()} loading={acknowledge.isPending}>
              {t("evaluation.page.acknowledge")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
