import { assertPrintable, type Party, periodOfCode, printedPeriodName, RuleViolation, wibDate } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import type { Db } from "../../db";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { absoluteUrl } from "../../http/public-url";
import { valuesOf } from "../skp/berakhlak.repo";
import { describeSeats, governmentOf } from "../skp/party.repo";
import * as skps from "../skp/skp.repo";
import { codeFor, contentHash, type DocumentType } from "../verification/verification.service";
import * as capaians from "./capaian.repo";
import { evaluationStatusText, type PenetapanScope, readablePenetapan, snapshotParties } from "./document.access";
import { readableEvaluation } from "./evaluation.access";
import * as evaluations from "./evaluation.repo";
import { renderDokumenPdf } from "./evaluation-pdf/dokumen-pdf";
import { renderEkpPdf } from "./evaluation-pdf/ekp-pdf";
import * as repo from "./evaluation-pdf/evaluation-pdf.repo";
import type { EvaluationPrint, KeberatanPrint } from "./evaluation-pdf/evaluation-print";
import { type PenetapanPrint, renderPenetapanPdf } from "./evaluation-pdf/penetapan-pdf";
import { settingsForYear } from "./evaluation-setting.repo";
import * as keberatans from "./keberatan.repo";
import * as kurva from "./kurva.repo";

function periodOf(year: number, code: string) {
  const period = periodOfCode(year, code);
  if (!period) {
    throw new NotFoundError("periode evaluasi");
  }
  return period;
}

const wibDay = (iso: string | null) => (iso ? wibDate(new Date(iso)) : null);

function keberatanPrint(row: keberatans.KeberatanRow | undefined): KeberatanPrint | null {
  if (!row) {
    return null;
  }
  return {
    status: row.status,
    reasons: row.reasons,
    filedAt: row.filed_at,
    explanation: row.explanation,
    explainedAt: row.explained_at,
    outcome: row.outcome,
    decision: row.decision,
    decidedAt: row.decided_at,
    source: row.source,
    letterNumber: row.letter_number,
    letterDate: row.letter_date,
  };
}

/** Per RHK the rater's realisation and umpan balik, per IKI the realisation, per value the umpan balik. */
async function evaluationContent(db: Db, evaluationId: string) {
  const [rhk, iki, behaviour] = await Promise.all([
    evaluations.rhkLines(db, evaluationId),
    evaluations.ikiLines(db, evaluationId),
    evaluations.behaviourLines(db, evaluationId),
  ]);
  return {
    rhk: new Map(rhk.map((r) => [r.rhk_id, r])),
    iki: new Map(iki.map((r) => [r.iki_id, r.realisation])),
    behaviour: new Map(behaviour.map((r) => [r.value_code, r.feedback])),
  };
}

