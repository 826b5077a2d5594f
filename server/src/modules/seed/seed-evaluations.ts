import { evaluationPeriods, type OrgChart, type Party, type ResolvedOfficer, wibDate } from "@simkin/domain";
import type { Insertable } from "kysely";
import type { Db } from "../../db";
import type { EvaluationTable, KeberatanTable, OrgCapaianTable, UnitEvaluationTable } from "../../db/schema-evaluation";
import { loadChartHistory } from "../org/chart.repo";
import { loadUnitTree, type UnitSlice } from "../org/unit-slice.repo";
import { describeSeats } from "../skp/party.repo";
import { insertInBatches } from "./batches";
import type { Random } from "./people";
import { approvedSkps, monthlyWords } from "./seed-evaluation-context";
import { seedPeriod } from "./seed-evaluation-period";
import { standings } from "./seed-evaluation-plan";
import { type DetailRows, emptyDetails } from "./seed-evaluation-rows";

/**
 * The story the evaluations tell, by seat (position id) and unit: which kelurahan breaks its curve last year and in
 * which period, whose annual keberatan is granted and whose rejected, and whose result in this year's last finished
 * period is still a draft or waits to be acknowledged. Favoured seats are steadily strong (the Analis Kebijakan Ahli
 * Muda's annual predikat feeds his angka kredit).
 */
export type EvaluationStory = {
  broken: { unitId: string; periodCode: string };
  granted: string;
  rejected: string;
  drafts: readonly string[];
  awaiting: string;
  favoured: readonly string[];
};

export type EvaluationRows = DetailRows & {
  org_capaian: Insertable<OrgCapaianTable>[];
  evaluation: Insertable<EvaluationTable>[];
  keberatan: Insertable<KeberatanTable>[];
  unit_evaluation: Insertable<UnitEvaluationTable>[];
};

/** What every period of the seed shares: the chart with its history, the unit tree, accounts, the rows so far. */
export type EvaluationSeed = {
  r: Random;
  now: string;
  today: string;
  chart: OrgChart;
  tree: UnitSlice;
  story: EvaluationStory;
  accountOf: (employeeId: string | null) => string | null;
  pengelolaAccount: string;
  /** The JSON snapshot { pegawai, penilai, atasan } as the forms print them (describeSeats), cached by seat. */
  parties: (seats: readonly (Seat | null)[]) => Promise<string>;
  rows: EvaluationRows;
};
export type Seat = Pick<ResolvedOfficer, "employeeId" | "positionId" | "acting">;

/**
 * The demo office's evaluations (issue 12), written straight into the tables of migration 031 with the domain rules:
 * last year's four quarters complete (the fourth is the annual evaluation, with one keberatan granted and one
 * rejected), this year's finished quarters, the current quarter left to the raters. Deterministic: every choice comes
 * from the seed's random source, and nothing is dated after `now`.
 */
export async function seedEvaluations(
  db: Db,
  r: Random,
  input: { year: number; now: Date; story: EvaluationStory },
): Promise<void> {
  const accounts = await db.selectFrom("user_account").select(["id", "employee_id", "username"]).execute();
  const byEmployee = new Map(accounts.flatMap((a) => (a.employee_id ? [[a.employee_id, a.id] as const] : [])));
  const pengelola = accounts.find((a) => a.username === "pengelola");
  if (!pengelola) {
    throw new Error("Seed: the evaluations need the pengelola kinerja persona");
  }
  const seed: EvaluationSeed = {
    r,
    now: input.now.toISOString(),
    today: wibDate(input.now),
    chart: await loadChartHistory(db),
    tree: await loadUnitTree(db),
    story: input.story,
    accountOf: (employeeId) => (employeeId ? (byEmployee.get(employeeId) ?? null) : null),
    pengelolaAccount: pengelola.id,
    parties: partiesWriter(db),
    rows: { ...emptyDetails(), org_capaian: [], evaluation: [], keberatan: [], unit_evaluation: [] },
  };
  for (const year of [input.year - 1, input.year]) {
    await seedYear(db, seed, year, year === input.year);
  }
  const { rows } = seed;
  await insertInBatches(db, "org_capaian", rows.org_capaian);
  await insertInBatches(db, "evaluation", rows.evaluation);
  await insertInBatches(db, "evaluation_rhk", rows.evaluation_rhk);
  await insertInBatches(db, "evaluation_iki", rows.evaluation_iki);
  await insertInBatches(db, "evaluation_behaviour", rows.evaluation_behaviour);
  await insertInBatches(db, "self_assessment", rows.self_assessment);
  await insertInBatches(db, "keberatan", rows.keberatan);
  await insertInBatches(db, "unit_evaluation", rows.unit_evaluation);
}

/** The year's finished evaluation periods; in the current year the last of them keeps the story's loose ends. */
async function seedYear(db: Db, seed: EvaluationSeed, year: number, current: boolean) {
  const setting = await db.selectFrom("performance_year").select("cadence").where("year", "=", year).executeTakeFirst();
  const periods = evaluationPeriods(year, setting?.cadence ?? "triwulan").filter((p) => p.end < seed.today);
  const skps = await approvedSkps(db, year);
  const words = await monthlyWords(db, year);
  const favoured = new Set(skps.filter((s) => seed.story.favoured.includes(s.positionId)).map((s) => s.employeeId));
  const standing = standings(seed.r, [...new Set(skps.map((s) => s.employeeId))], favoured);
  for (const [i, period] of periods.entries()) {
    await seedPeriod(seed, {
      year,
      period,
      skps,
      words,
      standing,
      lastYear: !current,
      lastFinished: current && i === periods.length - 1,
    });
  }
}

/** describeSeats once per distinct seat: the pangkat and jabatan printed do not change within the seed. */
function partiesWriter(db: Db) {
  const cache = new Map<string, Party | null>();
  const keyOf = (seat: Seat | null) => (seat ? `${seat.employeeId}|${seat.positionId}|${seat.acting}` : "-");
  return async (seats: readonly (Seat | null)[]): Promise<string> => {
    const missing = seats.filter((s) => !cache.has(keyOf(s)));
    if (missing.length > 0) {
      const described = await describeSeats(db, missing);
      for (const [i, seat] of missing.entries()) {
        cache.set(keyOf(seat), described[i] ?? null);
      }
    }
    const [pegawai, penilai, atasan] = seats.map((s) => cache.get(keyOf(s)) ?? null);
    return JSON.stringify({ pegawai, penilai, atasan });
  };
}
