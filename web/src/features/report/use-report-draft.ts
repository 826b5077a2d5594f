import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type ReportDetail, realisationProblem, reportApi, reportContentSchema } from "@simkin/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/i18n";
import { call, isStaleWrite } from "../../lib/api";
import type { ConflictRow } from "../../lib/conflict-modal";
import { type DraftValues, draftConflictRows, draftFrom, withSavedDraft } from "./draft-conflict";
import { draftFields, reportKeys, showReportError } from "./report-api";

type SaveMode = "auto" | "manual" | "silent";

const AUTOSAVE_MS = 2000;

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
  const snapshot = snapshotOf(form.values);
  const dirty = snapshot !== savedSnapshot;

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

  useUnsavedGuard(editing && dirty, () => void saveRef.current("silent"));

  const saveNow = useCallback((mode: SaveMode) => saveRef.current(mode), []);
  const version = useCallback(() => versionRef.current, []);
  return {
    form,
    dirty,
    saving,
    autoSavedAt,
    save: saveNow,
    version,
    conflict: conflict?.rows ?? null,
    resolveConflict,
  };
}

/** Leaving with unsaved changes: the browser asks before unloading; moving within the app saves on the way out. */
function useUnsavedGuard(unsaved: boolean, flush: () => void) {
  const latest = useRef({ unsaved, flush });
  latest.current = { unsaved, flush };
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.unsaved) {
        event.preventDefault();
      }
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (latest.current.unsaved) {
        latest.current.flush();
      }
    };
  }, []);
}
