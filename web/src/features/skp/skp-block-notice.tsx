import { Alert, Button, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type SkpBlock, taskApi } from "@simkin/domain";
import { IconAlertTriangle, IconBellRinging } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";

type Officer = SkpBlock["cause"];

/** "Name (position)", or the vacant position alone. */
function useOfficerText() {
  const t = useT();
  return (o: Officer) =>
    o.name ? `${o.name} (${o.positionName})` : t("skpBlock.vacantSeat", { position: o.positionName });
}

/**
 * Why the staff member's SKP waits up the cascade (issue 11): the direct rater, the real cause further up and whom to
 * ask, with "kirim pengingat" (once a day; the server refuses a second one with `reminder_already_sent`).
 */
export function SkpBlockNotice({ block, compact = false }: { block: SkpBlock; compact?: boolean }) {
  const t = useT();
  const officer = useOfficerText();
  const remind = useMutation({
    mutationFn: () => call(taskApi.remindBlocker, { body: { year: block.year } }),
    onSuccess: (result) => notifications.show({ color: "green", message: t("skpBlock.sent", { name: result.sentTo }) }),
  });
  const sameOfficer = block.rater.positionName === block.cause.positionName && block.rater.name === block.cause.name;
  const reason = t(`skpBlock.reason.${block.reason}`);
  const reminded = block.remindedToday || remind.isSuccess;
  const body = (
    <Stack gap={6}>
      <Text size="sm">{t("skpBlock.rater", { rater: officer(block.rater), year: block.year })}</Text>
      <Text size="sm" fw={600} data-testid="block-cause">
        {sameOfficer
          ? t("skpBlock.raterIsCause", { cause: officer(block.cause), reason })
          : t("skpBlock.causeAbove", { cause: officer(block.cause), reason })}
      </Text>
      <Text size="sm" data-testid="block-ask">
        {block.ask ? t("skpBlock.ask", { ask: officer(block.ask) }) : t("skpBlock.askNobody")}
      </Text>
      {!compact && (
        <Text size="sm" c="dark.6">
          {t("skpBlock.meanwhile")}
        </Text>
      )}
      {block.ask && (
        <div>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconBellRinging size={16} />}
            onClick={() => remind.mutate()}
            loading={remind.isPending}
            data-testid="send-reminder"
          >
            {t("skpBlock.remind")}
          </Button>
        </div>
      )}
      {reminded && !remind.isError && (
        <Text size="xs" c="dark.6" data-testid="reminder-sent">
          {t("skpBlock.reminded")}
        </Text>
      )}
      {remind.isError && (
        <Text size="sm" c="red" role="alert" data-testid="reminder-error">
          {errorText(remind.error)}
        </Text>
      )}
    </Stack>
  );
  if (compact) {
    return body;
  }
  return (
    <Alert color="yellow" icon={<IconAlertTriangle />} title={t("skpBlock.title")} data-testid="skp-block">
      {body}
    </Alert>
  );
}
