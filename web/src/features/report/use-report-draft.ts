import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type ReportDetail, realisationProblem, reportApi, reportContentSchema } from "@simkin/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/i18n";
import { call, isNetworkError, isStaleWrite } from "../../lib/api";
import type { ConflictRow } from "../../lib/conflict-modal";
import { useSessionExpired } from "../../lib/session-expiry";
import { useLocalDraft } from "../../lib/use-local-draft";
import { type DraftValues, draftConflictRows, draftFrom, withSavedDraft } from "./draft-conflict";
import { draftFields, reportKeys, showReportError } from "./report-api";
import { useMonthName } from "./report-labels";

type SaveMode = "auto" | "manual" | "silent";

const AUTOSAVE_MS = 2000;
/** A stored local draft as the form holds it: the report content without its version. */
const localDraftSchema = reportContentSchema.omit({ version: true });

const snapshotOf = (v: DraftValues) =>
  JSON.stringify([
    v.realisations.map((r) => [r.ikiId, r.value]),
    v.actions.map((a) => [a.rhkId, a.plan, a.progress]),
    v.achievements,
    v.challenges,
    v.improvements,
  ]);

export type ReportDraft = ReturnType<typeof useReportDraft>;

/**
 * The employee's draft: the whole content is PUT with the version it was loaded at. Saves automatically
 * 2 seconds after the last change (never while a save runs, never a content that just failed). When someone else
 * saved first (409/412), nothing typed is dropped: both versions are offered side by side (`conflict`) and the user
 * keeps theirs (saved over the new version) or takes the saved one. Mount it with `key={detail.id}`.
 */
