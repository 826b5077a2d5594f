import { Alert, Button, Loader, Paper, Stack, Text } from "@mantine/core";
import { evaluationDocumentApi, type PenetapanQuery, penetapanQuerySchema, periodOfCode } from "@simkin/domain";
import { IconDownload } from "@tabler/icons-react";
import { useParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { toUrl } from "../../lib/api";
import { HelpTitle } from "../help/screen-help";
import { penetapanScansKey, penetapanScanUrl, usePenetapanScans, useScansChanged } from "./documents-api";
import { ScanList, ScanUpload } from "./documents-scans";

/**
 * The Format Penetapan Predikat Kinerja of a unit and period (SE MenPANRB 3/2023): the PDF download and its
 * wet-signed scan. The capaian/kurva page mounts it; its readers are the unit's head, the head above, the pengelola
 * and the auditor (decision 0060).
 */
export function PenetapanDocuments({ unitId, query }: { unitId: string; query: PenetapanQuery }) {
  const t = useT();
  const scans = usePenetapanScans(unitId, query);
  const changed = useScansChanged();
  const data = scans.data;
  if (scans.isPending) {
    return <Loader size="sm" />;
  }
  if (!data) {
    return <Alert color="red">{t("evalDocs.loadFailed")}</Alert>;
  }
  return (
    <Stack gap="sm" data-testid="penetapan-documents">
      {data.printable ? (
        <div>
          <Button
            component="a"
            href={toUrl(evaluationDocumentApi.penetapanPdf.path, { unitId }, query)}
            variant="default"
            leftSection={<IconDownload size={16} />}
            data-testid="penetapan-pdf"
          >
            {t("penetapan.pdf")}
          </Button>
        </div>
      ) : (
        <Text size="sm" c="gray.7">
          {t("penetapan.notPrintable")}
        </Text>
      )}
      <Text fw={600} size="sm">
        {t("evalDocs.scans")}
      </Text>
      <ScanList scans={data.scans} onDeleted={() => changed(penetapanScansKey(unitId, query))} />
      {data.canUpload ? (
        <ScanUpload
          url={penetapanScanUrl(unitId, query)}
          kinds={["scan_penetapan"]}
          onUploaded={() => changed(penetapanScansKey(unitId, query))}
        />
      ) : (
        data.printable &&
        data.scans.length === 0 && (
          <Text size="sm" c="gray.7">
            {t("penetapan.notFinal")}
          </Text>
        )
      )}
    </Stack>
  );
}

/** /evaluasi/penetapan/:unitId/:year/:period: the Format Penetapan section on a page of its own. */
export function Page() {
  const t = useT();
  const params = useParams();
  const query = penetapanQuerySchema.safeParse({ year: params.year, period: params.period });
  const period = query.success ? periodOfCode(query.data.year, query.data.period) : undefined;
  return (
    <Stack>
      <div>
        <HelpTitle topic="penetapan">{t("penetapan.title")}</HelpTitle>
        {period && query.success && (
          <Text c="gray.7" size="sm">
            {t("penetapan.intro", { period: period.label, year: query.data.year })}
          </Text>
        )}
      </div>
      <Paper withBorder p="md">
        {query.success && params.unitId ? (
          <PenetapanDocuments unitId={params.unitId} query={query.data} />
        ) : (
          <Alert color="red">{t("penetapan.notPrintable")}</Alert>
        )}
      </Paper>
    </Stack>
  );
}
