import { Alert, Badge, Button, Card, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { type ReviewItem, skpApi } from "@simkin/domain";
import { IconChevronRight } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useFormatDay, useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { errorText } from "../../../lib/error-text";
import { PageHeader } from "../../../lib/page-header";
import { ScreenHelp } from "../../help/screen-help";
import { YearPicked } from "../../period/year-select";

export const reviewInboxKey = ["skp-review-inbox"] as const;

/**
 * Reviu Rencana SKP (REGULATIONS.md §6.7): the pengelola kinerja's inbox of submitted SKPs to review before the rater
 * may approve them (PP 30/2019), and the reviewed ones still waiting for their rater.
 */
export function Page() {
  const t = useT();
  return (
    <Stack>
      <PageHeader title={t("review.title")} intro={t("review.intro")} help={<ScreenHelp topic="skpReview" />} />
      <YearPicked>{(year) => <Inbox year={year} />}</YearPicked>
    </Stack>
  );
}

function Inbox({ year }: { year: number }) {
  const t = useT();
  const inbox = useQuery({
    queryKey: [...reviewInboxKey, year],
    queryFn: () => call(skpApi.reviewInbox, { query: { year } }),
  });
  if (inbox.isPending) {
    return <Loader aria-label={t("common.loading")} />;
  }
  if (inbox.error) {
    return <Alert color="red">{errorText(inbox.error)}</Alert>;
  }
  const { skpReview, waiting, reviewed } = inbox.data;
  return (
    <>
      {skpReview === "off" && (
        <Alert color="gray" data-testid="review-off">
          {t("review.off", { year })}
        </Alert>
      )}
      <Section
        title={t("review.waitingTitle")}
        empty={t("review.waitingEmpty", { year })}
        items={waiting}
        color="yellow"
        testId="review-waiting"
        primary
      />
      <Section
        title={t("review.reviewedTitle")}
        empty={t("review.reviewedEmpty")}
        items={reviewed}
        color="cyan"
        testId="review-reviewed"
        primary={false}
      />
    </>
  );
}

type SectionProps = {
  title: string;
  empty: string;
  items: ReviewItem[];
  color: string;
  testId: string;
  primary: boolean;
};

function Section({ title, empty, items, color, testId, primary }: SectionProps) {
  const t = useT();
  const formatDay = useFormatDay();
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Group gap="xs" mb="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Badge color={items.length > 0 ? color : "gray"} variant="filled" circle>
          {items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((skp) => (
            <Paper key={skp.id} withBorder p="sm" radius="md" data-testid="review-item">
              <Group justify="space-between" gap="sm">
                <div style={{ minWidth: 0, flex: "1 1 240px" }}>
                  <Text fw={600}>{skp.employeeName}</Text>
                  <Text size="sm" c="dimmed">
                    {skp.positionName}, {skp.unitName}
                  </Text>
                  <Text size="xs" c="dimmed" mt={2}>
                    {t("team.inbox.submittedOn", { date: formatDay(skp.submittedAt) })}
                    {skp.revision > 1 ? ` · ${t("team.inbox.revision", { n: skp.revision })}` : ""}
                    {" · "}
                    {skp.raterName ? t("review.rater", { name: skp.raterName }) : t("review.noRater")}
                  </Text>
                  {skp.reviewedAt && (
                    <Text size="xs" c="dimmed">
                      {t("review.reviewedBy", { date: formatDay(skp.reviewedAt), name: skp.reviewedByName ?? "–" })}
                    </Text>
                  )}
                </div>
                <Button
                  component={Link}
                  to={`/skp/${skp.id}`}
                  variant={primary ? "filled" : "light"}
                  rightSection={<IconChevronRight size={16} />}
                  // The name starts with the visible word (WCAG 2.5.3).
                  aria-label={t(primary ? "review.openAria" : "review.viewAria", { name: skp.employeeName })}
                >
                  {primary ? t("review.open") : t("review.view")}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Card>
  );
}
