import { Alert, Badge, Button, Card, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { skpApi } from "@simkin/domain";
import { IconAlertTriangle, IconChevronRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useFormatDay, useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { errorText } from "../../../lib/error-text";
import { PageHeader } from "../../../lib/page-header";
import { ScreenHelp } from "../../help/screen-help";
import { YearPicked } from "../../period/year-select";
import { SubordinateList } from "./subordinate-list";

export const inboxKey = ["skp-inbox"] as const;

/** Persetujuan SKP: what waits for the rater's decision, and where each subordinate's SKP stands this year. */
export function Page() {
  const t = useT();
  return (
    <Stack>
      <PageHeader title={t("team.inbox.title")} intro={t("team.inbox.intro")} help={<ScreenHelp topic="teamSkp" />} />
      <YearPicked>{(year) => <Inbox year={year} />}</YearPicked>
    </Stack>
  );
}

function Inbox({ year }: { year: number }) {
  const t = useT();
  const formatDay = useFormatDay();
  const inbox = useQuery({ queryKey: [...inboxKey, year], queryFn: () => call(skpApi.inbox, { query: { year } }) });
  if (inbox.isPending) {
    return <Loader aria-label={t("common.loading")} />;
  }
  if (inbox.error) {
    return <Alert color="red">{errorText(inbox.error)}</Alert>;
  }
  const { waiting, subordinates, myApprovedSkp, skpReview } = inbox.data;
  // Without the rater's approved RHK there is nothing to intervene: drafts and returned SKPs cannot be submitted.
  const blocked = subordinates.filter(
    (s) => s.skp === null || s.skp.status === "draft" || s.skp.status === "dikembalikan",
  ).length;
  return (
    <>
      {!myApprovedSkp && subordinates.length > 0 && (
        <Alert
          color="orange"
          variant="filled"
          icon={<IconAlertTriangle size={20} />}
          title={t("team.inbox.blockedTitle")}
          data-testid="inbox-blocked"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {blocked > 0 ? t("team.inbox.blocked", { year, n: blocked }) : t("team.inbox.blockedNone", { year })}
            </Text>
            <Button component={Link} to="/skp" size="xs" variant="white" color="orange">
              {t("team.inbox.openMySkp")}
            </Button>
          </Stack>
        </Alert>
      )}
      <Card withBorder padding="md" data-testid="inbox-waiting">
        <Group gap="xs" mb="sm">
          <Title order={3} size="h4">
            {t("team.inbox.waitingTitle")}
          </Title>
          <Badge color={waiting.length > 0 ? "yellow" : "gray"} variant="filled" circle>
            {waiting.length}
          </Badge>
        </Group>
        {waiting.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("team.inbox.waitingEmpty", { year })}
          </Text>
        ) : (
          <Stack gap="xs">
            {waiting.map((skp) => (
              <Paper key={skp.id} withBorder p="sm" radius="md">
                <Group justify="space-between" gap="sm">
                  <div style={{ minWidth: 0, flex: "1 1 240px" }}>
                    <Group gap={6}>
                      <Text fw={600}>{skp.employeeName}</Text>
                      {skpReview === "required" && skp.status === "diajukan" && (
                        <Badge color="yellow" variant="light" data-testid="inbox-awaiting-review">
                          {t("team.inbox.awaitingReview")}
                        </Badge>
                      )}
                      {skp.status === "direviu" && (
                        <Badge color="cyan" variant="light" data-testid="inbox-reviewed">
                          {t("team.inbox.reviewed")}
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {skp.positionName}
                    </Text>
                    <Text size="xs" c="dimmed" mt={2}>
                      {t("team.inbox.submittedOn", { date: formatDay(skp.submittedAt) })}
                      {skp.revision > 1 ? ` · ${t("team.inbox.revision", { n: skp.revision })}` : ""}
                    </Text>
                  </div>
                  <Button
                    component={Link}
                    to={`/skp/${skp.id}`}
                    rightSection={<IconChevronRight size={16} />}
                    aria-label={t("team.inbox.reviewAria", { name: skp.employeeName })}
                  >
                    {t("team.inbox.review")}
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Card>
      <SubordinateList rows={subordinates} />
    </>
  );
}
