import { Badge, Button, Group, Paper, Stack } from "@mantine/core";
import type { Coaching } from "@simkin/domain";
import { IconCheck, IconClipboardCheck, IconClipboardList, IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { fullLabel } from "../../lib/full-label";
import { B18Modal } from "./b18-form";
import { B19Modal } from "./b19-form";
import { CoachingFormModal } from "./coaching-form";
import { Field, RecordHeader } from "./form-fields";
import { useSessions, useSubordinates } from "./queries";
import { RecordList } from "./record-list";

type Open = { form: "b18" | "b19"; id: string } | null;

/** Bimbingan Kinerja: sessions I may see, with where Format B.1.8 and B.1.9 stand; raters record new ones. */
export function CoachingTab({ myId, canRecord }: { myId: string; canRecord: boolean }) {
  const t = useT();
  const sessions = useSessions();
  const team = useSubordinates();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const current = open ? (sessions.data?.find((s) => s.id === open.id) ?? null) : null;
  // The rater of a session: who recorded it, or who rates the employee today (a new rater takes it over).
  const ratesIt = (s: Coaching) =>
    s.employeeId !== myId &&
    (s.raterEmployeeId === myId || team.subordinates.some((sub) => sub.employeeId === s.employeeId));
  return (
    <Stack>
      <RecordList
        query={sessions}
        canRecord={canRecord}
        texts={{
          count: (n) => t("coaching.count", { n }),
          create: t("coaching.create"),
          empty: t("coaching.empty"),
          emptyRater: t("coaching.emptyRater"),
        }}
        testId="coaching"
        onCreate={() => setCreating(true)}
        renderRow={(s) => (
          <SessionCard
            key={s.id}
            session={s}
            isEmployee={s.employeeId === myId}
            isRater={ratesIt(s)}
            onOpen={(form) => setOpen({ form, id: s.id })}
          />
        )}
      />
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
            {session.feedback && (
              <PdfButton href={`/api/coaching/${session.id}/b18-pdf`} label={t("coaching.b18.pdf")} testId="b18-pdf" />
            )}
            {session.evaluation && (
              <PdfButton href={`/api/coaching/${session.id}/b19-pdf`} label={t("coaching.b19.pdf")} testId="b19-pdf" />
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A filled form as the official A4 PDF (Format B.1.8/B.1.9), with its verification code. */
function PdfButton({ href, label, testId }: { href: string; label: string; testId: string }) {
  return (
    <Button
      component="a"
      href={href}
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} />}
      data-testid={testId}
    >
      {label}
    </Button>
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
