import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import type { EvaluationAction, Keberatan, KeberatanFile, KeberatanView, RatingSnapshot } from "@simkin/domain";
import { keberatanApi } from "@simkin/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatDate, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { useMe } from "../../lib/session";
import { FileDeleteButton } from "./file-delete-button";
import { fileUrl, keberatanKeys, removeKeberatanFile } from "./keberatan-api";
import { DecideForm, RecordForm } from "./keberatan-decision-forms";
import { AttachmentField, ExplainForm, FileForm } from "./keberatan-forms";
import { predikatName, ratingName } from "./keberatan-labels";

type Props = {
  evaluationId: string;
  /** The evaluation page's allowed actions; the panel reads them again with its own view, which is fresher. */
  actions?: readonly EvaluationAction[];
};

/** The keberatan of one evaluation (PP 30/2019 Pasal 59): the window, the three texts, and the caller's form. */
export function KeberatanPanel({ evaluationId, actions }: Props) {
  const t = useT();
  const view = useQuery({
    queryKey: keberatanKeys.view(evaluationId),
    queryFn: () => call(keberatanApi.view, { params: { evaluationId } }),
  });
  if (view.isError) {
    return <Alert color="red">{errorText(view.error)}</Alert>;
  }
  if (!view.data) {
    return <Loader size="sm" aria-label={t("common.loading")} />;
  }
  return <PanelBody view={view.data} actions={view.data.actions ?? actions ?? []} />;
}

function PanelBody({ view, actions }: { view: KeberatanView; actions: readonly EvaluationAction[] }) {
  const t = useT();
  const me = useMe().data;
  const k = view.keberatan;
  const isEmployee = me?.employee?.id === view.evaluation.employee?.id;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="keberatan-title" data-testid="keberatan-panel">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id="keberatan-title">
            {t("keberatan.title")}
          </Title>
          {k && <StatusBadge keberatan={k} />}
        </Group>
        {!k && <Window view={view} canFile={actions.includes("file_keberatan")} />}
        {k && <Record keberatan={k} evaluationId={view.evaluation.id} />}
        {k && isEmployee && k.status !== "diputus" && view.evaluation.status !== "locked" && (
          <AttachmentField keberatanId={k.id} evaluationId={view.evaluation.id} />
        )}
        {k && actions.includes("explain_keberatan") && <ExplainForm keberatan={k} evaluationId={view.evaluation.id} />}
        {k && actions.includes("decide_keberatan") && <DecideForm keberatan={k} view={view} />}
        {k && actions.includes("record_external_decision") && <RecordForm keberatan={k} view={view} />}
      </Stack>
    </Card>
  );
}

function StatusBadge({ keberatan: k }: { keberatan: Keberatan }) {
  const t = useT();
  const color = k.status === "diputus" ? (k.outcome === "dikabulkan" ? "green" : "gray") : "orange";
  return (
    <Group gap={4}>
      <Badge color={color} variant="light" data-testid="keberatan-status">
        {k.status === "diputus" && k.outcome ? t(`keberatan.outcome.${k.outcome}`) : t(`keberatan.status.${k.status}`)}
      </Badge>
      {k.source === "external" && (
        <Badge color="grape" variant="light">
          {t("keberatan.external")}
        </Badge>
      )}
    </Group>
  );
}

/** Before a keberatan: the deadline, and the button while the window is open (the server says so). */
function Window({ view, canFile }: { view: KeberatanView; canFile: boolean }) {
  const t = useT();
  const formatDate = useFormatDate();
  const [open, setOpen] = useState(false);
  const { deadline, windowOpen } = view.evaluation;
  return (
    <Stack gap="xs">
      {deadline && (
        <Text size="sm" data-testid="keberatan-deadline">
          {windowOpen
            ? t("keberatan.deadline", { date: formatDate(deadline) })
            : t("keberatan.deadlinePassed", { date: formatDate(deadline) })}
        </Text>
      )}
      {!canFile && !windowOpen && (
        <Text size="sm" c="dimmed">
          {t("keberatan.none")}
        </Text>
      )}
      {canFile && !open && (
        <Group>
          <Button variant="light" color="orange" onClick={() => setOpen(true)}>
            {t("keberatan.file.button")}
          </Button>
        </Group>
      )}
      {canFile && open && <FileForm view={view} onCancel={() => setOpen(false)} />}
    </Stack>
  );
}

