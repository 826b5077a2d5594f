import { Code, SimpleGrid, Stack, Text } from "@mantine/core";
import type { AuditEvent } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Top-level fields whose value differs between before and after (both must be objects). */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) {
    return [];
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** Before and after, pretty-printed side by side (stacked on a phone). */
export function AuditDetail({ event }: { event: AuditEvent }) {
  const t = useT();
  const changed = changedFields(event.before, event.after).filter((key) => key !== "version");
  return (
    <Stack gap="xs" data-testid="audit-detail">
      {changed.length > 0 && <Text size="sm">{t("audit.changed", { fields: changed.join(", ") })}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <JsonBlock title={t("audit.before")} value={event.before} />
        <JsonBlock title={t("audit.after")} value={event.after} />
      </SimpleGrid>
      <Text size="xs" c="dimmed" ff="monospace">
        {event.ip && `${t("audit.ip")} ${event.ip} · `}
        {event.subjectType} · {event.subjectId} · {event.id}
      </Text>
    </Stack>
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const t = useT();
  const empty = value === null || value === undefined;
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        {title}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t("audit.nothing")}
        </Text>
      ) : (
        <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", maxHeight: 420, overflow: "auto" }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </div>
  );
}
