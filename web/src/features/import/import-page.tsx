import { Alert, Anchor, Button, Card, FileInput, Group, List, Progress, Stack, Table, Text } from "@mantine/core";
import { employeeImportApi, type ImportRowError, importRowErrorSchema } from "@simkin/domain";
import { IconAlertCircle, IconCircleCheck, IconDownload, IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { z } from "zod";
import { useT } from "../../i18n/i18n";
import { ApiError, upload } from "../../lib/api";
import { errorText, fieldErrorText } from "../../lib/error-text";
import { tasksKey } from "../../lib/tasks";
import { HelpTitle } from "../help/screen-help";
import { invalidateStructure } from "../org/structure/queries";
import { ImportRuns, importRunsKey } from "./import-runs";

const XLSX = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const rowErrorsSchema = z.array(importRowErrorSchema);

/** Impor Pegawai: upload the filled template; every row is checked and either all are imported or none. */
export function Page() {
  const t = useT();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const importFile = useMutation({
    mutationFn: (chosen: File) => upload(employeeImportApi.upload, chosen),
    onSuccess: () => {
      setFile(null);
      invalidateStructure(queryClient);
    },
    // Every upload is a run, refused or not: the history and the home tasks change either way.
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: importRunsKey }),
        queryClient.invalidateQueries({ queryKey: tasksKey }),
      ]);
    },
  });
  const failure = describeFailure(importFile.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t("import.noFile"));
      return;
    }
    setFileError(null);
    importFile.mutate(file);
  };

  return (
    <Stack maw={960}>
      <HelpTitle topic="import">{t("import.title")}</HelpTitle>
      <Card withBorder>
        <Stack gap="sm">
          <Text>{t("import.intro")}</Text>
          <List type="ordered" size="sm" spacing={4}>
            <List.Item>{t("import.step1")}</List.Item>
            <List.Item>{t("import.step2")}</List.Item>
            <List.Item>{t("import.step3")}</List.Item>
            <List.Item>{t("import.step4")}</List.Item>
          </List>
          <Group>
            <Button
              component="a"
              href={employeeImportApi.template.path}
              download="templat-impor-pegawai.xlsx"
              variant="light"
              leftSection={<IconDownload size={16} />}
            >
              {t("import.template")}
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FileInput
            label={t("import.file")}
            placeholder={t("import.filePlaceholder")}
            accept={XLSX}
            clearable
            required
            leftSection={<IconFileSpreadsheet size={16} />}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setFileError(null);
              importFile.reset();
            }}
            error={fileError ?? failure?.fieldMessage}
          />
          <Group>
            <Button type="submit" loading={importFile.isPending} leftSection={<IconUpload size={16} />}>
              {t("import.submit")}
            </Button>
          </Group>
          {importFile.isPending && (
            <Stack gap={4} role="status">
              <Text size="sm" c="dimmed">
                {t("import.uploading")}
              </Text>
              <Progress value={100} striped animated aria-label={t("import.uploading")} />
            </Stack>
          )}
        </Stack>
      </Card>
      {importFile.data && <ImportResult imported={importFile.data.imported} placed={importFile.data.placed} />}
      {failure?.rows && <RowErrors message={failure.message} rows={failure.rows} />}
      {failure?.alert && (
        <Alert color="red" title={t("import.failed")} role="alert">
          {failure.message}
        </Alert>
      )}
      <ImportRuns />
    </Stack>
  );
}

/** How to show a failed upload: a table of row errors, a message beside the file field, or an alert. */
function describeFailure(error: unknown) {
  if (!error) {
    return null;
  }
  if (!(error instanceof ApiError)) {
    return { message: errorText(error), alert: true };
  }
  if (error.code === "import_invalid") {
    const rows = rowErrorsSchema.safeParse(error.details.errors);
    return { message: errorText(error), rows: rows.success ? rows.data : [], alert: false };
  }
  const fieldMessage = error.fields.file === undefined ? undefined : fieldErrorText(error, error.fields.file);
  return { message: errorText(error), fieldMessage, alert: fieldMessage === undefined };
}

function ImportResult({ imported, placed }: { imported: number; placed: number }) {
  const t = useT();
  return (
    <Alert
      color="green"
      title={t("import.success")}
      icon={<IconCircleCheck />}
      data-testid="import-result"
      role="status"
    >
      <Stack gap="xs">
        <Text size="sm">{t("import.result", { imported, placed })}</Text>
        <Anchor component={Link} to="/admin/employees" size="sm" fw={600}>
          {t("import.toEmployees")}
        </Anchor>
      </Stack>
    </Alert>
  );
}

function RowErrors({ message, rows }: { message: string; rows: ImportRowError[] }) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Alert color="red" title={t("import.invalidTitle")} role="alert" icon={<IconAlertCircle />}>
        {message}
      </Alert>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={340}>
          <Table striped verticalSpacing={6} data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t("import.row")}</Table.Th>
                <Table.Th w="30%">{t("import.column")}</Table.Th>
                <Table.Th>{t("import.error")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.row}-${row.column}-${row.message}`}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{row.column}</Table.Td>
                  <Table.Td>{row.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
