import { Alert, Button, Card, Group, Progress, Select, Stack, Text, Title } from "@mantine/core";
import { BATCH_KEEP_MINUTES, type SkpBatch, skpBatchApi, unitApi } from "@simkin/domain";
import { IconDownload, IconFileZip } from "@tabler/icons-react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { unitTreeOptions } from "../org/employees/unit-options";

const POLL_MS = 1000;

/**
 * "Unduh semua SKP (ZIP)" for the pengelola kinerja, super admin and auditor: starts a batch for a unit and year,
 * shows its progress, then offers the ZIP (decision 0040).
 */
export function SkpBatchPanel({ year }: { year: number }) {
  const t = useT();
  const units = useQuery({ queryKey: ["skp-batch", "units"], queryFn: () => call(unitApi.list, {}) });
  const options = useMemo(() => unitTreeOptions(units.data ?? []), [units.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const unitId = chosen ?? options[0]?.value ?? null;
  const [batchId, setBatchId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (id: string) => call(skpBatchApi.start, { body: { unitId: id, year } }),
    onSuccess: (batch) => setBatchId(batch.id),
  });
  const progress = useQuery({
    queryKey: ["skp-batch", batchId],
    queryFn: () => call(skpBatchApi.get, { params: { id: batchId ?? "" } }),
    enabled: batchId !== null,
    refetchInterval: (query) => (query.state.data?.status === "running" ? POLL_MS : false),
  });
  const batch = progress.data ?? start.data;
  const running = batch?.status === "running";
  return (
    <Card withBorder data-testid="skp-batch">
      <Stack gap="sm">
        <Group gap="xs">
          <IconFileZip size={20} aria-hidden />
          <Title order={3} size="h4">
            {t("skpBatch.title")}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t("skpBatch.intro", { year, minutes: BATCH_KEEP_MINUTES })}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t("skpBatch.unit")}
            data={options.map(({ value, label }) => ({ value, label }))}
            value={unitId}
            onChange={setChosen}
            allowDeselect={false}
            searchable
            disabled={units.isPending || running}
            w={{ base: "100%", xs: 320 }}
            data-testid="skp-batch-unit"
          />
          <Button
            leftSection={<IconFileZip size={16} />}
            onClick={() => unitId && start.mutate(unitId)}
            loading={start.isPending}
            disabled={unitId === null || running}
            data-testid="skp-batch-start"
          >
            {t("skpBatch.start")}
          </Button>
        </Group>
        {start.error && (
          <Alert color="red" data-testid="skp-batch-error">
            {errorText(start.error)}
          </Alert>
        )}
        {batch && <BatchState batch={batch} />}
      </Stack>
    </Card>
  );
}

function BatchState({ batch }: { batch: SkpBatch }) {
  const t = useT();
  const formatDate = useFormatDate();
  const percent = batch.total === 0 ? 0 : Math.round((batch.done / batch.total) * 100);
  if (batch.status === "failed" || batch.status === "expired") {
    return (
      <Alert color="orange" data-testid="skp-batch-error">
        {t(batch.status === "failed" ? "skpBatch.failed" : "skpBatch.expired")}
      </Alert>
    );
  }
  const label = t("skpBatch.progress", { done: batch.done, total: batch.total });
  return (
    <Stack gap={6} data-testid="skp-batch-state" data-status={batch.status}>
      <Progress value={percent} animated={batch.status === "running"} aria-label={label} size="lg" />
      <Text size="sm" data-testid="skp-batch-progress">
        {label}
      </Text>
      {batch.status === "done" && (
        <Group gap="sm" wrap="wrap">
          <Text size="sm">
            {t("skpBatch.ready", {
              unit: batch.unitName,
              year: batch.year,
              total: batch.total,
              until: formatDate(batch.expiresAt),
            })}
          </Text>
          <Button
            component="a"
            href={`/api/skps/batch/${batch.id}/download`}
            variant="light"
            leftSection={<IconDownload size={16} />}
            data-testid="skp-batch-download"
          >
            {t("skpBatch.download")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
