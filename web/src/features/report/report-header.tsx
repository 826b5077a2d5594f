import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReportDetail } from "@simkin/domain";
import { IconFileTypePdf } from "@tabler/icons-react";
import { Link } from "react-router";
import { useFormatDate, useFormatDay, useT } from "../../i18n/i18n";
import { HelpTitle } from "../help/screen-help";
import { LateBadge, ReportStatusBadge, useMonthName } from "./report-labels";

/** Title, whose report it is, where it stands, and the PDF. */
export function ReportHeader({
  detail,
  isOwner,
  isRater,
}: {
  detail: ReportDetail;
  isOwner: boolean;
  isRater: boolean;
}) {
  const t = useT();
  const back = isOwner
    ? { to: "/reports", label: t("report.back") }
    : isRater
      ? { to: "/team/reports", label: t("report.backInbox") }
      : { to: "/team/compliance", label: t("common.back") };
  const monthName = useMonthName();
  const formatDay = useFormatDay();
  const formatDate = useFormatDate();
  const readOnly = !detail.allowed.some((a) => a === "edit" || a === "give_feedback" || a === "comment");
  const fact = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Anchor component={Link} to={back.to} size="sm">
          ← {back.label}
        </Anchor>
        {readOnly && (
          <Badge variant="outline" color="gray">
            {t("report.readOnly")}
          </Badge>
        )}
      </Group>
      <Card withBorder>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <HelpTitle topic="report" fz={{ base: 22, sm: 28 }}>
              {t("report.title", { month: monthName(detail.month), year: detail.year })}
            </HelpTitle>
            <Text fw={600}>{detail.employeeName}</Text>
            <Text size="sm" c="dimmed">
              {detail.positionName}
            </Text>
          </Stack>
          <Button
            component="a"
            href={`/api/reports/${detail.id}/pdf`}
            target="_blank"
            rel="noopener noreferrer"
            variant="default"
            leftSection={<IconFileTypePdf size={16} />}
            data-testid="report-pdf"
          >
            {t("report.pdf")}
          </Button>
        </Group>
        <Group gap="xs" mt="sm">
          <ReportStatusBadge status={detail.status} testId="report-status" />
          {detail.late && <LateBadge />}
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }} mt="sm" spacing="sm">
          {fact(t("report.deadline"), formatDay(detail.deadline))}
          {fact(t("report.submittedAt"), formatDate(detail.submittedAt))}
          {fact(t("report.rater"), detail.raterName ?? "–")}
        </SimpleGrid>
      </Card>
    </Stack>
  );
}
