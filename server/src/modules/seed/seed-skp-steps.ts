import { type OrgChart, resolveSeatRaters, type SnapshotStep, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { describeReviewer, describeSeats } from "../skp/party.repo";
import * as skps from "../skp/skp.repo";
import { saveSignatories } from "../skp/snapshot.repo";

export type SeedStep = { action: SnapshotStep; at: string; note?: string | null };
/** An SKP of the seed: `heldAs` "plt" when a Plt made it for the seat he acts in (rated from that seat). */
export type SeedSkp = {
  id: string;
  employeeId: string;
  positionId: string;
  heldAs: "definitif" | "plt";
  /** Reviewed by a pengelola outside this office (the Setda's SKPs): the review step names nobody here. */
  reviewedOutside?: boolean;
};

/**
 * Writes SKP workflow steps as the app would: each step by whoever held the seat that acts on its date, resolved from
 * the SKP's seat through the same chart rules (resolveSeatRaters, never a name), with the snapshot of the pegawai,
 * penilai and atasan kept with the step (issue 9 rule 3), and a pengelola kinerja who is neither the owner nor the
 * rater on the review. `chart` is the chart with its whole history (loadChartHistory).
 */
export function stepWriter(db: Db, chart: OrgChart) {
  let accounts: Promise<Map<string, string>> | null = null;
  let reviewers: Promise<{ userId: string; employeeId: string | null }[]> | null = null;
  const resolve = (skp: Pick<SeedSkp, "employeeId" | "positionId">, at: string) =>
    resolveSeatRaters(chart, skp.positionId, skp.employeeId, wibDate(new Date(at)));

  /** The employee's account, e.g. the owner of an SKP or the rater who wrote its expectations; null without one. */
  async function accountOf(employeeId: string | null): Promise<string | null> {
    accounts ??= accountsByEmployee(db);
    return employeeId ? ((await accounts).get(employeeId) ?? null) : null;
  }

  /** The rater of the SKP's seat at a moment: who approves or returns it then (null for the Wali Kota's office). */
  function raterOn(skp: Pick<SeedSkp, "employeeId" | "positionId">, at: string): string | null {
    return resolve(skp, at).rater?.employeeId ?? null;
  }

  /** Writes the steps; returns who took each (their account), by action. */
  async function write(skp: SeedSkp, steps: readonly SeedStep[]) {
    reviewers ??= pengelolaAccounts(db);
    const takenBy = new Map<SnapshotStep, string | null>();
    for (const step of steps) {
      const resolved = resolve(skp, step.at);
      const [employee, rater, atasanRater] = await describeSeats(db, [
        { employeeId: skp.employeeId, positionId: skp.positionId, acting: skp.heldAs === "plt" ? "plt" : null },
        resolved.rater,
        resolved.atasanRater,
      ]);
      const raterId = resolved.rater?.employeeId ?? null;
      const reviewing = step.action === "reviewed" || step.action === "review_returned";
      const reviewer =
        reviewing && !skp.reviewedOutside
          ? (await reviewers).find((r) => r.employeeId !== skp.employeeId && r.employeeId !== raterId)
          : undefined;
      const actorId = reviewing
        ? (reviewer?.userId ?? null)
        : await accountOf(step.action === "submitted" ? skp.employeeId : raterId);
      takenBy.set(step.action, actorId);
      const eventId = await skps.addEvent(db, {
        skpId: skp.id,
        at: new Date(step.at),
        actorId,
        action: step.action,
        note: step.note ?? null,
      });
      if (employee) {
        const date = wibDate(new Date(step.at));
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
  }

  return { write, raterOn, accountOf };
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
