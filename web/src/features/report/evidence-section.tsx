import { ActionIcon, Anchor, Button, FileInput, Group, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type Evidence, reportApi } from "@simkin/domain";
import { IconExternalLink, IconFileDownload, IconTrash, IconUpload } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { showApiError } from "../../lib/form-errors";
import { evidenceAccept, evidenceHint, showReportError, uploadEvidence, useReportChanged } from "./report-api";

type Props = { reportId: string; rhkId: string; evidence: Evidence[]; editing: boolean };

/** Bukti dukung of one RHK: files download through the API, links open in a new tab; the employee adds and removes. */
export function EvidenceSection({ reportId, rhkId, evidence, editing }: Props) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t("report.evidence.title")}
      </Text>
      <Stack gap={4} data-testid="evidence-list">
        {evidence.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("report.evidence.none")}
          </Text>
        )}
        {evidence.map((item) => (
          <EvidenceItem key={item.id} reportId={reportId} item={item} editing={editing} />
        ))}
      </Stack>
      {editing && <UploadField reportId={reportId} rhkId={rhkId} />}
      {editing && <LinkForm reportId={reportId} rhkId={rhkId} />}
    </Stack>
  );
}

function EvidenceItem({ reportId, item, editing }: { reportId: string; item: Evidence; editing: boolean }) {
  const t = useT();
  const changed = useReportChanged();
  const remove = useMutation({
    mutationFn: () => call(reportApi.removeEvidence, { params: { id: reportId, evidenceId: item.id } }),
    onSuccess: async () => {
      await changed(reportId);
      notifications.show({ color: "green", message: t("report.evidence.removed") });
    },
    onError: (error) => showApiError(error),
  });
  const isFile = item.kind === "file";
  return (
    <Group gap="xs" wrap="nowrap" data-testid="evidence-item">
      {isFile ? <IconFileDownload size={18} aria-hidden /> : <IconExternalLink size={18} aria-hidden />}
      <Anchor
        size="sm"
        style={{ flex: 1, minWidth: 0, overflowWrap: "anywhere" }}
        href={isFile ? `/api/evidence/${item.id}` : (item.url ?? undefined)}
        {...(isFile ? { download: item.name } : { target: "_blank", rel: "noopener noreferrer" })}
      >
        {item.name}
      </Anchor>
      {isFile && item.size !== null && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
          {formatSize(item.size)}
        </Text>
      )}
      {editing && (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t("report.evidence.remove", { name: item.name })}
          loading={remove.isPending}
          onClick={() => remove.mutate()}
        >
          <IconTrash size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Choosing a file uploads it; the size and type hints are only hints, the server's answer decides. */
function UploadField({ reportId, rhkId }: { reportId: string; rhkId: string }) {
  const t = useT();
  const changed = useReportChanged();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadEvidence(reportId, rhkId, chosen),
    onSuccess: async () => {
      setFile(null);
      await changed(reportId);
      notifications.show({ color: "green", message: t("report.evidence.uploaded") });
    },
    onError: (failure) => {
      const tooLarge = failure instanceof ApiError && failure.status === 413;
      setError(tooLarge ? t("report.evidence.tooLarge") : errorText(failure) || t("common.error"));
    },
  });
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    if (chosen) {
      upload.mutate(chosen);
    }
  };
  const hint = file ? evidenceHint(file) : null;
  const fileInputProps = { "data-testid": "evidence-upload", name: "file" };
  return (
    <div>
      <FileInput
        label={t("report.evidence.upload")}
        description={t("report.evidence.uploadHint")}
        placeholder={t("report.evidence.choose")}
        leftSection={upload.isPending ? <Loader size={14} /> : <IconUpload size={16} />}
        accept={evidenceAccept}
        value={file}
        onChange={choose}
        clearable
        disabled={upload.isPending}
        error={error ?? undefined}
        fileInputProps={fileInputProps}
      />
      {hint && !error && (
        <Text size="xs" c="orange.8" mt={4}>
          {t(hint === "size" ? "report.evidence.sizeHint" : "report.evidence.typeHint")}
        </Text>
      )}
    </div>
  );
}

function LinkForm({ reportId, rhkId }: { reportId: string; rhkId: string }) {
  const t = useT();
  const changed = useReportChanged();
  const form = useForm({ initialValues: { url: "", title: "" } });
  const add = useMutation({
    mutationFn: (values: { url: string; title: string }) =>
      call(reportApi.addLink, {
        params: { id: reportId },
        body: { rhkId, url: values.url.trim(), title: values.title },
      }),
    onSuccess: async () => {
      form.reset();
      await changed(reportId);
      notifications.show({ color: "green", message: t("report.evidence.linkAdded") });
    },
    onError: (error) => showReportError(error, form, /^(url|title)$/, false),
  });
  return (
    <form onSubmit={form.onSubmit((values) => add.mutate(values))} noValidate data-testid="evidence-link-form">
      <Text size="sm" fw={500} mb={4}>
        {t("report.evidence.link")}
      </Text>
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          aria-label={t("report.evidence.linkUrl")}
          placeholder="https://"
          type="url"
          style={{ flex: "2 1 200px" }}
          {...form.getInputProps("url")}
        />
        <TextInput
          aria-label={t("report.evidence.linkTitle")}
          placeholder={t("report.evidence.linkTitle")}
          style={{ flex: "1 1 140px" }}
          {...form.getInputProps("title")}
        />
        <Button type="submit" variant="light" loading={add.isPending}>
          {t("report.evidence.linkAdd")}
        </Button>
      </Group>
    </form>
  );
}
