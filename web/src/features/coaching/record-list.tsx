import { Alert, Button, Group, Loader, Paper, Select, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useT } from "../../i18n/i18n";
import { errorText } from "../../lib/error-text";
import { employeesIn } from "./queries";

type Row = { id: string; employeeId: string; employeeName: string };

type RecordListProps<R extends Row> = {
  query: { data?: readonly R[] | undefined; isPending: boolean; error: Error | null };
  canRecord: boolean;
  texts: { count: (n: number) => string; create: string; empty: string; emptyRater: string };
  /** Prefix of the data-testid of the list ("-list") and of the create button ("-create"). */
  testId: string;
  onCreate: () => void;
  renderRow: (row: R) => ReactNode;
};

/** Dialogues and coaching sessions alike: a filter by employee once there are several, a create button, the cards. */
export function RecordList<R extends Row>({
  query,
  canRecord,
  texts,
  testId,
  onCreate,
  renderRow,
}: RecordListProps<R>) {
  const t = useT();
  const [employee, setEmployee] = useState<string | null>(null);
  const list = query.data ?? [];
  const employees = employeesIn(list);
  const shown = list.filter((row) => employee === null || row.employeeId === employee);
  return (
    <>
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
            {query.data ? texts.count(list.length) : ""}
          </Text>
        )}
        {canRecord && (
          <Button leftSection={<IconPlus size={16} />} onClick={onCreate} data-testid={`${testId}-create`}>
            {texts.create}
          </Button>
        )}
      </Group>
      {query.isPending && <Loader aria-label={t("common.loading")} />}
      {query.error && <Alert color="red">{errorText(query.error)}</Alert>}
      {query.data && (
        <Stack gap="md" data-testid={`${testId}-list`}>
          {shown.length === 0 ? (
            <Paper withBorder p="lg">
              <Text c="dimmed" size="sm" ta="center">
                {canRecord ? texts.emptyRater : texts.empty}
              </Text>
            </Paper>
          ) : (
            shown.map(renderRow)
          )}
        </Stack>
      )}
    </>
  );
}
