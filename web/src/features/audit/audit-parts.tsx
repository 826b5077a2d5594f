import { ActionIcon, Anchor, Badge, Text, Tooltip } from "@mantine/core";
import { type AuditEvent, idSchema } from "@simkin/domain";
import { IconFilter } from "@tabler/icons-react";
import { useCallback } from "react";
import { Link } from "react-router";
import { useI18n, useT } from "../../i18n/i18n";
import { actionKey, subjectLink, subjectTypeKey } from "./audit-labels";

/** Date and time to the second, in WIB whatever the browser's zone. */
export function useFormatTime() {
  const { locale } = useI18n();
  return useCallback(
    (iso: string) =>
      `${new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        timeZone: "Asia/Jakarta",
      }).format(new Date(iso))} WIB`,
    [locale],
  );
}

/** The action's label in the catalogue (the code only for an event older than the catalogue, and on hover). */
export function ActionLabel({ action }: { action: string }) {
  const t = useT();
  const key = actionKey(action);
  return (
    <Text size="sm" title={action} data-action={action}>
      {key ? t(key) : action}
    </Text>
  );
}

/** Who acted: the person's name and NIP when the account is an employee's, else the sign-in name, or "Sistem". */
export function Actor({ event }: { event: AuditEvent }) {
  const t = useT();
  if (!event.actorName) {
    return (
      <Text size="sm" c="dimmed">
        {t("audit.system")}
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm">{event.actorEmployeeName ?? event.actorName}</Text>
      {event.actorNip && (
        <Text size="xs" c="dimmed" ff="monospace">
          {event.actorNip}
        </Text>
      )}
    </div>
  );
}

/** The subject's type and short id, a button to filter the trail by it, and a link to its page when it has one. */
export function Subject({ event, onSubject }: { event: AuditEvent; onSubject: (id: string) => void }) {
  const t = useT();
  const typeKey = subjectTypeKey(event.subjectType);
  const link = subjectLink(event.subjectType, event.subjectId);
  const filterable = idSchema.safeParse(event.subjectId).success;
  return (
    <>
      <Badge variant="light" color="gray" size="sm">
        {typeKey ? t(typeKey) : event.subjectType}
      </Badge>
      <Text size="xs" ff="monospace" c="dimmed" title={event.subjectId} component="span" ml={6}>
        {event.subjectId.length > 12 ? `…${event.subjectId.slice(-8)}` : event.subjectId}
      </Text>
      {filterable && (
        <Tooltip label={t("audit.bySubject")}>
          <ActionIcon
            variant="subtle"
            size="sm"
            ml={4}
            aria-label={t("audit.bySubject")}
            onClick={() => onSubject(event.subjectId)}
          >
            <IconFilter size={14} />
          </ActionIcon>
        </Tooltip>
      )}
      {link && (
        <Anchor component={Link} to={link} size="xs" ml={4}>
          {t("audit.openSubject")}
        </Anchor>
      )}
    </>
  );
}
