import { Code, Table, Text } from "@mantine/core";
import type { AuditEvent } from "@simkin/domain";
import { useT } from "../../i18n/i18n";
import { fieldKey } from "./audit-labels";

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

/** The rows a reader needs: the changed fields of an update, every field of a record added or removed. */
function rowsOf(before: unknown, after: unknown): string[] {
  if (isRecord(before) && isRecord(after)) {
    return changedFields(before, after).filter((key) => key !== "version" && key !== "updatedAt");
  }
  const only = isRecord(after) ? after : isRecord(before) ? before : {};
  return Object.keys(only).filter((key) => key !== "version" && key !== "id");
}

type T = ReturnType<typeof useT>;

/** A recorded value as a reader reads it: empty, yes/no, a list, a nested record in short JSON. */
function shown(value: unknown, t: T): string {
  if (value === null || value === undefined || value === "") {
    return t("audit.emptyValue");
  }
  if (typeof value === "boolean") {
    return t(value ? "audit.yes" : "audit.no");
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) {
    return value.length === 0 ? t("audit.emptyValue") : value.join(", ");
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Each changed field by its label, before and after side by side; the full data stays one click away. */
export function AuditDetail({ event }: { event: AuditEvent }) {
  const t = useT();
  const rows = rowsOf(event.before, event.after);
  const before = isRecord(event.before) ? event.before : null;
  const after = isRecord(event.after) ? event.after : null;
  return (
    <div data-testid="audit-detail" style={{ minWidth: 0 }}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("audit.noFields")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" data-testid="audit-fields">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t("audit.field")}</Table.Th>
                <Table.Th>{t("audit.before")}</Table.Th>
                <Table.Th>{t("audit.after")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((name) => {
                const key = fieldKey(name);
                return (
                  <Table.Tr key={name} data-field={name}>
                    <Table.Td fw={600}>{key ? t(key) : name}</Table.Td>
                    <Table.Td style={{ wordBreak: "break-word" }}>
                      {before ? shown(before[name], t) : t("audit.nothing")}
                    </Table.Td>
                    <Table.Td style={{ wordBreak: "break-word" }}>
                      {after ? shown(after[name], t) : t("audit.nothing")}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <details style={{ marginTop: 8 }}>
        <summary style={{ cursor: "pointer", fontSize: "var(--mantine-font-size-sm)" }}>{t("audit.rawData")}</summary>
        <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", maxHeight: 360, overflow: "auto" }}>
          {JSON.stringify({ before: event.before, after: event.after }, null, 2)}
        </Code>
      </details>
      <Text size="xs" c="dimmed" ff="monospace" mt={6}>
        {event.ip && `${t("audit.ip")} ${event.ip} · `}
        {event.subjectId} · {event.id}
      </Text>
    </div>
  );
}
