import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type OrgChart, resolveRaters, resolveSeatRaters, wibDate } from "@simkin/domain";
import { loadChartHistory } from "../src/modules/org/chart.repo";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { createTestApp, type TestApp } from "./test-app";

/**
 * Issue 9 rule 3: every record of the demo office was made by whoever held the seat that acts on its date, resolved
 * with the same rules as the application (REGULATIONS.md §3.6): SKP approvals and returns, report feedback and
 * acceptance, dialogues and coaching. Seeded at two moments of the year: late (most of the story) and in January,
 * before the Plt Lurah Komperta's staff SKPs are agreed.
 */
for (const now of ["2026-11-16T03:00:00.000Z", "2026-01-22T03:00:00.000Z"]) {
  describe(`the demo office seeded on ${now.slice(0, 10)}`, () => {
    let t: TestApp;
    let chart: OrgChart;
    let employeeOf: Map<string, string | null>;
    before(async () => {
      t = await createTestApp({ mode: "demo", now });
      await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
      chart = await loadChartHistory(t.db);
      const accounts = await t.db.selectFrom("user_account").select(["id", "employee_id"]).execute();
      employeeOf = new Map(accounts.map((a) => [a.id, a.employee_id]));
    });
    after(() => t.close());

    /**
     * The rater of an SKP's seat on an ISO timestamp's date (WIB), as the SKP screens resolve it: an employee, null for
     * the elected Wali Kota's office (outside the register), or "none" when nobody may rate.
     */
    const seatRater = (skp: { employee_id: string; position_id: string }, at: string) => {
      const rater = resolveSeatRaters(chart, skp.position_id, skp.employee_id, wibDate(new Date(at))).rater;
      return rater ? rater.employeeId : "none";
    };
    const problems = (list: string[]) => assert.deepEqual(list, [], `${list.length} inconsistent records`);

    it("approves every SKP by the rater of its seat on the day of approval", async () => {
      const skps = await t.db
        .selectFrom("skp")
        .select(["id", "employee_id", "position_id", "approved_at", "approved_by", "status"])
        .where("approved_at", "is not", null)
        .execute();
      assert.ok(skps.length > 100, `${skps.length} approved SKPs`);
      problems(
        skps.flatMap((s) => {
          const expected = seatRater(s, s.approved_at ?? "");
          return s.approved_by === expected
            ? []
            : [`SKP ${s.id} approved by ${s.approved_by} on ${s.approved_at}, rater was ${expected}`];
        }),
      );
    });

    it("records every SKP approval and return as made by the rater of its seat on that day", async () => {
      const events = await t.db
        .selectFrom("skp_event")
        .innerJoin("skp", "skp.id", "skp_event.skp_id")
        .select(["skp_event.action", "skp_event.at", "skp_event.actor_id", "skp.employee_id", "skp.position_id"])
        .where("skp_event.action", "in", ["approved", "returned"])
        .execute();
      const late = now >= "2026-02-01";
      assert.equal(
        events.some((e) => e.action === "returned" && e.at.startsWith("2026")),
        late,
        "the story has an SKP returned this year once January's decisions are made",
      );
      problems(
        events.flatMap((e) => {
          const actor = e.actor_id ? (employeeOf.get(e.actor_id) ?? "unknown") : null;
          const expected = seatRater(e, e.at);
          return actor === expected ? [] : [`${e.action} on ${e.at} by ${actor}, rater was ${expected}`];
        }),
      );
    });

    it("gives every report feedback, acceptance and revision request from the rater on that day", async () => {
      const events = await t.db
        .selectFrom("report_event")
        .innerJoin("monthly_report", "monthly_report.id", "report_event.report_id")
        .innerJoin("skp", "skp.id", "monthly_report.skp_id")
        .select([
          "report_event.action",
          "report_event.at",
          "report_event.actor_id",
          "skp.employee_id",
          "skp.position_id",
        ])
        .where("report_event.action", "in", ["feedback_given", "accepted", "revision_requested"])
        .execute();
      assert.ok(events.length > 100, `${events.length} decisions on reports`);
      problems(
        events.flatMap((e) => {
          const actor = e.actor_id ? (employeeOf.get(e.actor_id) ?? "unknown") : null;
          const expected = seatRater(e, e.at);
          return actor === expected ? [] : [`${e.action} on ${e.at} by ${actor}, rater was ${expected}`];
        }),
      );
    });

    it("holds every dialogue and coaching session with the employee's rater on its date", async () => {
      const dialogues = await t.db
        .selectFrom("performance_dialogue")
        .select(["employee_id", "rater_employee_id", "date"])
        .execute();
      const sessions = await t.db
        .selectFrom("coaching_session")
        .select(["employee_id", "rater_employee_id", "date"])
        .execute();
      assert.ok(dialogues.length + sessions.length > 20, `${dialogues.length} dialogues, ${sessions.length} sessions`);
      problems(
        [...dialogues, ...sessions].flatMap((d) => {
          const expected = resolveRaters(chart, d.employee_id, d.date).rater?.employeeId ?? null;
          return d.rater_employee_id === expected ? [] : [`${d.date}: ${d.rater_employee_id}, rater was ${expected}`];
        }),
      );
    });

    it("dates nothing after the moment it was seeded", async () => {
      const stamps = [
        ...(await t.db.selectFrom("skp_event").select("at").execute()).map((e) => e.at),
        ...(await t.db.selectFrom("report_event").select("at").execute()).map((e) => e.at),
        ...(
          await t.db.selectFrom("skp").select("approved_at as at").where("approved_at", "is not", null).execute()
        ).map((s) => s.at ?? ""),
      ];
      const days = [
        ...(await t.db.selectFrom("performance_dialogue").select("date").execute()).map((d) => d.date),
        ...(await t.db.selectFrom("coaching_session").select("date").execute()).map((d) => d.date),
      ];
      problems([...stamps.filter((at) => at > now), ...days.filter((d) => d > now.slice(0, 10))]);
    });

    it("has the Komperta staff cascade from the SKP the Plt made for the Lurah Komperta seat", async () => {
      const seat = await t.db
        .selectFrom("skp")
        .innerJoin("position", "position.id", "skp.position_id")
        .select(["skp.id", "skp.status", "skp.approved_at"])
        .where("position.name", "=", "Lurah Komperta")
        .where("skp.year", "=", 2026)
        .executeTakeFirstOrThrow();
      const approved = now >= "2026-01-25";
      // In January nothing above it is agreed yet, so it waits as a draft like the rest of the cascade.
      assert.equal(seat.status, approved ? "disetujui" : "draft");
      const staff = await t.db
        .selectFrom("skp_rhk")
        .innerJoin("skp", "skp.id", "skp_rhk.skp_id")
        .innerJoin("skp_rhk as parent", "parent.id", "skp_rhk.parent_rhk_id")
        .innerJoin("position", "position.id", "skp.position_id")
        .select(["parent.skp_id as parent_skp"])
        .where("position.name", "=", "Sekretaris Lurah Komperta")
        .where("skp.year", "=", 2026)
        .execute();
      assert.equal(staff.length > 0, approved, "the Sekretaris Lurah intervenes RHK once the seat's SKP is agreed");
      assert.ok(staff.every((s) => s.parent_skp === seat.id));
    });
  });
}
