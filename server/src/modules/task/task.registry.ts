import { actingRatingSeats, actingSeatsRatedBy, hasAccess, rateesOf, type Task, wibDate } from "@simkin/domain";
import type { RequestContext } from "../../http/context";
import { loadChartBelow } from "../org/chart-slice.repo";
import { positionNames } from "../org/position.repo";
import { importsFailed, reportsMissing, skpsMissing, skpsToReview } from "./providers/admin.tasks";
import { capaianMissing, capaianToRecordTasks } from "./providers/capaian.tasks";
import { evaluationsToAcknowledge, evaluationsToRate } from "./providers/evaluation.tasks";
import { keberatanToDecide, keberatanToExplain, keberatanToRecord, myKeberatan } from "./providers/keberatan.tasks";
import { coachingToAnswer, myReportTasks } from "./providers/own-report.tasks";
import { mySkpTasks } from "./providers/own-skp.tasks";
import { coachingToEvaluate, followUpsDue, reportsToAnswer, skpsToApprove } from "./providers/rater.tasks";
import { evaluationScansMissing, penetapanScansMissing } from "./providers/scan.tasks";

/** What every provider is asked with: the request, today (WIB), the year, and whom the person rates (loaded once). */
export type TaskContext = {
  ctx: RequestContext;
  employeeId: string | null;
  date: string;
  year: number;
  month: number;
  /** The employees the person rates today (rateesOf), loaded on first use and shared by the rater providers. */
  ratees: () => Promise<string[]>;
  /** Of those, the ones rated through a seat the person acts in (Plt/Plh), with that seat named. */
  actingSeats: () => Promise<Map<string, NonNullable<Task["seat"]>>>;
  /** Seats under the person held by a Plt today: the SKP made for such a seat comes to the person (as the inbox). */
  pltSeats: () => Promise<PltSeat[]>;
};

export type PltSeat = { employeeId: string; positionId: string; positionName: string };

/** One kind of pending work: one or a few indexed queries walking from the person (never a whole table). */
export type TaskProvider = {
  name: string;
  applies: (tc: TaskContext) => boolean;
  tasks: (tc: TaskContext) => Promise<Task[]>;
};

const isEmployee = (tc: TaskContext) => tc.employeeId !== null;
const isPengelola = (tc: TaskContext) => tc.ctx.actor.roles.includes("pengelola_kinerja");
/** Who may run an import: the import contracts' "admin" access. */
const isImporter = (tc: TaskContext) => hasAccess(tc.ctx.actor.roles, "admin");

/** The registry the home page asks; a later issue adds its kind of task with one more entry here. */
export const taskProviders: readonly TaskProvider[] = [
  { name: "my_skp", applies: isEmployee, tasks: mySkpTasks },
  { name: "my_reports", applies: isEmployee, tasks: myReportTasks },
  { name: "my_coaching", applies: isEmployee, tasks: coachingToAnswer },
  { name: "skp_approve", applies: isEmployee, tasks: skpsToApprove },
  { name: "report_answer", applies: isEmployee, tasks: reportsToAnswer },
  { name: "coaching_evaluate", applies: isEmployee, tasks: coachingToEvaluate },
  { name: "follow_up_due", applies: isEmployee, tasks: followUpsDue },
  { name: "skp_review", applies: isPengelola, tasks: skpsToReview },
  { name: "reports_missing", applies: isPengelola, tasks: reportsMissing },
  { name: "skp_missing", applies: isPengelola, tasks: skpsMissing },
  { name: "import_failed", applies: isImporter, tasks: importsFailed },
  { name: "evaluation_rate", applies: isEmployee, tasks: evaluationsToRate },
  { name: "evaluation_ack", applies: isEmployee, tasks: evaluationsToAcknowledge },
  { name: "capaian_missing", applies: isEmployee, tasks: capaianMissing },
  { name: "capaian_record", applies: isPengelola, tasks: capaianToRecordTasks },
  { name: "my_keberatan", applies: isEmployee, tasks: myKeberatan },
  { name: "keberatan_explain", applies: isEmployee, tasks: keberatanToExplain },
  { name: "keberatan_decide", applies: isEmployee, tasks: keberatanToDecide },
  { name: "keberatan_record", applies: isPengelola, tasks: keberatanToRecord },
  { name: "evaluation_scan_missing", applies: isEmployee, tasks: evaluationScansMissing },
  { name: "penetapan_scan_missing", applies: isEmployee, tasks: penetapanScansMissing },
];

/** The context of one request: the ratees are loaded once, and only when a rater provider asks. */
export function taskContextOf(ctx: RequestContext): TaskContext {
  const date = wibDate(ctx.now);
  const employeeId = ctx.actor.employeeId;
  let rating: Promise<Rating> | null = null;
  const rated = () => {
    rating ??= employeeId
      ? ratingOf(ctx, employeeId, date)
      : Promise.resolve({ ratees: [], seats: new Map(), plt: [] });
    return rating;
  };
  return {
    ctx,
    employeeId,
    date,
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    ratees: async () => (await rated()).ratees,
    actingSeats: async () => (await rated()).seats,
    pltSeats: async () => (await rated()).plt,
  };
}

/** Whom the person rates today, from one slice of the chart, and the acting seats some of them come through. */
type Rating = { ratees: string[]; seats: Map<string, NonNullable<Task["seat"]>>; plt: PltSeat[] };

async function ratingOf(ctx: RequestContext, employeeId: string, date: string): Promise<Rating> {
  const chart = await loadChartBelow(ctx.db, employeeId, date);
  const ratees = rateesOf(chart, employeeId, date);
  const acting = actingRatingSeats(chart, employeeId, ratees, date);
  const held = actingSeatsRatedBy(chart, employeeId, date);
  const names = await positionNames(ctx.db, [
    ...new Set([...[...acting.values()].map((s) => s.positionId), ...held.map((s) => s.positionId)]),
  ]);
  const seats = new Map<string, NonNullable<Task["seat"]>>();
  for (const [ratee, seat] of acting) {
    seats.set(ratee, { acting: seat.acting, positionName: names.get(seat.positionId) ?? "" });
  }
  const plt = held.map((s) => ({ ...s, positionName: names.get(s.positionId) ?? "" }));
  return { ratees, seats, plt };
}
