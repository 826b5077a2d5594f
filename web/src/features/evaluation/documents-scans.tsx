import { Anchor, FileInput, Group, Loader, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { EvaluationScan, ScanKind } from "@simkin/domain";
import { IconFileDownload, IconUpload } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatDay, useT } from "../../i18n/i18n";
import { ApiError } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { deleteScan, scanAccept, scanDownloadUrl, uploadScan } from "./documents-api";
import { FileDeleteButton } from "./file-delete-button";

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The scans kept with a record, newest first; each downloads through the API (its readers only). */
export function ScanList({
  scans,
  onDeleted,
}: {
  scans: readonly EvaluationScan[];
  onDeleted: () => Promise<unknown>;
}) {
  const t = useT();
  const formatDay = useFormatDay();
  if (scans.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t("evalDocs.noScans")}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="scan-list">
      {scans.map((scan) => (
        <Group key={scan.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="scan-item">
          <IconFileDownload size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
            <Anchor size="sm" href={scanDownloadUrl(scan.id)} download={scan.name} style={{ overflowWrap: "anywhere" }}>
              {t(`evalDocs.kind.${scan.kind}`)}: {scan.name}
            </Anchor>
            <Text size="xs" c="gray.7">
              {t("evalDocs.by", { name: scan.createdByName ?? "–", date: formatDay(scan.createdAt) })} ·{" "}
              {formatSize(scan.size)}
            </Text>
          </Stack>
          {scan.canDelete && (
            <FileDeleteButton
              label={t("evalDocs.delete", { name: scan.name })}
              title={t("evalDocs.deleteTitle")}
              text={t("evalDocs.deleteText", { name: `${t(`evalDocs.kind.${scan.kind}`)}: ${scan.name}` })}
              confirm={t("evalDocs.deleteConfirm")}
              done={t("evalDocs.deleted")}
              remove={() => deleteScan(scan.id)}
              refresh={onDeleted}
            />
          )}
        </Group>
      ))}
    </Stack>
  );
}

type UploadProps = {
  url: string;
  /** The kinds the uploader chooses from; a single kind is sent without asking. */
  kinds: readonly ScanKind[];
  onUploaded: () => Promise<unknown>;
};

/** Choose which document was scanned (when there are several), then the file: choosing the file uploads it. */
export function ScanUpload({ url, kinds, onUploaded }: UploadProps) {
  const t = useT();
  const [kind, setKind] = useState<ScanKind | null>(kinds[0] ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadScan(url, chosen, kinds.length > 1 ? kind : null),
    onSuccess: async () => {
      setFile(null);
      await onUploaded();
      notifications.show({ color: "green", message: t("evalDocs.uploaded") });
    },
    onError: (failure) => {
      const tooLarge = failure instanceof ApiError && failure.status === 413;
      setError(tooLarge ? t("evalDocs.tooLarge") : errorText(failure) || t("common.error"));
    },
  });
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    if (chosen) {
      upload.mutate(chosen);
    }
  };
  // A variable, as the report's upload does: React passes data-* attributes that the input's type does not list.
  const fileInputProps = { "data-testid": "scan-upload", name: "file" };
  return (
    <Stack gap="xs">
      {kinds.length > 1 && (
        <Select
          label={t("evalDocs.kind")}
          data={kinds.map((k) => ({ value: k, label: t(`evalDocs.kind.${k}`) }))}
          value={kind}
          onChange={(value) => setKind(kinds.find((k) => k === value) ?? null)}
          allowDeselect={false}
          maw={420}
          data-testid="scan-kind"
        />
      )}
      <FileInput
        label={t("evalDocs.upload")}
        description={t("evalDocs.uploadHint")}
        placeholder={t("evalDocs.choose")}
        leftSection={upload.isPending ? <Loader size={14} /> : <IconUpload size={16} />}
        accept={scanAccept}
        value={file}
        onChange={choose}
        clearable
        disabled={upload.isPending}
        error={error ?? undefined}
        maw={420}
        fileInputProps={fileInputProps}
      />
    </Stack>
  );
}
