import { type Accumulation, accumulationFor, cumulativeFor, monthName } from "@simkin/domain";
import type { Db } from "../../db";
import { isOwnPositionSkp } from "../skp/skp.repo";

/** An approved SKP of the year, as the evaluation seed needs it (the employee's own position only). */
export type SeedEvalSkp = {
  id: string;
  employeeId: string;
  positionId: string;
  unitId: string;
  approach: "kuantitatif" | "kualitatif";
  periodStart: string;
  periodEnd: string;
  approvedAt: string;
  rhk: { id: string; text: string; ikis: SeedEvalIki[] }[];
};
type SeedEvalIki = { id: string; indicator: string; target: string | null; unit: string | null; way: Accumulation };

/** Per SKP: the realisation and feedback written in each month's report, by IKI and RHK. */
export type MonthlyWords = {
  values: Map<string, Map<number, string>>;
  feedback: Map<string, Map<number, string>>;
};

/**
 * The approved SKPs of a year with their RHK and IKI: an evaluation is only for an agreed SKP, and one a Plt made for
 * the seat he acts in is rated with his own (isOwnPositionSkp), as its reports are.
 */
export async function approvedSkps(db: Db, year: number): Promise<SeedEvalSkp[]> {
  const skps = await db
    .selectFrom("skp")
    .innerJoin("position", "position.id", "skp.position_id")
    .select([
      "skp.id",
      "skp.employee_id",
      "skp.position_id",
      "position.unit_id",
      "skp.approach",
      "skp.period_start",
      "skp.period_end",
      "skp.approved_at",
    ])
    .where("skp.year", "=", year)
    .where("skp.status", "=", "disetujui")
    .where(isOwnPositionSkp)
    .orderBy("skp.id")
    .execute();
  const rhk = await db
    .selectFrom("skp_rhk")
    .innerJoin("skp", "skp.id", "skp_rhk.skp_id")
    .select(["skp_rhk.id", "skp_rhk.skp_id", "skp_rhk.text"])
    .where("skp.year", "=", year)
    .orderBy("skp_rhk.sort_order")
    .execute();
  const ikis = await db
    .selectFrom("skp_iki")
    .innerJoin("skp_rhk", "skp_rhk.id", "skp_iki.rhk_id")
    .innerJoin("skp", "skp.id", "skp_rhk.skp_id")
    .select([
      "skp_iki.id",
      "skp_iki.rhk_id",
      "skp_iki.indicator",
      "skp_iki.target",
      "skp_iki.unit",
      "skp_iki.accumulation",
    ])
    .where("skp.year", "=", year)
    .orderBy("skp_iki.sort_order")
    .execute();
  const ikisOf = groupBy(ikis, (i) => i.rhk_id);
  const rhkOf = groupBy(rhk, (x) => x.skp_id);
  return skps.flatMap((s) =>
    s.approved_at
      ? [
          {
            id: s.id,
            employeeId: s.employee_id,
            positionId: s.position_id,
            unitId: s.unit_id,
            approach: s.approach,
            periodStart: s.period_start,
            periodEnd: s.period_end,
            approvedAt: s.approved_at,
            rhk: (rhkOf.get(s.id) ?? []).map((x) => ({
              id: x.id,
              text: x.text,
              ikis: (ikisOf.get(x.id) ?? []).map((i) => ({
                id: i.id,
                indicator: i.indicator,
                target: i.target,
                unit: i.unit,
                way: accumulationFor(i),
              })),
            })),
          },
        ]
      : [],
  );
}

/** What the year's submitted reports say, by SKP: each IKI's value and each RHK's "to improve" per month. */
export async function monthlyWords(db: Db, year: number): Promise<Map<string, MonthlyWords>> {
  const values = await db
    .selectFrom("report_realisation")
    .innerJoin("monthly_report", "monthly_report.id", "report_realisation.report_id")
    .select(["monthly_report.skp_id", "monthly_report.month", "report_realisation.iki_id", "report_realisation.value"])
    .where("monthly_report.year", "=", year)
    .where("monthly_report.status", "!=", "draft")
    .execute();
  const feedback = await db
    .selectFrom("report_feedback")
    .innerJoin("monthly_report", "monthly_report.id", "report_feedback.report_id")
    .select(["monthly_report.skp_id", "monthly_report.month", "report_feedback.rhk_id", "report_feedback.to_improve"])
    .where("monthly_report.year", "=", year)
    .execute();
  const bySkp = new Map<string, MonthlyWords>();
  const of = (skpId: string) => {
    let words = bySkp.get(skpId);
    if (!words) {
      words = { values: new Map(), feedback: new Map() };
      bySkp.set(skpId, words);
    }
    return words;
  };
  const put = (map: Map<string, Map<number, string>>, key: string, month: number, text: string) => {
    const months = map.get(key) ?? new Map<number, string>();
    months.set(month, text);
    map.set(key, months);
  };
  for (const v of values) {
    put(of(v.skp_id).values, v.iki_id, v.month, v.value);
  }
  for (const f of feedback) {
    put(of(f.skp_id).feedback, f.rhk_id, f.month, f.to_improve);
  }
  return bySkp;
}

const number = (n: number) => String(Math.round(n * 10) / 10).replace(".", ",");

/** An IKI's realisation up to the period's last month: counts add up, a stock takes its latest, a rate its average. */
export function ikiRealisation(iki: SeedEvalIki, months: ReadonlyMap<number, string> | undefined, lastMonth: number) {
  const inOrder = [...(months ?? new Map<number, string>()).entries()]
    .filter(([m]) => m <= lastMonth)
    .sort(([a], [b]) => a - b)
    .map(([, v]) => v);
  if (iki.target === null || iki.unit === null) {
    // Kualitatif: the words of the latest month stand as the realisation.
    return { text: inOrder.at(-1) ?? "", summary: inOrder.at(-1) ?? "" };
  }
  const { cumulative, percent } = cumulativeFor(inOrder, iki.target, iki.way);
  if (cumulative === null) {
    return { text: "", summary: `${iki.indicator}: belum ada realisasi yang dilaporkan` };
  }
  const share = percent === null ? "" : ` (${number(percent)}% dari target tahunan)`;
  return {
    text: number(cumulative),
    summary: `${iki.indicator}: ${number(cumulative)} dari ${iki.target} ${iki.unit}${share}`,
  };
}

/** The monthly feedback an RHK's umpan balik summarises: "Juli: ...; Agustus: ...". */
export function monthlyFeedbackText(months: ReadonlyMap<number, string> | undefined, first: number, last: number) {
  return [...(months ?? new Map<number, string>()).entries()]
    .filter(([m]) => m >= first && m <= last)
    .sort(([a], [b]) => a - b)
    .map(([m, text]) => `${monthName(m)}: ${text}`)
    .join("\n");
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) {
      list.push(row);
    } else {
      map.set(key(row), [row]);
    }
  }
  return map;
}
