import type { ReportContent, ReportDetail } from "@simkin/domain";
import type { useT } from "../../i18n/i18n";
import { type ConflictRow, differingRows } from "../../lib/conflict-modal";

/** The report content as the form holds it (the version travels beside it). */
export type DraftValues = Omit<ReportContent, "version">;

export function draftFrom(detail: ReportDetail): DraftValues {
  return {
    realisations: detail.rhk.flatMap((r) => r.ikis.map((i) => ({ ikiId: i.ikiId, value: i.value }))),
    actions: detail.rhk.map((r) => ({ rhkId: r.rhkId, plan: r.plan, progress: r.progress })),
    achievements: detail.achievements,
    challenges: detail.challenges,
    improvements: detail.improvements,
  };
}

/** The cached report after a save: what the form sent, at the saved version (the server answers the version only). */
export function withSavedDraft(detail: ReportDetail, sent: DraftValues, version: number): ReportDetail {
  const realisationOf = (ikiId: string) => sent.realisations.find((r) => r.ikiId === ikiId)?.value ?? "";
  const actionOf = (rhkId: string) => sent.actions.find((a) => a.rhkId === rhkId);
  return {
    ...detail,
    version,
    achievements: sent.achievements,
    challenges: sent.challenges,
    improvements: sent.improvements,
    rhk: detail.rhk.map((r) => ({
      ...r,
      plan: actionOf(r.rhkId)?.plan ?? "",
      progress: actionOf(r.rhkId)?.progress ?? null,
      ikis: r.ikis.map((i) => ({ ...i, value: realisationOf(i.ikiId) })),
    })),
  };
}

/** What the user typed against what is saved now, part by part: realisations, action plans, then the narratives. */
export function draftConflictRows(mine: DraftValues, fresh: ReportDetail, t: ReturnType<typeof useT>): ConflictRow[] {
  const theirs = draftFrom(fresh);
  const realisationOf = (values: DraftValues, ikiId: string) =>
    values.realisations.find((r) => r.ikiId === ikiId)?.value ?? "";
  const actionOf = (values: DraftValues, rhkId: string) => values.actions.find((a) => a.rhkId === rhkId);
  const progress = (p: number | null | undefined) => (p === null || p === undefined ? "" : String(p));
  return differingRows([
    ...fresh.rhk.flatMap((rhk) => [
      ...rhk.ikis.map((iki) => ({
        label: `${iki.indicator} (${iki.unit})`,
        mine: realisationOf(mine, iki.ikiId),
        theirs: realisationOf(theirs, iki.ikiId),
      })),
      {
        label: `${t("report.rhk.plan")}: ${rhk.text}`,
        mine: actionOf(mine, rhk.rhkId)?.plan ?? "",
        theirs: actionOf(theirs, rhk.rhkId)?.plan ?? "",
      },
      {
        label: `${t("report.rhk.progress")}: ${rhk.text}`,
        mine: progress(actionOf(mine, rhk.rhkId)?.progress),
        theirs: progress(actionOf(theirs, rhk.rhkId)?.progress),
      },
    ]),
    { label: t("report.narrative.achievements"), mine: mine.achievements, theirs: theirs.achievements },
    { label: t("report.narrative.challenges"), mine: mine.challenges, theirs: theirs.challenges },
    { label: t("report.narrative.improvements"), mine: mine.improvements, theirs: theirs.improvements },
  ]);
}
