import { Alert, Badge, Button, Card, Center, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { type Task, taskUrgency, type Urgency } from "@simkin/domain";
import { IconChecks } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { useFormatDay, useI18n, useT } from "../../i18n/i18n";
import { errorText } from "../../lib/error-text";
import { useTasks } from "../../lib/tasks";
import { SkpBlockNotice } from "../skp/skp-block-notice";

/** "Maret 2026" / "March 2026", in the interface language. */
function useMonthLabel() {
  const { locale } = useI18n();
  return (year: number, month: number) =>
    new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { month: "long", year: "numeric" }).format(
      new Date(Date.UTC(year, month - 1, 15)),
    );
}

const badgeColor = { overdue: "red", due: "orange", waiting: "blue", none: "gray" } as const;

function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const t = useT();
  if (urgency.state === "none") {
    return null;
  }
  const label =
    urgency.state === "overdue"
      ? urgency.days === 0
        ? t("tasks.badge.overdueToday")
        : t("tasks.badge.overdue", { n: urgency.days })
      : urgency.state === "due"
        ? urgency.days === 0
          ? t("tasks.badge.dueToday")
          : t("tasks.badge.due", { n: urgency.days })
        : urgency.days === 0
          ? t("tasks.badge.waitingToday")
          : t("tasks.badge.waiting", { n: urgency.days });
  // Filled badges: white on a strong colour keeps the contrast of the text (WCAG AA).
  return (
    <Badge color={badgeColor[urgency.state]} variant="filled" data-testid="task-badge">
      {label}
    </Badge>
  );
}

function TaskItem({ task }: { task: Task }) {
  const t = useT();
  const formatDay = useFormatDay();
  const monthLabel = useMonthLabel();
  const urgency = taskUrgency(task, new Date());
  const vars = {
    year: task.year,
    month: task.month ? monthLabel(task.year, task.month) : "",
    person: task.person ?? "–",
    count: task.count,
    note: task.note ?? "",
  };
  return (
    <Paper withBorder p="sm" data-testid="task" data-kind={task.kind}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ flex: "1 1 16rem", minWidth: 0 }}>
          <Text fw={600} data-testid="task-title">
            {t(`tasks.kind.${task.kind}`, vars)}
          </Text>
          {task.seat && (
            <Text size="sm" c="dark.4" data-testid="task-seat">
              {t(`tasks.seat.${task.seat.acting}`, { position: task.seat.positionName })}
            </Text>
          )}
          <Group gap="xs">
            <UrgencyBadge urgency={urgency} />
            <Text size="sm" c="dark.4">
              {task.deadline
                ? t("tasks.deadline", { date: formatDay(task.deadline) })
                : task.since
                  ? t("tasks.since", { date: formatDay(task.since) })
                  : null}
            </Text>
          </Group>
          {/* An evaluation task's note (and the Format Penetapan scan's) is its period, already in the title. */}
          {task.note &&
            task.kind !== "skp_blocked" &&
            !task.kind.startsWith("evaluation_") &&
            task.kind !== "penetapan_scan_missing" && (
              <Text size="sm" c="dark.4" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} lineClamp={3}>
                {task.kind === "follow_up_due" || task.kind === "import_failed" || task.kind === "capaian_missing"
                  ? task.note
                  : t("tasks.reason", { text: task.note })}
              </Text>
            )}
          {task.block && <SkpBlockNotice block={task.block} compact />}
        </Stack>
        <Button component={Link} to={task.link} variant="light" data-testid="task-open">
          {t(`tasks.action.${task.kind}`)}
        </Button>
      </Group>
    </Paper>
  );
}

/** A long list (a Camat's month-end) shows the most urgent first and the rest on request. */
const FIRST_SHOWN = 8;

/** "Yang perlu Anda lakukan": every pending task of the person, most urgent first (issue 11). */
export function TaskList() {
  const t = useT();
  const tasks = useTasks();
  const [all, setAll] = useState(false);
  const items = tasks.data?.items ?? [];
  const shown = all ? items : items.slice(0, FIRST_SHOWN);
  return (
    <Card withBorder component="section" aria-labelledby="tasks-title">
      <Title order={3} size="h4" id="tasks-title">
        {t("tasks.title")}
      </Title>
      <Text size="sm" c="dark.4" mb="sm">
        {t("tasks.intro")}
      </Text>
      {tasks.isPending && (
        <Center p="md">
          <Loader size="sm" />
        </Center>
      )}
      {tasks.isError && (
        <Alert color="red" title={t("tasks.loadError")}>
          {errorText(tasks.error)}
        </Alert>
      )}
      {tasks.data && tasks.data.items.length === 0 && (
        <Stack align="center" gap={4} p="md" data-testid="tasks-empty">
          <IconChecks size={32} aria-hidden />
          <Text fw={600}>{t("tasks.empty")}</Text>
          <Text size="sm" c="dark.4" ta="center">
            {t("tasks.emptyHint")}
          </Text>
        </Stack>
      )}
      {tasks.data && tasks.data.items.length > 0 && (
        <Stack gap="xs" data-testid="tasks">
          {shown.map((task) => (
            <TaskItem key={task.key} task={task} />
          ))}
          {shown.length < items.length && (
            <Button variant="subtle" onClick={() => setAll(true)} data-testid="tasks-all">
              {t("tasks.showAll", { n: items.length })}
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}
