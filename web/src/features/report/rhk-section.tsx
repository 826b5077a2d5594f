import { Badge, Card, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type Approach, type ReportRhk, reportContentSchema } from "@simkin/domain";
import { useT } from "../../i18n/i18n";
import { maxLengthOf } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";
import { EvidenceSection } from "./evidence-section";
import { IkiTable } from "./iki-table";
import type { ReportDraft } from "./use-report-draft";

type Props = {
  reportId: string;
  approach: Approach;
  rhk: ReportRhk;
  number: number;
  draft: ReportDraft;
  editing: boolean;
  /** The rater writing feedback sees it in the feedback form instead. */
  showFeedback: boolean;
};

/** One RHK of the month: its IKI realisations, rencana aksi and progres, bukti dukung and the rater's feedback. */
export function RhkSection({ reportId, approach, rhk, number, draft, editing, showFeedback }: Props) {
  const t = useT();
  return (
    <Card withBorder data-testid="report-rhk" data-rhk-id={rhk.rhkId}>
      <Stack gap="md">
        <Stack gap={6} align="flex-start">
          <Badge variant="light" color={rhk.kind === "utama" ? "blue" : "grape"}>
            {`${number}. ${t(rhk.kind === "utama" ? "report.rhk.utama" : "report.rhk.tambahan")}`}
          </Badge>
          <Title order={3} size="h4" fw={600}>
            {rhk.text}
          </Title>
        </Stack>
        <IkiTable rhk={rhk} draft={draft} editing={editing} approach={approach} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ActionPlan rhk={rhk} draft={draft} editing={editing} />
          <EvidenceSection reportId={reportId} rhkId={rhk.rhkId} evidence={rhk.evidence} editing={editing} />
        </SimpleGrid>
        {showFeedback && rhk.feedback && <FeedbackView feedback={rhk.feedback} />}
      </Stack>
    </Card>
  );
}

function ActionPlan({ rhk, draft, editing }: { rhk: ReportRhk; draft: ReportDraft; editing: boolean }) {
  const t = useT();
  const index = draft.form.values.actions.findIndex((a) => a.rhkId === rhk.rhkId);
  const action = draft.form.values.actions[index];
  if (!editing || index < 0 || !action) {
    return (
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t("report.rhk.plan")}
        </Text>
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} c={rhk.plan ? undefined : "dimmed"}>
          {rhk.plan || t("report.rhk.noPlan")}
        </Text>
        <Text size="sm">
          {t("report.rhk.progress")}: <b>{rhk.progress === null ? "–" : `${rhk.progress}%`}</b>
        </Text>
      </Stack>
    );
  }
  const progressError = draft.form.errors[`actions.${index}.progress`];
  return (
    <Stack gap="xs">
      <LongText
        label={t("report.rhk.plan")}
        placeholder={t("report.rhk.planPlaceholder")}
        autosize
        minRows={3}
        maxRows={10}
        maxLength={maxLengthOf(reportContentSchema.shape.actions.element.shape.plan)}
        {...draft.form.getInputProps(`actions.${index}.plan`)}
      />
      <NumberInput
        label={t("report.rhk.progress")}
        min={0}
        max={100}
        step={5}
        clampBehavior="strict"
        allowDecimal={false}
        allowNegative={false}
        suffix="%"
        w={160}
        value={action.progress ?? ""}
        onChange={(value) =>
          draft.form.setFieldValue(`actions.${index}.progress`, typeof value === "number" ? value : null)
        }
        error={progressError}
      />
    </Stack>
  );
}

type Feedback = NonNullable<ReportRhk["feedback"]>;

export function FeedbackView({ feedback }: { feedback: Feedback }) {
  const t = useT();
  const rows = [
    { label: t("report.feedback.wentWell"), text: feedback.wentWell },
    { label: t("report.feedback.toImprove"), text: feedback.toImprove },
    { label: t("report.feedback.support"), text: feedback.support },
  ].filter((row) => row.text.trim() !== "");
  if (rows.length === 0) {
    return null;
  }
  return (
    <Paper bg="teal.0" p="sm" radius="sm" data-testid="rhk-feedback">
      <Text fw={700} size="sm" c="teal.9" mb={4}>
        {t("report.feedback.fromRater")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: rows.length }} spacing="sm">
        {rows.map((row) => (
          <div key={row.label}>
            <Text size="xs" fw={600} c="dimmed">
              {row.label}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {row.text}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