export function useReportDraft(detail: ReportDetail, editing: boolean, busy: boolean) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm<DraftValues>({ initialValues: draftFrom(detail) });
  const versionRef = useRef(detail.version);
  const savingRef = useRef(false);
  const [saving, setSaving] = useState(false);
  const [savedSnapshot, setSavedSnapshot] = useState(() => snapshotOf(draftFrom(detail)));
  const [failedSnapshot, setFailedSnapshot] = useState<string | null>(null);
  const [autoSavedAt, setAutoSavedAt] = useState<Date | null>(null);
  const [conflict, setConflict] = useState<{ fresh: ReportDetail; rows: ConflictRow[] } | null>(null);
  const [offline, setOffline] = useState(false);
  const snapshot = snapshotOf(form.values);
  const dirty = snapshot !== savedSnapshot;
  const sessionExpired = useSessionExpired();
  const monthName = useMonthName();
  // Typed text is kept in this browser until the server has it (issue 11); a draft newer than the saved report returns.
  const local = useLocalDraft<DraftValues>({
    form: "report",
    recordId: detail.id,
    enabled: editing,
    values: form.values,
    dirty,
    baseVersion: () => versionRef.current,
    title: `${t("draft.title.report")} ${monthName(detail.month)} ${detail.year}`,
    parse: (raw) => localDraftSchema.safeParse(raw).data ?? null,
    onRestore: (values, baseVersion) => {
      form.setValues(values);
      // Typed against an older version: the save meets the both-versions dialog instead of overwriting silently.
      versionRef.current = Math.min(versionRef.current, baseVersion);
    },
  });

  const reset = (fresh: ReportDetail) => {
    const values = draftFrom(fresh);
    form.setValues(values);
    form.clearErrors();
    versionRef.current = fresh.version;
    setSavedSnapshot(snapshotOf(values));
    setFailedSnapshot(null);
    setAutoSavedAt(null);
  };
  const resetRef = useRef(reset);
  resetRef.current = reset;

  // Someone else moved the report on (submitted, feedback, revision): take the new version when nothing is unsaved.
  // Only a newer one: a refetch begun before our own save lands with the older version and must not undo it.
  useEffect(() => {
    if (detail.version > versionRef.current && !dirty && !savingRef.current) {
      resetRef.current(detail);
    }
  }, [detail, dirty]);

  const save = async (mode: SaveMode): Promise<boolean> => {
    if (savingRef.current) {
      return false;
    }
    const values = form.getValues();
    const sent = snapshotOf(values);
    const parsed = reportContentSchema.safeParse({ ...values, version: versionRef.current });
    // The same rule the server applies: numbers for a kuantitatif SKP, words for a kualitatif one.
    const issues = parsed.success
      ? values.realisations.flatMap((r, i) => {
          const message = realisationProblem(detail.approach, r.value);
          return message ? [{ path: ["realisations", i, "value"], message }] : [];
        })
      : parsed.error.issues;
    if (!parsed.success || issues.length > 0) {
      form.clearErrors();
      for (const issue of issues) {
        form.setFieldError(issue.path.join("."), issue.message);
      }
      setFailedSnapshot(sent);
      if (mode !== "auto") {
        notifications.show({ color: "red", message: issues[0]?.message ?? t("common.error") });
      }
      return false;
    }
    savingRef.current = true;
    setSaving(true);
    try {
      const saved = await call(reportApi.save, { params: { id: detail.id }, body: parsed.data });
      versionRef.current = saved.version;
      setSavedSnapshot(sent);
      setFailedSnapshot(null);
      setOffline(false);
      form.clearErrors();
      queryClient.setQueryData<ReportDetail>(reportKeys.detail(saved.id), (cached) =>
        cached ? withSavedDraft(cached, parsed.data, saved.version) : cached,
      );
      // The cumulative figures beside each IKI come from the server: reload them only when a realisation changed.
      if (saved.changedRealisations) {
        void queryClient.invalidateQueries({ queryKey: reportKeys.detail(saved.id) });
      }
      void queryClient.invalidateQueries({ queryKey: ["reports"] });
      if (mode === "auto") {
        setAutoSavedAt(new Date());
      } else if (mode === "manual") {
        notifications.show({ color: "green", message: t("report.saved") });
      }
      return true;
    } catch (error) {
      if (isStaleWrite(error)) {
        const fresh = await call(reportApi.get, { params: { id: detail.id } });
        queryClient.setQueryData(reportKeys.detail(fresh.id), fresh);
        const rows = fresh.allowed.includes("edit") ? draftConflictRows(values, fresh, t) : [];
        if (rows.length > 0) {
          setConflict({ fresh, rows });
        } else {
          // Nothing of ours differs, or the report can no longer be edited (submitted elsewhere): take it.
          notifications.show({ color: "orange", title: t("report.stale"), message: t("report.staleText") });
          reset(fresh);
        }
        return false;
      }
      setFailedSnapshot(sent);
      if (isNetworkError(error)) {
        // The text is safe in this browser; the badge says so and the save is retried when the connection returns.
        setOffline(true);
        if (mode === "manual") {
          showReportError(error, form, draftFields, true);
        }
        return false;
      }
      form.clearErrors();
      showReportError(error, form, draftFields, mode !== "auto");
      return false;
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!editing || !dirty || saving || busy || conflict || snapshot === failedSnapshot) {
      return;
    }
    const timer = setTimeout(() => void saveRef.current("auto"), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [editing, dirty, saving, busy, conflict, snapshot, failedSnapshot]);

  const resolveConflict = useCallback(
    (keep: "mine" | "theirs") => {
      if (!conflict) {
        return;
      }
      setConflict(null);
      if (keep === "theirs") {
        resetRef.current(conflict.fresh);
        return;
      }
      versionRef.current = conflict.fresh.version;
      void saveRef.current("manual");
    },
    [conflict],
  );

  // Back online: send what failed (the failed snapshot would otherwise wait for the next keystroke).
  useEffect(() => {
    const retry = () => {
      if (editing && dirty) {
        setFailedSnapshot(null);
      }
    };
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [editing, dirty]);

  useUnsavedGuard(editing && dirty, () => void saveRef.current("silent"));

  const saveNow = useCallback((mode: SaveMode) => saveRef.current(mode), []);
  const version = useCallback(() => versionRef.current, []);
  const discardRestored = useCallback(
    (previous: DraftValues) => {
      local.dismiss();
      form.setValues(previous);
      versionRef.current = Math.max(versionRef.current, detail.version);
    },
    [local.dismiss, form.setValues, detail.version],
  );
  return {
    form,
    dirty,
    saving,
    autoSavedAt,
    /** Why what is typed has not reached the server yet (shown beside the save button), or null. */
    notSaved: !dirty ? null : sessionExpired ? ("session" as const) : offline ? ("network" as const) : null,
    restored: local.restored,
    restoredOlder: local.restored !== null && local.restored.baseVersion < detail.version,
    keepRestored: local.dismiss,
    discardRestored,
    save: saveNow,
    version,
    conflict: conflict?.rows ?? null,
    resolveConflict,
  };
}

/**
 * Moving within the app with unsaved changes saves on the way out. No "leave site?" prompt: the local draft keeps the
 * text, so closing the tab or going to the sign-in page loses nothing and nobody is trapped on the page.
 */
function useUnsavedGuard(unsaved: boolean, flush: () => void) {
  const latest = useRef({ unsaved, flush });
  latest.current = { unsaved, flush };
  useEffect(
    () => () => {
      if (latest.current.unsaved) {
        latest.current.flush();
      }
    },
    [],
  );
}
