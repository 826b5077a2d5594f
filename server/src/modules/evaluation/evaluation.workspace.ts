import {
  accumulationFor,
  aspectOfValue,
  availableEvaluationActions,
  averageAchievement,
  cumulativeFor,
  type EvaluationActionName,
  type EvaluationDetail,
  type EvaluationState,
  effectiveEvaluationStatus,
  evaluationMonths,
  keberatanDeadline,
  monthsOf,
  peerInputVisible,
  suggestedRating,
  targetShareDue,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { valuesOf } from "../skp/berakhlak.repo";
import * as skps from "../skp/skp.repo";
import { curveUnitOf, periodOf, policyParties, stateOf } from "./evaluation.access";
import * as evaluations from "./evaluation.repo";
import { periodReports, reportSources } from "./evaluation.sources";
import { settingsForYear } from "./evaluation-setting.repo";

type Sources = Awaited<ReturnType<typeof reportSources>>;
type Lines = Awaited<ReturnType<typeof skps.loadRhk>>;

/** The workspace of one evaluation as the caller may see it (issue 12 item 2). */
export async function buildEvaluationDetail(
  db: Db,
  ctx: Pick<RequestContext, "actor" | "now">,
  row: evaluations.EvaluationRow,
): Promise<EvaluationDetail> {
  const skp = await skps.findById(db, row.skp_id);
  const period = await periodOf(db, row.year, row.period_code);
  if (!skp || !period) {
    throw new Error(`evaluation ${row.id} has no SKP or period`);
  }
  const months = evaluationMonths(period, { start: skp.period_start, end: skp.period_end });
  const lastMonth = months.at(-1) ?? 0;
  const reports = await periodReports(db, skp.id, lastMonth);
  const sources = await reportSources(
    db,
    reports.map((r) => r.id),
  );
  const monthOf = new Map(reports.map((r) => [r.id, r.month]));
  const inPeriod = (reportId: string) => months.includes(monthOf.get(reportId) ?? 0);
  const rhk = await skps.loadRhk(db, skp.id);
  const skpMonths = monthsOf(skp.period_start, skp.period_end).length;
  const soFar = monthsOf(skp.period_start, period.end < skp.period_end ? period.end : skp.period_end).length;
  const saved = {
    rhk: new Map((await evaluations.rhkLines(db, row.id)).map((l) => [l.rhk_id, l])),
    iki: new Map((await evaluations.ikiLines(db, row.id)).map((l) => [l.iki_id, l.realisation])),
    behaviour: new Map((await evaluations.behaviourLines(db, row.id)).map((l) => [l.value_code, l.feedback])),
  };
  const rhkLines = rhk.map((r) => rhkLine(r, { sources, monthOf, inPeriod, saved, share: [soFar, skpMonths] }));
  const state = await stateOf(db, row, ctx.now);
  const me = ctx.actor.employeeId;
  const isRater = me !== null && me === row.rater_employee_id && me !== row.employee_id;
  const isOwner = me !== null && me === row.employee_id;
  const peer = isRater ? await evaluations.peerInputOf(db, row.id) : [];
  const contributors = new Set(peer.map((p) => p.author_key)).size;
  const showPeer = isRater && peerInputVisible(contributors);
  const expectations = await skps.loadExpectations(db, skp.id);
  const values = await valuesOf(db, skp.behaviour_set);
  const self = await evaluations.selfAssessmentOf(db, row.id);
  const settings = await settingsForYear(db, row.year);
  const percent =
    skp.approach === "kualitatif"
      ? null
      : averageAchievement(rhkLines.flatMap((l) => l.ikis).map((iki) => ({ target: 100, realisation: iki.percent })));
  const capaian = row.capaian_id ? row.capaian : await currentCapaian(db, row);
  // A draft's ratings and feedback are the rater's work in progress: the employee sees them once the result is set.
  const hidden = isOwner && row.status === "draft";
  const feedbackOf = (text: string) => (hidden ? "" : text);
  return {
    id: row.id,
    skpId: row.skp_id,
    employeeId: row.employee_id,
    year: row.year,
    periodCode: row.period_code,
    periodLabel: period.label,
    periodStart: period.start,
    periodEnd: period.end,
    isAnnual: period.isAnnual,
    status: effectiveEvaluationStatus(state),
    approach: skp.approach,
    parties: evaluations.partiesOf(row),
    unitId: row.unit_id,
    unitName: (await curveUnitOf(db, skp.position_id)).unitName,
    headOfUnit: row.head_of_unit === 1,
    atasanExternal: row.atasan_external === 1,
    capaian,
    ratingHasilKerja: hidden ? null : row.rating_hasil_kerja,
    ratingPerilaku: hidden ? null : row.rating_perilaku,
    predikat: hidden ? null : row.predikat,
    ruleVersion: hidden ? null : row.rule_version,
    catatan: feedbackOf(row.catatan),
    rekomendasi: feedbackOf(row.rekomendasi),
    suggestion: { percent, rating: suggestedRating(percent, settings.suggestion) },
    rhk: rhkLines.map((l) => ({ ...l, feedback: feedbackOf(l.feedback) })),
    behaviours: values.map((value) => ({
      code: value.code,
      name: value.name,
      aspect: aspectOfValue(value.code),
      expectation: expectations.get(value.code)?.trim() || null,
      monthlyFeedback: sources.behaviour
        .filter((b) => b.value_code === value.code && inPeriod(b.report_id) && b.text.trim() !== "")
        .map((b) => ({ month: monthOf.get(b.report_id) ?? 0, text: b.text }))
        .sort((a, b) => a.month - b.month),
      feedback: feedbackOf(saved.behaviour.get(value.code) ?? ""),
      peer: showPeer ? peer.filter((p) => p.value_code === value.code).map((p) => p.text) : null,
    })),
    monthsWithoutReport: months.filter((m) => !reports.some((r) => r.month === m)),
    selfAssessment:
      self && (isOwner || self.submitted_at !== null)
        ? {
            summary: self.summary,
            ratingHasilKerja: self.rating_hasil_kerja,
            ratingPerilaku: self.rating_perilaku,
            submittedAt: self.submitted_at,
            version: self.version,
          }
        : null,
    peerContributors: isRater ? contributors : null,
    finalisedAt: row.finalised_at,
    receivedAt: row.received_at,
    acknowledgedAt: row.acknowledged_at,
    lockedAt: row.locked_at,
    keberatanDeadline: row.received_at
      ? keberatanDeadline(wibDate(new Date(row.received_at)), settings.keberatanDays)
      : null,
    allowed: allowedFor(ctx, row, state),
    version: row.version,
  };
}

function allowedFor(ctx: Pick<RequestContext, "actor">, row: evaluations.EvaluationRow, state: EvaluationState) {
  const actions: EvaluationActionName[] = availableEvaluationActions(ctx.actor, policyParties(row), state);
  return actions;
}

/** The unit's capaian for the period while the evaluation has not used one yet. */
async function currentCapaian(db: Db, row: evaluations.EvaluationRow) {
  return (await evaluations.capaianOf(db, row.unit_id, row.year, row.period_code))?.capaian ?? null;
}

type LineInput = {
  sources: Sources;
  monthOf: Map<string, number>;
  inPeriod: (reportId: string) => boolean;
  saved: { rhk: Map<string, { realisation: string; feedback: string }>; iki: Map<string, string> };
  share: [number, number];
};

/** One RHK with its IKI's realisations in the period, the evidence, and the monthly feedback given on it. */
function rhkLine(r: Lines[number], input: LineInput) {
  const { sources, monthOf, inPeriod, saved } = input;
  const month = (reportId: string) => monthOf.get(reportId) ?? 0;
  const ikis = r.ikis.map((iki) => {
    const values = sources.realisations
      .filter((v) => v.iki_id === iki.id)
      .sort((a, b) => month(a.report_id) - month(b.report_id));
    const accumulation = accumulationFor(iki);
    const { cumulative, percent } = cumulativeFor(
      values.map((v) => v.value),
      iki.target,
      accumulation,
    );
    const share = targetShareDue(accumulation, ...input.share);
    const periodValues = values
      .filter((v) => inPeriod(v.report_id))
      .map((v) => ({ month: month(v.report_id), value: v.value }));
    const prefill =
      cumulative !== null
        ? `${String(cumulative).replace(".", ",")}${iki.unit ? ` ${iki.unit}` : ""}`
        : periodValues.map((v) => v.value).join("\n");
    return {
      ikiId: iki.id,
      aspek: iki.aspek,
      indicator: iki.indicator,
      target: iki.target,
      unit: iki.unit,
      months: periodValues,
      cumulative,
      percent: percent === null || share === 0 ? null : Math.round((percent / share) * 10) / 10,
      realisation: saved.iki.get(iki.id) ?? prefill,
    };
  });
  const own = saved.rhk.get(r.id);
  return {
    rhkId: r.id,
    kind: r.kind,
    text: r.text,
    ikis,
    evidence: sources.evidence
      .filter((e) => e.rhk_id === r.id && inPeriod(e.report_id))
      .map((e) => ({ id: e.id, month: month(e.report_id), kind: e.kind, name: e.name, url: e.url })),
    monthlyFeedback: sources.feedback
      .filter((f) => f.rhk_id === r.id && inPeriod(f.report_id))
      .map((f) => ({ month: month(f.report_id), wentWell: f.went_well, toImprove: f.to_improve, support: f.support }))
      .sort((a, b) => a.month - b.month),
    realisation: own?.realisation ?? ikis.map((i) => `${i.indicator}: ${i.realisation}`).join("\n"),
    feedback: own?.feedback ?? "",
  };
}
