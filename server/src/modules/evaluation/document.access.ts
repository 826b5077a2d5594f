import {
  canReadPenetapan,
  type EvaluationStatus,
  evaluationPartiesSnapshotSchema,
  type Party,
  periodOfCode,
  wibDate,
} from "@simkin/domain";
import { NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { ratersOn } from "../org/raters.service";
import type { EvaluationRow } from "./evaluation.repo";
import * as repo from "./evaluation-pdf/evaluation-pdf.repo";

const emptyParty = (name: string): Party => ({
  employeeId: null,
  positionId: null,
  name,
  nip: null,
  pangkat: null,
  position: "-",
  unit: "-",
});

const asParty = (p: {
  name: string;
  nip?: string | null;
  pangkat?: string | null;
  position: string;
  unit: string;
}) => ({
  employeeId: null,
  positionId: null,
  name: p.name,
  nip: p.nip ?? null,
  pangkat: p.pangkat ?? null,
  position: p.position,
  unit: p.unit,
});

/** The parties as the evaluation snapshot printed them on the day it was set (issue 12 "Data kept"). */
export function snapshotParties(row: Pick<EvaluationRow, "parties_json">): {
  pegawai: Party;
  penilai: Party | null;
  atasan: Party | null;
} {
  const parsed = evaluationPartiesSnapshotSchema.safeParse(JSON.parse(row.parties_json));
  if (!parsed.success) {
    return { pegawai: emptyParty("-"), penilai: null, atasan: null };
  }
  const { pegawai, penilai, atasan } = parsed.data;
  return {
    pegawai: asParty(pegawai),
    penilai: penilai ? asParty(penilai) : null,
    atasan: atasan ? asParty(atasan) : null,
  };
}

export const evaluationStatusText: Record<EvaluationStatus, string> = {
  draft: "Draf",
  ditetapkan: "Ditetapkan, dalam masa keberatan",
  diterima: "Diterima pegawai",
  locked: "Final (terkunci)",
};

export type PenetapanScope = { unitId: string; year: number; period: string };

/** The day the unit's heads are read on: the period's last day, or today while the period runs. */
export function headsDate(scope: PenetapanScope, now: Date): string {
  const end = periodOfCode(scope.year, scope.period)?.end ?? `${scope.year}-12-31`;
  const today = wibDate(now);
  return today < end ? today : end;
}

/**
 * The unit of a Format Penetapan with its head and the head one level up (the head's own rater: the Camat above a
 * Lurah, the Sekda above the Camat). A caller outside canReadPenetapan is told the unit does not exist.
 */
export async function readablePenetapan(ctx: RequestContext, scope: PenetapanScope) {
  const unit = await repo.findUnit(ctx.db, scope.unitId);
  if (!unit) {
    throw new NotFoundError("unit kerja");
  }
  const date = headsDate(scope, ctx.now);
  const head = await repo.unitHeadOn(ctx.db, unit.id, date);
  const upper = head ? (await ratersOn(ctx.db, head.employeeId, date)).rater : null;
  const heads = { unitHeadId: head?.employeeId ?? null, upperHeadId: upper?.employeeId ?? null };
  if (!canReadPenetapan(ctx.actor, heads)) {
    throw new NotFoundError("unit kerja");
  }
  return { unit, head, heads, date };
}
