import { Alert, Badge, Button, Checkbox, Group, Loader, Paper, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type Dialogue, dialogueApi } from "@simkin/domain";
import { IconCircleCheck, IconPlus } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { DialogueFormModal } from "./dialogue-form";
import { Field, RecordHeader } from "./form-fields";
import { fullLabel, useFormatDay } from "./format";
import { coachingKeys, employeesIn, todayWib, useDialogues, useSubordinates } from "./queries";

type FollowUp = Dialogue["followUps"][number];

/** Dialog Kinerja: every dialogue I may see, newest first; raters record new ones. */
export function DialogueTab({ myId, canRecord }: { myId: string; canRecord: boolean }) {
  const t = useT();
  const dialogues = useDialogues();
  const [creating, setCreating] = useState(false);
  const [employee, setEmployee] = useState<string | null>(null);
  const list = dialogues.data ?? [];
  const employees = employeesIn(list);
  const shown = list.filter((d) => employee === null || d.employeeId === employee);
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
            {dialogues.data ? t("dialogue.count", { n: list.length }) : ""}
          </Text>
        )}
        {canRecord && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="dialogue-create">
            {t("dialogue.create")}
          </Button>
        )}
      </Group>
      {dialogues.isPending && <Loader aria-label={t("common.loading")} />}
      {dialogues.error && <Alert color="red">{dialogues.error.message}</Alert>}
      {dialogues.data && (
        <Stack gap="md" data-testid="dialogue-list">
          {shown.length === 0 ? (
            <Paper withBorder p="lg">
              <Text c="dimmed" size="sm" ta="center">
                {canRecord ? t("dialogue.emptyRater") : t("dialogue.empty")}
              </Text>
            </Paper>
          ) : (
            shown.map((d) => <DialogueCard key={d.id} dialogue={d} myId={myId} />)
          )}
        </Stack>
      )}
      {canRecord && <DialogueFormModal opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function DialogueCard({ dialogue, myId }: { dialogue: Dialogue; myId: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  const team = useSubordinates();
  // The employee and their rater (who recorded it, or who rates them today) may mark follow-ups done.
  const canComplete =
    dialogue.employeeId === myId ||
    dialogue.raterEmployeeId === myId ||
    team.subordinates.some((s) => s.employeeId === dialogue.employeeId);
  const open = dialogue.followUps.filter((f) => f.doneAt === null).length;
  return (
    <Paper withBorder p="md" radius="md" data-testid="dialogue-item">
      <Stack gap="sm">
        <RecordHeader employee={dialogue.employeeName} rater={dialogue.raterName} date={formatDate(dialogue.date)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field label={t("dialogue.topics")}>{dialogue.topics}</Field>
          <Field label={t("dialogue.agreements")} empty={t("dialogue.noAgreements")}>
            {dialogue.agreements}
          </Field>
        </SimpleGrid>
        <div>
          <Group gap="xs" mb={4}>
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              {t("dialogue.followUps")}
            </Text>
            {open > 0 && (
              <Badge styles={fullLabel} size="sm" variant="light" color="blue">
                {t("dialogue.openFollowUps", { n: open })}
              </Badge>
            )}
          </Group>
          {dialogue.followUps.length === 0 ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t("dialogue.noFollowUps")}
            </Text>
          ) : (
            <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
              {dialogue.followUps.map((f) => (
                <FollowUpItem key={f.id} followUp={f} canComplete={canComplete} />
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

function FollowUpItem({ followUp, canComplete }: { followUp: FollowUp; canComplete: boolean }) {
  const t = useT();
  const formatDate = useFormatDate();
  const formatDay = useFormatDay();
  const queryClient = useQueryClient();
  const done = followUp.doneAt !== null;
  const overdue = !done && followUp.dueDate < todayWib();
  const complete = useMutation({
    mutationFn: () => call(dialogueApi.completeFollowUp, { params: { id: followUp.id } }),
    onSuccess: async (saved) => {
      queryClient.setQueryData<Dialogue[]>(coachingKeys.dialogues, (list) =>
        list?.map((d) => (d.id === saved.id ? saved : d)),
      );
      notifications.show({ color: "green", message: t("dialogue.markedDone") });
      await queryClient.invalidateQueries({ queryKey: coachingKeys.dialogues });
    },
    onError: (error) => showApiError(error),
  });
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      radius="sm"
      bg={overdue ? "var(--mantine-color-red-light)" : done ? "var(--mantine-color-gray-light)" : undefined}
      style={overdue ? { borderColor: "var(--mantine-color-red-5)" } : undefined}
      data-testid="follow-up"
      data-overdue={overdue || undefined}
      data-done={done || undefined}
    >
      <Group justify="space-between" align="center" gap="xs" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" td={done ? "line-through" : undefined} style={{ overflowWrap: "anywhere" }}>
            {followUp.action}
          </Text>
          <Group gap={6} mt={2}>
            <Text size="xs" c={overdue ? "red.8" : "dimmed"} fw={overdue ? 600 : undefined}>
              {t("dialogue.due", { date: formatDate(followUp.dueDate) })}
            </Text>
            {overdue && (
              <Badge styles={fullLabel} size="xs" color="red" variant="filled">
                {t("dialogue.overdue")}
              </Badge>
            )}
            {done && (
              <Group gap={2}>
                <IconCircleCheck size={14} color="var(--mantine-color-teal-7)" aria-hidden />
                <Text size="xs" c="teal.8">
                  {t("dialogue.doneOn", { date: formatDay(followUp.doneAt) })}
                </Text>
              </Group>
            )}
          </Group>
        </div>
        {!done && canComplete && (
          <Checkbox
            label={t("dialogue.markDone")}
            aria-label={t("dialogue.markDoneAria", { action: followUp.action })}
            checked={complete.isPending}
            disabled={complete.isPending}
            onChange={(event) => {
              if (event.currentTarget.checked) {
                complete.mutate();
              }
            }}
            style={{ flexShrink: 0 }}
            data-testid="follow-up-done"
          />
        )}
        {!done && !canComplete && (
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {t("dialogue.notDone")}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
