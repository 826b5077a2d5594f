import { Paper, Text, Timeline, Title } from "@mantine/core";
import type { SkpDetail } from "@simkin/domain";
import { useFormatDate, useT } from "../../i18n/i18n";
import { eventKey } from "./skp-labels";

/** Riwayat: every step of the SKP, newest first, with who took it and their note. Times are WIB. */
export function SkpHistory({ skp }: { skp: SkpDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  const events = [...skp.events].reverse();
  return (
    <Paper withBorder p="md" data-testid="skp-history">
      <Title order={3} size="h4" mb="sm">
        {t("skp.history.title")}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("common.empty")}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={events.length}>
          {events.map((e, n) => {
            const key = eventKey(e.action);
            return (
              <Timeline.Item
                // biome-ignore lint/suspicious/noArrayIndexKey: events have no id and may repeat at the same time
                key={n}
                title={key ? t(key) : e.action}
                data-testid="skp-event"
                data-action={e.action}
              >
                <Text size="xs" c="dimmed">
                  {formatDate(e.at)} WIB · {e.actorName ?? t("skp.history.system")}
                </Text>
                {e.note && (
                  <Text size="sm" mt={2} style={{ whiteSpace: "pre-wrap" }}>
                    {e.note}
                  </Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
