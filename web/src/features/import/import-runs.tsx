import { Badge, Button, Card, Group, Pagination, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { employeeImportApi, type ImportRun, isOpenFailure } from "@simkin/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { catalog } from "../../i18n/catalog";
import { currentLocale, useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { fullLabel } from "../../lib/full-label";
import { tasksKey } from "../../lib/tasks";

const PAGE_SIZE = 10;
const statusColor = { imported: "green", invalid: "red", unreadable: "orange" } as const;

/** Why a file was refused, in the interface language (the catalogue's `error.<code>`). */
function codeText(code: string): string {
  const messages: Readonly<Record<string, string>> = catalog[currentLocale()];
  return messages[`error.${code}`] ?? code;
}

/** The cache of the runs list; an upload, failed or not, refreshes it. */
export const importRunsKey = ["employee-imports", "runs"] as const;

/** "Riwayat impor": the recent uploads, newest first; the runner of a failed one marks it dealt with here. */
export function ImportRuns() {
  const t = useT();
  const [page, setPage] = useState(1);
  const runs = useQuery({
    queryKey: [...importRunsKey, page],
    queryFn: () => call(employeeImportApi.runs, { query: { page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const data = runs.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <Card withBorder component="section" aria-labelledby="import-runs-title" data-testid="import-runs">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="import-runs-title">
            {t("import.runs.title")}
          </Title>
          <Text size="sm" c="dark.4">
            {t("import.runs.intro")}
          </Text>
        </div>
        {runs.error && (
          <Text c="red" size="sm" role="alert">
            {errorText(runs.error)}
          </Text>
        )}
        {data && data.items.length === 0 && (
          <Text size="sm" c="dark.4">
            {t("import.runs.empty")}
          </Text>
        )}
        {data?.items.map((run) => (
          <RunItem key={run.id} run={run} />
        ))}
        {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
      </Stack>
    </Card>
  );
}

function RunItem({ run }: { run: ImportRun }) {
  const t = useT();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const dismiss = useMutation({
    mutationFn: () => call(employeeImportApi.dismissRun, { params: { id: run.id }, body: { version: run.version } }),
    onSuccess: async () => {
      notifications.show({ color: "green", message: t("import.runs.dismissedToast") });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: importRunsKey }),
        queryClient.invalidateQueries({ queryKey: tasksKey }),
      ]);
    },
    onError: async (error) => {
      notifications.show({ color: "red", message: errorText(error) });
      await queryClient.invalidateQueries({ queryKey: importRunsKey });
    },
  });
  return (
    <Paper withBorder p="sm" data-testid="import-run" data-status={run.status}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ flex: "1 1 18rem", minWidth: 0 }}>
          <Group gap="xs">
            <Badge styles={fullLabel} color={statusColor[run.status]} variant="light">
              {t(`import.runs.status.${run.status}`)}
            </Badge>
            {run.status !== "imported" && run.dismissedAt && (
              <Badge styles={fullLabel} color="gray" variant="light">
                {t("import.runs.dismissed")}
              </Badge>
            )}
          </Group>
          <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
            {run.fileName}
          </Text>
          <Text size="sm" c="dark.4">
            {`${formatDate(run.createdAt)} · ${run.ranBy}`}
          </Text>
          {run.rowsTotal > 0 && (
            <Text size="sm" c="dark.4">
              {t("import.runs.rowsValue", { ok: run.rowsOk, failed: run.rowsFailed, total: run.rowsTotal })}
            </Text>
          )}
          {run.errorCode && run.errors.length === 0 && (
            <Text size="sm" c="dark.4">
              {codeText(run.errorCode)}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {run.errors.length > 0 && (
            <Button variant="subtle" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
              {open ? t("import.runs.hideErrors") : t("import.runs.showErrors", { n: run.errors.length })}
            </Button>
          )}
          {run.mine && isOpenFailure(run) && (
            <Button size="xs" variant="light" loading={dismiss.isPending} onClick={() => dismiss.mutate()}>
              {t("import.runs.dismiss")}
            </Button>
          )}
        </Group>
      </Group>
      {open && <RunErrors run={run} />}
    </Paper>
  );
}

function RunErrors({ run }: { run: ImportRun }) {
  const t = useT();
  return (
    <Stack gap={4} mt="xs">
      <Table.ScrollContainer minWidth={340}>
        <Table striped verticalSpacing={4} data-testid="import-run-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t("import.row")}</Table.Th>
              <Table.Th w="30%">{t("import.column")}</Table.Th>
              <Table.Th>{t("import.error")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.errors.map((e) => (
              <Table.Tr key={`${e.row}-${e.column}-${e.message}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{e.column}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {run.errors.length < run.rowsFailed && (
        <Text size="xs" c="dark.4">
          {t("import.runs.moreErrors", { shown: run.errors.length, failed: run.rowsFailed })}
        </Text>
      )}
    </Stack>
  );
}
