import { type OrgChart, resolveRaters, type SnapshotStep } from "@simkin/domain";
import type { Db } from "../../db";
import { loadChart } from "../org/chart.repo";
import { describeReviewer, describeSeats } from "../skp/party.repo";
import * as skps from "../skp/skp.repo";
import { saveSignatories } from "../skp/snapshot.repo";

export type SeedStep = { action: SnapshotStep; at: string; note?: string | null };
type SeedSkp = { id: string; employeeId: string; positionId: string };

/**
 * Writes an SKP's workflow steps as the app would: each step by whoever held the seat that day, resolved from the
 * seed's own placements through the same chart rules (never a name), with the snapshot of the pegawai, penilai and
 * atasan kept with the step (issue 9 rule 3), and a pengelola kinerja who is neither the owner nor the rater on the
 * review. Charts are loaded once per date.
 */
export function stepWriter(db: Db) {
  const charts = new Map<string, Promise<OrgChart>>();
  const chartOn = (date: string) => {
    const chart = charts.get(date) ?? loadChart(db, date);
    charts.set(date, chart);
    return chart;
  };
  let accounts: Promise<Map<string, string>> | null = null;
  let reviewers: Promise<{ userId: string; employeeId: string | null }[]> | null = null;

  /** Writes the steps; returns who took each (their account), by action. */
  return async function write(skp: SeedSkp, steps: readonly SeedStep[]) {
    accounts ??= accountsByEmployee(db);
    reviewers ??= pengelolaAccounts(db);
    const takenBy = new Map<SnapshotStep, string | null>();
    for (const step of steps) {
      const date = step.at.slice(0, 10);
      const resolved = resolveRaters(await chartOn(date), skp.employeeId, date);
      const [employee, rater, atasanRater] = await describeSeats(db, [
        { employeeId: skp.employeeId, positionId: skp.positionId, acting: null },
        resolved.rater,
        resolved.atasanRater,
      ]);
      const raterId = resolved.rater?.employeeId ?? null;
      const reviewing = step.action === "reviewed" || step.action === "review_returned";
      const reviewer = reviewing
        ? (await reviewers).find((r) => r.employeeId !== skp.employeeId && r.employeeId !== raterId)
        : undefined;
      const by = step.action === "submitted" ? skp.employeeId : raterId;
      const actorId = reviewing ? (reviewer?.userId ?? null) : by ? ((await accounts).get(by) ?? null) : null;
      takenBy.set(step.action, actorId);
      const eventId = await skps.addEvent(db, {
        skpId: skp.id,
        at: new Date(step.at),
        actorId,
        action: step.action,
        note: step.note ?? null,
      });
      if (employee) {
        const pengelola = reviewer ? await describeReviewer(db, reviewer.userId, date) : null;
        await saveSignatories(db, eventId, {
          employee,
          rater: rater ?? null,
          atasanRater: atasanRater ?? null,
          pengelola,
        });
      }
    }
    return takenBy;
  };
}

/** The rater resolved for the SKP's employee on a date: who approves or returns it that day. */
export async function raterOn(db: Db, employeeId: string, date: string): Promise<string | null> {
  return resolveRaters(await loadChart(db, date), employeeId, date).rater?.employeeId ?? null;
}

async function accountsByEmployee(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom("user_account").select(["id", "employee_id"]).orderBy("created_at").execute();
  const byEmployee = new Map<string, string>();
  for (const row of rows) {
    if (row.employee_id && !byEmployee.has(row.employee_id)) {
      byEmployee.set(row.employee_id, row.id);
    }
  }
  return byEmployee;
}

/** The pengelola kinerja accounts, the persona "pengelola" first. */
async function pengelolaAccounts(db: Db) {
  const rows = await db
    .selectFrom("user_role")
    .innerJoin("user_account", "user_account.id", "user_role.user_id")
    .select(["user_account.id", "user_account.employee_id", "user_account.username"])
    .where("user_role.role", "=", "pengelola_kinerja")
    .orderBy("user_account.username")
    .execute();
  rows.sort((a, b) => Number(b.username === "pengelola") - Number(a.username === "pengelola"));
  return rows.map((r) => ({ userId: r.id, employeeId: r.employee_id }));
}

/** An employee's (first) account, e.g. the rater who wrote the expectations; null without one. */
export async function accountOf(db: Db, employeeId: string | null): Promise<string | null> {
  if (!employeeId) {
    return null;
  }
  const row = await db
    .selectFrom("user_account")
    .select("id")
    .where("employee_id", "=", employeeId)
    .orderBy("created_at")
    .executeTakeFirst();
  return row?.id ?? null;
}
