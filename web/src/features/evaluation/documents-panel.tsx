import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { type EvaluationAction, evaluationDocumentApi } from "@simkin/domain";
import { IconDownload } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";
import { toUrl } from "../../lib/api";
import { ScreenHelp } from "../help/screen-help";
import { evaluationScansKey, evaluationScanUrl, useEvaluationScans, useScansChanged } from "./documents-api";
import { ScanList, ScanUpload } from "./documents-scans";

type Props = {
  evaluationId: string;
  /** What the caller may do on the evaluation (availableEvaluationActions): "upload_scan" shows the upload. */
  actions: readonly EvaluationAction[];
};

/** The documents' long names wrap on a phone instead of being cut off at the button's edge. */
const wrapOnPhone = {
  h: "auto",
  mih: 36,
  py: 6,
  styles: { label: { whiteSpace: "normal" as const, lineHeight: 1.3 } },
};

/**
 * The two official printouts of an evaluation (REGULATIONS.md §6.4 Evaluasi Kinerja Pegawai, §6.5 Dokumen Evaluasi)
 * and the wet-signed scans kept with it. The server decides: a draft does not print, only the rater and the pengelola
 * upload (decision 0060).
 */
export function EvaluationDocuments({ evaluationId, actions }: Props) {
  const t = useT();
  const scans = useEvaluationScans(evaluationId);
  const changed = useScansChanged();
  const printable = scans.data?.printable ?? false;
  const canUpload = (scans.data?.canUpload ?? false) && actions.includes("upload_scan");
  const pdf = (contract: typeof evaluationDocumentApi.ekpPdf | typeof evaluationDocumentApi.dokumenPdf) =>
    toUrl(contract.path, { id: evaluationId });
  return (
    <Paper withBorder p="md" data-testid="evaluation-documents">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <Title order={3} size="h4">
            {t("evalDocs.title")}
          </Title>
          <ScreenHelp topic="evaluationDocuments" />
        </Group>
        <Text size="sm" c="gray.7">
          {t("evalDocs.intro")}
        </Text>
        {scans.isPending ? (
          <Loader size="sm" />
        ) : scans.isError ? (
          <Alert color="red">{t("evalDocs.loadFailed")}</Alert>
        ) : printable ? (
          <Group gap="xs" wrap="wrap">
            <Button
              component="a"
              href={pdf(evaluationDocumentApi.ekpPdf)}
              variant="default"
              leftSection={<IconDownload size={16} />}
              {...wrapOnPhone}
              data-testid="evaluation-ekp-pdf"
            >
              {t("evalDocs.ekp")}
            </Button>
            <Button
              component="a"
              href={pdf(evaluationDocumentApi.dokumenPdf)}
              variant="default"
              leftSection={<IconDownload size={16} />}
              {...wrapOnPhone}
              data-testid="evaluation-dokumen-pdf"
            >
              {t("evalDocs.dokumen")}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="gray.7" data-testid="evaluation-not-printable">
            {t("evalDocs.notPrintable")}
          </Text>
        )}
        <Text fw={600} size="sm">
          {t("evalDocs.scans")}
        </Text>
        <ScanList scans={scans.data?.scans ?? []} onDeleted={() => changed(evaluationScansKey(evaluationId))} />
        {canUpload && (
          <ScanUpload
            url={evaluationScanUrl(evaluationId)}
            kinds={["scan_ekp", "scan_dokumen"]}
            onUploaded={() => changed(evaluationScansKey(evaluationId))}
          />
        )}
      </Stack>
    </Paper>
  );
}