/** What the EKP and the Dokumen print: the snapshot, the SKP's RHK and values, the rater's rows, the unit's curve. */
async function evaluationPrint(ctx: RequestContext, row: evaluations.EvaluationRow) {
  const skp = await skps.findById(ctx.db, row.skp_id);
  if (!skp) {
    throw new NotFoundError("SKP");
  }
  const period = periodOf(row.year, row.period_code);
  const [rhk, content, values, expectations, tally, keberatan, government] = await Promise.all([
    skps.loadRhk(ctx.db, skp.id),
    evaluationContent(ctx.db, row.id),
    valuesOf(ctx.db, skp.behaviour_set),
    skps.loadExpectations(ctx.db, skp.id),
    // The curve counts the unit's set evaluations, drafts apart, exactly as the kurva screen does.
    kurva.tallyOf(ctx.db, row.unit_id, row.year, row.period_code),
    keberatans.findByEvaluation(ctx.db, row.id),
    // The instansi and the place come from the pemerintah daerah above the SKP's unit, as on the SKP (issue 9 rule 15).
    governmentOf(ctx.db, skp.position_id),
  ]);
  const parties = snapshotParties(row);
  const print: Omit<EvaluationPrint, "verification"> = {
    institution: government.header,
    place: government.place,
    signedDate: wibDate(ctx.now),
    status: row.status,
    year: row.year,
    periodName: printedPeriodName(period),
    periodStart: period.start,
    periodEnd: period.end,
    ...parties,
    model: skp.model,
    approach: skp.approach,
    rhk: rhk.map((r) => ({
      ...r,
      realisation: content.rhk.get(r.id)?.realisation ?? "",
      feedback: content.rhk.get(r.id)?.feedback ?? "",
      ikis: r.ikis.map((i) => ({ ...i, realisation: content.iki.get(i.id) ?? "" })),
    })),
    behaviours: values.map((v) => ({
      ...v,
      expectation: expectations.get(v.code) ?? null,
      feedback: content.behaviour.get(v.code) ?? "",
    })),
    capaian: row.capaian,
    counts: tally.counts,
    ratingHasilKerja: row.rating_hasil_kerja,
    ratingPerilaku: row.rating_perilaku,
    predikat: row.predikat,
    catatan: row.catatan,
    rekomendasi: row.rekomendasi,
    keberatan: keberatanPrint(keberatan),
    finalisedOn: wibDay(row.finalised_at),
    acknowledgedOn: wibDay(row.acknowledged_at),
  };
  return print;
}

const documents = {
  ekp: { type: "evaluation_ekp", title: "Evaluasi Kinerja Pegawai", file: "EKP", render: renderEkpPdf },
  dokumen: {
    type: "evaluation_dokumen",
    title: "Dokumen Evaluasi Kinerja Pegawai",
    file: "Dokumen-EKP",
    render: renderDokumenPdf,
  },
} as const satisfies Record<string, { type: DocumentType; title: string; file: string; render: unknown }>;

/** The evaluation printout as an attachment, with a QR code and short code that verify it online. */
export async function sendEvaluationPdf(
  ctx: RequestContext,
  id: string,
  reply: FastifyReply,
  which: keyof typeof documents,
): Promise<Buffer> {
  const row = await readableEvaluation(ctx, ctx.db, id);
  assertPrintable(row.status);
  const print = await evaluationPrint(ctx, row);
  const spec = documents[which];
  const title = `${spec.title} ${print.periodName} ${row.year}`;
  const identity = {
    type: spec.type,
    id: row.id,
    title,
    subjectName: print.pegawai.name,
    subjectDetail: `${print.pegawai.position}, ${print.pegawai.unit}`,
    period: `${print.periodName} ${row.year}`,
    status: evaluationStatusText[row.status],
    issuer: print.institution || null,
  };
  // The hash covers what the paper says (not the print date), so a reprint of the same result keeps its code.
  const { signedDate: _date, ...printed } = print;
  const code = await codeFor(ctx.db, identity, contentHash({ which, ...printed }), ctx.now);
  const pdf = await spec.render({ ...print, verification: { code, url: absoluteUrl(ctx.config, `/v/${code}`) } });
  const name = `${spec.file}-${row.year}-${row.period_code}-${print.pegawai.nip ?? row.employee_id}.pdf`;
  reply.header("content-type", "application/pdf");
  reply.header("content-disposition", `attachment; filename="${name}"`);
  return pdf;
}

async function headParty(db: Db, head: { employeeId: string; positionId: string } | null): Promise<Party | null> {
  if (!head) {
    return null;
  }
  const [party] = await describeSeats(db, [{ employeeId: head.employeeId, positionId: head.positionId, acting: null }]);
  return party ?? null;
}

