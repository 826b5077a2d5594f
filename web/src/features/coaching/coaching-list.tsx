import { Alert, Badge, Button, Group, Loader, Paper, Select, Stack, Text } from "@mantine/core";
import type { Coaching } from "@simkin/domain";
import { IconCheck, IconClipboardCheck, IconClipboardList, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { B18Modal } from "./b18-form";
import { B19Modal } from "./b19-form";
import { CoachingFormModal } from "./coaching-form";
import { Field, RecordHeader } from "./form-fields";
import { fullLabel } from "./format";
import { employeesIn, useSessions, useSubordinates } from "./queries";

type Open = { form: "b18" | "b19"; id: string } | null;

/** Bimbingan Kinerja: sessions I may see, with where Format B.1.8 and B.1.9 stand; raters record new ones. */
export function CoachingTab({ myId, canRecord }: { myId: string; canRecord: boolean }) {
  const t = useT();
  const sessions = useSessions();
  const team = useSubordinates();
  const [creating, setCreating] = useState(false);
  const [employee, setEmployee] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const list = sessions.data ?? [];
  const employees = employeesIn(list);
  const shown = list.filter((s) => employee === null || s.employeeId === employee);
  const current = open ? (list.find((s) => s.id === open.id) ?? null) : null;
  // The rater of a session: who recorded it, or who rates the employee today (a new rater takes it over).
  const ratesIt = (s: Coaching) =>
    s.employeeId !== myId &&
    (s.raterEmployeeId === myId || team.subordinates.some((sub) => sub.employeeId === s.employeeId));
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" gap="sm">
        {employees.length > 1 ? (
          <Select
            label={t("dialogues.filter.employee")}
            data={[{ value: "", label: t("dialogues.filter.all") }, ...employees]}
            value={employee ?? ""}
            onChange={(next) => setEmployee(next ? next : null)}
            allowDeselect={false}
            searchable
            w={{ base: "100%", xs: 300 }}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {sessions.data ? t("coaching.count", { n: list.length }) : ""}
          </Text>
        )}
        {canRecord && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="coaching-create">
            {t("coaching.create")}
          </Button>
        )}
      </Group>
      {sessions.isPending && <Loader aria-label={t("common.loading")} />}
      {sessions.error && <Alert color="red">{sessions.error.message}</Alert>}
      {sessions.data && (
        <Stack gap="md" data-testid="coaching-list">
          {shown.length === 0 ? (
            <Paper withBorder p="lg">
              <Text c="dimmed" size="sm" ta="center">
                {canRecord ? t("coaching.emptyRater") : t("coaching.empty")}
              </Text>
            </Paper>
          ) : (
            shown.map((s) => (
              <SessionCard
                key={s.id}
                session={s}
                isEmployee={s.employeeId === myId}
                isRater={ratesIt(s)}
                onOpen={(form) => setOpen({ form, id: s.id })}
              />
            ))
          )}
        </Stack>
      )}
      {canRecord && <CoachingFormModal opened={creating} onClose={() => setCreating(false)} />}
      <B18Modal
        session={open?.form === "b18" ? current : null}
        canAnswer={current !== null && current.employeeId === myId}
        onClose={() => setOpen(null)}
      />
      <B19Modal
        session={open?.form === "b19" ? current : null}
        canEdit={current !== null && ratesIt(current)}
        onClose={() => setOpen(null)}
      />
    </Stack>
  );
}

type CardProps = { session: Coaching; isEmployee: boolean; isRater: boolean; onOpen: (form: "b18" | "b19") => void };

function SessionCard({ session, isEmployee, isRater, onOpen }: CardProps) {
  const t = useT();
  const formatDate = useFormatDate();
  // B.1.8 is the employee's to fill; others see it once it has been filled.
  const b18Action = session.feedback ? t("coaching.b18.view") : isEmployee ? t("coaching.b18.fill") : null;
  const b19Action = isRater
    ? session.evaluation
      ? t("coaching.b19.edit")
      : t("coaching.b19.fill")
    : session.evaluation
      ? t("coaching.b19.view")
      : null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="coaching-item">
      <Stack gap="sm">
        <RecordHeader employee={session.employeeName} rater={session.raterName} date={formatDate(session.date)} />
        <Field label={t("coaching.topic")}>{session.topic}</Field>
        {session.notes.trim() && <Field label={t("coaching.notes")}>{session.notes}</Field>}
        <Group justify="space-between" align="center" gap="sm">
          <Group gap="xs">
            <FormBadge filled={session.feedback !== null} filledLabel="coaching.b18.filled" testId="b18-status" />
            <FormBadge filled={session.evaluation !== null} filledLabel="coaching.b19.filled" testId="b19-status" />
          </Group>
          <Group gap="xs">
            {b18Action && (
              <Button
                size="xs"
                variant={isEmployee && !session.feedback ? "filled" : "light"}
                leftSection={<IconClipboardList size={14} />}
                onClick={() => onOpen("b18")}
                data-testid="open-b18"
              >
                {b18Action}
              </Button>
            )}
            {b19Action && (
              <Button
                size="xs"
                variant={isRater && !session.evaluation ? "filled" : "light"}
                leftSection={<IconClipboardCheck size={14} />}
                onClick={() => onOpen("b19")}
                data-testid="open-b19"
              >
                {b19Action}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

function FormBadge({
  filled,
  filledLabel,
  testId,
}: {
  filled: boolean;
  filledLabel: "coaching.b18.filled" | "coaching.b19.filled";
  testId: string;
}) {
  const t = useT();
  const pendingLabel = filledLabel === "coaching.b18.filled" ? "coaching.b18.pending" : "coaching.b19.pending";
  return (
    <Badge
      styles={fullLabel}
      color={filled ? "teal" : "gray"}
      variant={filled ? "light" : "outline"}
      leftSection={filled ? <IconCheck size={12} aria-hidden /> : undefined}
      data-testid={testId}
      data-filled={filled}
    >
      {t(filled ? filledLabel : pendingLabel)}
    </Badge>
  );
}
