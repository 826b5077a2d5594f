import { Alert, Group, Paper, Select, Text, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";
import { todayWib, useSubordinates } from "./queries";

/** What a form's getInputProps hands a field. */
type InputProps = { value?: string; onChange: (value: string) => void; error?: ReactNode; onBlur?: () => void };

/** The employee a record is about: only the people I rate this year. */
export function EmployeeSelect({ value, onChange, error, onBlur }: InputProps) {
  const t = useT();
  const team = useSubordinates();
  if (!team.isPending && team.subordinates.length === 0) {
    return <Alert color="yellow">{t("coaching.form.noSubordinates", { year: team.year })}</Alert>;
  }
  const data = team.subordinates.map((s) => ({ value: s.employeeId, label: s.name, position: s.positionName }));
  const positions = new Map(data.map((d) => [d.value, d.position]));
  return (
    <Select
      label={t("coaching.form.employee")}
      placeholder={t("coaching.form.employeePlaceholder")}
      required
      searchable
      disabled={team.isPending}
      data={data.map(({ value: v, label }) => ({ value: v, label }))}
      value={value || null}
      onChange={(next) => onChange(next ?? "")}
      onBlur={onBlur}
      error={error}
      description={value ? positions.get(value) : undefined}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {positions.get(option.value)}
          </Text>
        </div>
      )}
      comboboxProps={{ withinPortal: true }}
      data-testid="employee-select"
    />
  );
}

/** The day a dialogue or session took place: a date input that stops at today (WIB). */
export function HeldOnInput({ value, onChange, error, onBlur }: InputProps) {
  const t = useT();
  return (
    <TextInput
      type="date"
      label={t("coaching.form.date")}
      required
      max={todayWib()}
      value={value ?? ""}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
      w={{ base: "100%", xs: 220 }}
      data-testid="date-input"
    />
  );
}

/** Validates a held-on date: present, and not after today. */
export function heldOnError(value: string, t: ReturnType<typeof useT>): string | null {
  if (!value) {
    return t("coaching.form.dateRequired");
  }
  return value > todayWib() ? t("coaching.form.dateFuture") : null;
}

/** A labelled block of read-only text (topics, agreements, notes), keeping the writer's line breaks. */
export function Field({ label, children, empty }: { label: string; children: string; empty?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {label}
      </Text>
      {children.trim() ? (
        <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {children}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          {empty ?? "–"}
        </Text>
      )}
    </div>
  );
}

/** Who and when: the employee's name, the rater, and the date on the right. */
export function RecordHeader({ employee, rater, date }: { employee: string; rater: string; date: string }) {
  const t = useT();
  return (
    <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
      <div style={{ minWidth: 0 }}>
        <Text fw={700}>{employee}</Text>
        <Text size="xs" c="dimmed">
          {t("dialogues.rater", { name: rater })}
        </Text>
      </div>
      <Paper withBorder px={8} py={2} radius="sm" style={{ flexShrink: 0 }}>
        <Text size="sm" fw={600}>
          {date}
        </Text>
      </Paper>
    </Group>
  );
}
