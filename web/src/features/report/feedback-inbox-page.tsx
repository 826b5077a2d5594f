import { Alert, Anchor, Badge, Button, Card, Center, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type ReportSummary, reportApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { HelpTitle } from "../help/screen-help";
import { reportKeys } from "./report-api";
import { LateBadge, useMonthName } from "./report-labels";

const DAY_MS = 24 * 60 * 60 * 1000;

const waitingDays = (submittedAt: string | null) =>
  submittedAt ? Math.max(0, Math.floor((Date.now() - Date.parse(submittedAt)) / DAY_MS)) : 0;

/** Reports of the people I rate that wait for my feedback, oldest first. */
export function Page() {
  const t = useT();
  const inbox = useQuery({ queryKey: reportKeys.inbox, queryFn: () => call(reportApi.inbox, {}) });
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  return (
    <Stack>
      <HelpTitle topic="teamReports">{t("report.inbox.title")}</HelpTitle>
      <Text c="dimmed" size="sm">
        {t("report.inbox.intro")}
      </Text>
      {inbox.isError && (
        <Alert color="red" title={t("common.error")}>
          {errorText(inbox.error)}
        </Alert>
      )}
      {inbox.isPending && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {inbox.data?.length === 0 && (
        <Alert color="green" data-testid="inbox-empty">
          {t("report.inbox.empty")}
        </Alert>
      )}
      {inbox.data &&
        inbox.data.length > 0 &&
        (phone ? <InboxCards items={inbox.data} /> : <InboxTable items={inbox.data} />)}
    </Stack>
  );
}

function Waiting({ submittedAt }: { submittedAt: string | null }) {
  const t = useT();
  const days = waitingDays(submittedAt);
  return (
    <Badge color={days >= 7 ? "red" : days >= 3 ? "orange" : "gray"} variant="light" data-testid="waiting-days">
      {days === 0 ? t("report.inbox.today") : t("report.inbox.days", { days })}
    </Badge>
  );
}

function InboxTable({ items }: { items: ReportSummary[] }) {
  const t = useT();
  const monthName = useMonthName();
  const formatDate = useFormatDate();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" data-testid="feedback-inbox">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("report.inbox.employee")}</Table.Th>
          <Table.Th>{t("report.inbox.month")}</Table.Th>
          <Table.Th>{t("report.inbox.submitted")}</Table.Th>
          <Table.Th>{t("report.inbox.waiting")}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id} data-testid="inbox-row">
            <Table.Td>
              <Anchor component={Link} to={`/reports/${item.id}`} fw={600} size="sm">
                {item.employeeName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {item.positionName}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{`${monthName(item.month)} ${item.year}`}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap="xs">
                <Text size="sm">{formatDate(item.submittedAt)}</Text>
                {item.late && <LateBadge />}
              </Group>
            </Table.Td>
            <Table.Td>
              <Waiting submittedAt={item.submittedAt} />
            </Table.Td>
            <Table.Td ta="right">
              <Button component={Link} to={`/reports/${item.id}`} size="xs" variant="light">
                {t("report.inbox.open")}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function InboxCards({ items }: { items: ReportSummary[] }) {
  const t = useT();
  const monthName = useMonthName();
  const formatDate = useFormatDate();
  return (
    <Stack gap="sm" data-testid="feedback-inbox">
      {items.map((item) => (
        <Card key={item.id} withBorder padding="sm" data-testid="inbox-row">
          <Text fw={600}>{item.employeeName}</Text>
          <Text size="xs" c="dimmed">
            {item.positionName}
          </Text>
          <Text size="sm" mt={4}>
            {`${monthName(item.month)} ${item.year} · ${t("report.inbox.submitted")} ${formatDate(item.submittedAt)}`}
          </Text>
          <Group justify="space-between" mt="xs">
            <Group gap="xs">
              <Waiting submittedAt={item.submittedAt} />
              {item.late && <LateBadge />}
            </Group>
            <Button component={Link} to={`/reports/${item.id}`} size="xs" variant="light">
              {t("report.inbox.open")}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
