import { Alert, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type SkpChanges, type SkpDetail, type SkpDiff, skpApi } from "@simkin/domain";
import { IconGitCompare } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { Change, LampiranChanges, RhkChange } from "./changes-parts";

const returnSteps = new Set(["returned", "review_returned"]);
const waitingForReview = new Set(["diajukan", "direviu"]);

/**
 * "Perubahan sejak dikembalikan" (issue 11, decision 0050): on an SKP resubmitted after a return, what changed since
 * the rater or the pengelola kinerja sent it back. Added in green, removed struck through, changed old → new.
 */
export function ChangesPanel({ skp }: { skp: SkpDetail }) {
  const returned = skp.events.some((e) => returnSteps.has(e.action));
  const shown = returned && waitingForReview.has(skp.status);
  const changes = useQuery({
    queryKey: ["skp", skp.id, "changes", skp.version],
    queryFn: () => call(skpApi.changes, { params: { id: skp.id } }),
    enabled: shown,
  });
  if (!shown || !changes.data?.returnedAt) {
    return null;
  }
  return <Panel skp={skp} changes={changes.data} />;
}

function Panel({ skp, changes }: { skp: SkpDetail; changes: SkpChanges }) {
  const t = useT();
  const formatDate = useFormatDate();
  const { diff } = changes;
  return (
    <Paper withBorder p="md" data-testid="skp-changes" style={{ borderColor: "var(--mantine-color-blue-4)" }}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap={8} wrap="nowrap">
            <IconGitCompare size={20} aria-hidden />
            <Title order={3} size="h4">
              {t("skp.changes.title")}
            </Title>
          </Group>
          {diff && diff.changes > 0 && (
            <Badge variant="light" data-testid="skp-changes-count">
              {t("skp.changes.count", { n: diff.changes })}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t("skp.changes.since", {
            name: changes.returnedBy ?? t("skp.history.system"),
            date: formatDate(changes.returnedAt),
          })}
        </Text>
        {changes.reason && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            <Text span fw={600} size="sm">
              {t("skp.changes.reason")}:
            </Text>{" "}
            {changes.reason}
          </Text>
        )}
        {!diff && (
          <Alert color="gray" variant="light" data-testid="skp-changes-not-kept">
            {t("skp.changes.notKept")}
          </Alert>
        )}
        {diff && diff.changes === 0 && (
          <Text size="sm" data-testid="skp-changes-none">
            {t("skp.changes.none")}
          </Text>
        )}
        {diff && diff.changes > 0 && <DiffBody skp={skp} diff={diff} />}
      </Stack>
    </Paper>
  );
}

function DiffBody({ skp, diff }: { skp: SkpDetail; diff: SkpDiff }) {
  const t = useT();
  const names = new Map(skp.behaviours.map((b) => [b.code, b.name]));
  const changedRhk = diff.rhk.filter((r) => r.change !== "unchanged");
  return (
    <Stack gap="sm">
      {diff.model && (
        <Change
          label={t("skp.changes.model")}
          before={t(`skp.model.${diff.model.before}`)}
          after={t(`skp.model.${diff.model.after}`)}
        />
      )}
      {diff.approach && (
        <Change
          label={t("skp.changes.approach")}
          before={t(`skp.approach.${diff.approach.before}`)}
          after={t(`skp.approach.${diff.approach.after}`)}
        />
      )}
      {changedRhk.map((r) => (
        <RhkChange key={`${r.beforeNo}:${r.afterNo}:${r.kind}:${r.text}`} rhk={r} />
      ))}
      {diff.expectations.length > 0 && (
        <Stack gap={4} data-testid="changes-expectations">
          <Text size="sm" fw={700}>
            {t("skp.changes.expectations")}
          </Text>
          {diff.expectations.map((e) => (
            <Change key={e.valueCode} label={names.get(e.valueCode) ?? e.valueCode} before={e.before} after={e.after} />
          ))}
        </Stack>
      )}
      <LampiranChanges items={diff.lampiran} />
    </Stack>
  );
}
