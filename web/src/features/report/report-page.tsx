import { Alert, Button, Center, Loader, Stack, Text, Title } from "@mantine/core";
import { type ReportDetail, reportApi } from "@simkin/domain";
import { useIsMutating, useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { useActiveNav } from "../../lib/active-nav";
import { ApiError, call } from "../../lib/api";
import { ConflictModal } from "../../lib/conflict-modal";
import { errorText } from "../../lib/error-text";
import { LocalDraftNotice } from "../../lib/local-draft-notice";
import { useMe } from "../../lib/session";
import { BehaviourFeedback } from "./behaviour-feedback";
import { FeedbackForm, OverallFeedback } from "./feedback-form";
import { NarrativesSection } from "./narratives-section";
import { ReportActions, submitKey } from "./report-actions";
import { reportKeys } from "./report-api";
import { ReportHeader } from "./report-header";
import { CommentsSection, EventsHistory } from "./report-thread";
import { RhkSection } from "./rhk-section";
import { useReportDraft } from "./use-report-draft";

const isMissing = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 400 || error.status === 403);

/** One monthly report for everyone who may read it; what each person can do comes from `allowed`. */
export function Page() {
  const t = useT();
  const { id = "" } = useParams();
  const report = useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: () => call(reportApi.get, { params: { id } }),
  });
  if (report.isError) {
    return isMissing(report.error) ? (
      <NotFound />
    ) : (
      <Alert color="red" title={t("common.error")}>
        {errorText(report.error)}
      </Alert>
    );
  }
  if (!report.data) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  return <ReportView key={report.data.id} detail={report.data} />;
}

function ReportView({ detail }: { detail: ReportDetail }) {
  const t = useT();
  const me = useMe().data;
  const editing = detail.allowed.includes("edit");
  const givingFeedback = detail.allowed.includes("give_feedback");
  const submitting = useIsMutating({ mutationKey: submitKey(detail.id) }) > 0;
  const draft = useReportDraft(detail, editing, submitting);
  const isOwner = me?.employee?.id === detail.employeeId;
  // Someone else's report belongs to the rater's feedback inbox in the navigation, not to "Laporan Bulanan".
  useActiveNav(!me || isOwner ? null : me.capabilities.isRater ? "/team/reports" : "");
  return (
    <Stack pb="md">
      <ReportHeader detail={detail} isOwner={isOwner} isRater={me?.capabilities.isRater ?? false} />
      <LocalDraftNotice
        restored={draft.restored}
        older={draft.restoredOlder}
        onKeep={draft.keepRestored}
        onDiscard={draft.discardRestored}
      />
      <ConflictModal
        rows={draft.conflict}
        saving={draft.saving}
        onKeepMine={() => draft.resolveConflict("mine")}
        onTakeTheirs={() => draft.resolveConflict("theirs")}
      />
      {detail.revisionReason && (
        <Alert color="orange" title={t("report.revision.title")} data-testid="revision-reason">
          <Text size="sm" fw={600}>
            {t("report.revision.from", { rater: detail.raterName ?? t("report.raterUnknown") })}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {detail.revisionReason}
          </Text>
        </Alert>
      )}
      {detail.rhk.map((rhk, index) => (
        <RhkSection
          key={rhk.rhkId}
          reportId={detail.id}
          approach={detail.approach}
          rhk={rhk}
          number={index + 1}
          draft={draft}
          editing={editing}
          showFeedback={!givingFeedback}
        />
      ))}
      <NarrativesSection detail={detail} draft={draft} editing={editing} />
      {givingFeedback ? (
        <FeedbackForm detail={detail} />
      ) : (
        <>
          <BehaviourFeedback detail={detail} />
          <OverallFeedback detail={detail} />
        </>
      )}
      <ReportActions detail={detail} draft={draft} />
      <CommentsSection detail={detail} />
      <EventsHistory detail={detail} />
    </Stack>
  );
}

function NotFound() {
  const t = useT();
  return (
    <Stack align="flex-start" data-testid="report-not-found">
      <Title order={2}>{t("report.notFound")}</Title>
      <Text>{t("report.notFoundText")}</Text>
      <Button component={Link} to="/reports">
        {t("report.back")}
      </Button>
    </Stack>
  );
}
