import { Alert, Anchor, Card, Center, Loader, SimpleGrid, Stack, Text } from "@mantine/core";
import { type KeberatanView, keberatanApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { HelpTitle } from "../help/screen-help";
import { keberatanKeys } from "./keberatan-api";
import { periodName, predikatName, ratingName } from "./keberatan-labels";
import { KeberatanPanel } from "./keberatan-panel";

/** `/keberatan/:evaluationId`: the evaluation's result and its keberatan, opened from tasks and notifications. */
export function Page() {
  const t = useT();
  const { evaluationId = "" } = useParams();
  const view = useQuery({
    queryKey: keberatanKeys.view(evaluationId),
    queryFn: () => call(keberatanApi.view, { params: { evaluationId } }),
  });
  return (
    <Stack>
      <HelpTitle topic="keberatan">{t("keberatan.pageTitle")}</HelpTitle>
      <Anchor component={Link} to="/keberatan" size="sm">
        {t("keberatan.back")}
      </Anchor>
      {view.isError && <Alert color="red">{errorText(view.error)}</Alert>}
      {view.isPending && (
        <Center p="xl">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {view.data && <Summary view={view.data} />}
      {view.data && <KeberatanPanel evaluationId={evaluationId} actions={view.data.actions} />}
    </Stack>
  );
}

function Summary({ view }: { view: KeberatanView }) {
  const t = useT();
  const e = view.evaluation;
  const atasan = e.atasan
    ? e.atasanExternal
      ? t("keberatan.atasanExternal", { name: e.atasan.name })
      : e.atasan.name
    : e.atasanExternal
      ? t("keberatan.atasanOutside")
      : "–";
  const rows: [string, string][] = [
    [t("keberatan.employee"), e.employee ? `${e.employee.name}${e.employee.nip ? ` · ${e.employee.nip}` : ""}` : "–"],
    [t("keberatan.col.period"), periodName(e.periodCode, e.year)],
    [t("keberatan.rater"), e.rater?.name ?? "–"],
    [t("keberatan.atasan"), atasan],
    [t("keberatan.ratingHasilKerja"), ratingName(e.ratingHasilKerja)],
    [t("keberatan.ratingPerilaku"), ratingName(e.ratingPerilaku)],
    [t("keberatan.predikat"), predikatName(e.predikat)],
  ];
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-label={t("keberatan.result")}
      data-testid="keberatan-summary"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="gray.7">
              {label}
            </Text>
            <Text
              size="sm"
              fw={label === t("keberatan.predikat") ? 700 : 500}
              data-testid={label === t("keberatan.predikat") ? "summary-predikat" : undefined}
            >
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
