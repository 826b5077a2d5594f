import { Badge, Checkbox, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type Dialogue, dialogueApi } from "@simkin/domain";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatDate, useFormatDay, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { fullLabel } from "../../lib/full-label";
import { DialogueFormModal } from "./dialogue-form";
import { Field, RecordHeader } from "./form-fields";
import { coachingKeys, todayWib, useDialogues, useSubordinates } from "./queries";
import { RecordList } from "./record-list";

type FollowUp = Dialogue["followUps"][number];

/** Dialog Kinerja: every dialogue I may see, newest first; raters record new ones. */
export function DialogueTab({ myId, canRecord }: { myId: string; canRecord: boolean }) {
  const t = useT();
  const dialogues = useDialogues();
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <RecordList
        query={dialogues}
        canRecord={canRecord}
        texts={{
          count: (n) => t("dialogue.count", { n }),
          create: t("dialogue.create"),
          empty: t("dialogue.empty"),
          emptyRater: t("dialogue.emptyRater"),
        }}
        testId="dialogue"
        onCreate={() => setCreating(true)}
        renderRow={(d) => <DialogueCard key={d.id} dialogue={d} myId={myId} />}
      />
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