/** The Format Penetapan's content: capaian, pattern, counts and the unit's evaluations of the period. */
async function penetapanPrint(ctx: RequestContext, scope: PenetapanScope) {
  const { unit, head } = await readablePenetapan(ctx, scope);
  const capaian = await capaians.findRow(ctx.db, unit.id, scope.year, scope.period);
  if (!capaian) {
    throw new RuleViolation(
      "penetapan_capaian_missing",
      "Capaian kinerja organisasi unit ini untuk periode tersebut belum ditetapkan",
      { unitId: unit.id, year: scope.year, period: scope.period },
    );
  }
  const period = periodOf(scope.year, scope.period);
  const [finalised, tally, unitEvaluations, settings, headAsParty] = await Promise.all([
    kurva.findUnitEvaluation(ctx.db, unit.id, scope.year, scope.period),
    kurva.tallyOf(ctx.db, unit.id, scope.year, scope.period),
    repo.evaluationsOfUnit(ctx.db, unit.id, scope.year, scope.period),
    settingsForYear(ctx.db, scope.year),
    headParty(ctx.db, head),
  ]);
  const government = await governmentOf(ctx.db, head?.positionId ?? "");
  const setBy = capaian.set_by_employee_id
    ? await repo.employeeParty(ctx.db, capaian.set_by_employee_id, capaian.created_at.slice(0, 10))
    : null;
  const print: Omit<PenetapanPrint, "verification"> = {
    institution: government.header,
    place: government.place,
    signedDate: wibDate(ctx.now),
    unitName: unit.name,
    year: scope.year,
    periodName: printedPeriodName(period),
    periodStart: period.start,
    periodEnd: period.end,
    capaian: capaian.capaian,
    capaianReason: capaian.reason,
    capaianFrom:
      capaian.source === "external"
        ? { kind: "external", number: capaian.letter_number, date: capaian.letter_date }
        : { kind: "internal", by: setBy },
    rounding: settings.rounding,
    counts: tally.counts,
    rows: unitEvaluations.map((e) => {
      const { pegawai } = snapshotParties(e);
      return {
        name: pegawai.name === "-" ? e.name : pegawai.name,
        nip: pegawai.nip,
        position: pegawai.position,
        // A draft's predikat is the rater's work in progress: not printed, as it is not counted (decision 0060).
        predikat: e.status === "draft" ? null : e.predikat,
      };
    }),
    finalised: finalised
      ? { on: wibDate(new Date(finalised.finalised_at)), justification: finalised.justification }
      : null,
    head: headAsParty,
  };
  return { print, capaian, finalised };
}

/** The Format Penetapan Predikat Kinerja of a unit and period as an attachment, verified by its QR code. */
export async function sendPenetapanPdf(ctx: RequestContext, scope: PenetapanScope, reply: FastifyReply) {
  const { print, capaian, finalised } = await penetapanPrint(ctx, scope);
  const identity = {
    type: "penetapan" as const,
    id: capaian.id,
    title: `Format Penetapan Predikat Kinerja ${print.periodName} ${scope.year}`,
    subjectName: print.unitName,
    subjectDetail: `Capaian kinerja organisasi ${capaian.capaian}`,
    period: `${print.periodName} ${scope.year}`,
    status: finalised ? "Ditetapkan pimpinan unit kerja" : "Draf, belum ditetapkan",
    issuer: print.institution || null,
  };
  const { signedDate: _date, ...printed } = print;
  const code = await codeFor(ctx.db, identity, contentHash(printed), ctx.now);
  const pdf = await renderPenetapanPdf({
    ...print,
    verification: { code, url: absoluteUrl(ctx.config, `/v/${code}`) },
  });
  const name = `Penetapan-Predikat-${scope.year}-${scope.period}-${print.unitName.replace(/[^\p{L}\p{N}]+/gu, "-")}.pdf`;
  reply.header("content-type", "application/pdf");
  reply.header("content-disposition", `attachment; filename="${name}"`);
  return pdf;
}

/** For the verification page: whether the caller may read the Format Penetapan a capaian's code was printed for. */
export async function readablePenetapanOfCapaian(ctx: RequestContext, capaianId: string) {
  const capaian = await ctx.db.selectFrom("org_capaian").selectAll().where("id", "=", capaianId).executeTakeFirst();
  if (!capaian) {
    throw new NotFoundError("penetapan");
  }
  return readablePenetapan(ctx, { unitId: capaian.unit_id, year: capaian.year, period: capaian.period_code });
}