/** The three texts as the Dokumen Evaluasi prints them: keberatan, penjelasan penilai, keputusan atasan. */
function Record({ keberatan: k, evaluationId }: { keberatan: Keberatan; evaluationId: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <Stack gap="sm">
      <Part title={t("keberatan.reasons")} meta={t("keberatan.filedAt", { date: formatDate(k.filedAt) })}>
        <Prose text={k.reasons} />
        <Files keberatan={k} evaluationId={evaluationId} />
      </Part>
      <Part
        title={t("keberatan.explanation")}
        meta={
          k.explainedAt
            ? t("keberatan.explainedBy", { name: k.explainedByName ?? "–", date: formatDate(k.explainedAt) })
            : null
        }
      >
        {k.explanation ? (
          <Prose text={k.explanation} />
        ) : (
          <Text size="sm" c="dimmed" data-testid="explanation-missing">
            {t("keberatan.explanationMissing")}
          </Text>
        )}
      </Part>
      {k.decision && k.decidedAt && (
        <Part
          title={t("keberatan.decision")}
          meta={
            k.decidedByName
              ? t("keberatan.decidedBy", { name: k.decidedByName, date: formatDate(k.decidedAt) })
              : formatDate(k.decidedAt)
          }
        >
          <Prose text={k.decision} />
          {k.letterNumber && k.letterDate && (
            <Text size="sm">{t("keberatan.letter", { number: k.letterNumber, date: formatDate(k.letterDate) })}</Text>
          )}
          {k.before && k.after && <BeforeAfter before={k.before} after={k.after} />}
        </Part>
      )}
    </Stack>
  );
}

/** A written text as typed, its line breaks kept. */
function Prose({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {text}
    </Text>
  );
}

function Part({ title, meta, children }: { title: string; meta: string | null; children: React.ReactNode }) {
  return (
    <div>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {meta && (
        <Text size="xs" c="gray.7">
          {meta}
        </Text>
      )}
      {children}
    </div>
  );
}

function BeforeAfter({ before, after }: { before: RatingSnapshot; after: RatingSnapshot }) {
  const t = useT();
  const line = (s: RatingSnapshot) =>
    `${ratingName(s.ratingHasilKerja)} / ${ratingName(s.ratingPerilaku)} → ${predikatName(s.predikat)}`;
  return (
    <Stack gap={2} mt={4} data-testid="keberatan-before-after">
      <Text size="sm">{`${t("keberatan.before")}: ${line(before)}`}</Text>
      <Text size="sm" fw={600}>{`${t("keberatan.after")}: ${line(after)}`}</Text>
    </Stack>
  );
}

function Files({ keberatan: k, evaluationId }: { keberatan: Keberatan; evaluationId: string }) {
  const t = useT();
  if (k.files.length === 0) {
    return null;
  }
  return (
    <Stack gap={2} mt={4}>
      {k.files.map((f) => (
        <Group key={f.id} gap={4} wrap="nowrap" data-testid="keberatan-file">
          <Anchor href={fileUrl(f.id)} size="sm" download style={{ overflowWrap: "anywhere", minWidth: 0 }}>
            {`${t(`keberatan.files.kind.${f.kind}`)}: ${f.name}`}
          </Anchor>
          {f.canDelete && <RemoveFile evaluationId={evaluationId} file={f} />}
        </Group>
      ))}
    </Stack>
  );
}

/** Who attached a file removes it while the keberatan waits; the view is read again afterwards. */
function RemoveFile({ evaluationId, file }: { evaluationId: string; file: KeberatanFile }) {
  const t = useT();
  const queryClient = useQueryClient();
  const name = `${t(`keberatan.files.kind.${file.kind}`)}: ${file.name}`;
  return (
    <FileDeleteButton
      label={t("keberatan.files.remove", { name: file.name })}
      title={t("keberatan.files.removeTitle")}
      text={t("keberatan.files.removeText", { name })}
      confirm={t("keberatan.files.removeConfirm")}
      done={t("keberatan.files.removed")}
      remove={() => removeKeberatanFile(file.id)}
      refresh={() => queryClient.invalidateQueries({ queryKey: keberatanKeys.view(evaluationId) })}
    />
  );
}
