import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { ReportStatus } from "@simkin/domain";
import { newId } from "../src/db/ids";
import { assertError, assertInvalid } from "./assertions";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

type Row = { employeeId: string; status: string; late: boolean; waitingFeedbackDays: number | null };

describe("compliance", () => {
  let t: TestApp;
  let office: Office;
  let skps: Record<"camat" | "kasi" | "staff" | "other", string>;
  let drafter: Awaited<ReturnType<TestApp["given"]["placedEmployee"]>>;
  let other: Awaited<ReturnType<TestApp["given"]["placedEmployee"]>>;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-02T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    // Another kecamatan: its head is outside the Camat's organisation.
    const otherKecamatan = await t.given.unit({ kind: "kecamatan", name: "Kecamatan Lain" });
    const otherPos = await t.given.position({ unitId: otherKecamatan.id, kind: "administrator", leads: true });
    other = await t.given.placedEmployee({ positionId: otherPos.id });
    // A staff member whose SKP is still a draft: left out of every view.
    drafter = await t.given.placedEmployee({ positionId: office.positions.staff.id });
    const skp = async (employeeId: string, positionId: string, status?: "draft") =>
      (await approvedSkp(t.db, { employeeId, positionId, year: 2026, rhk: ["RHK"], status })).skpId;
    await skp(drafter.id, office.positions.staff.id, "draft");
    skps = {
      camat: await skp(office.camat.id, office.positions.camat.id),
      kasi: await skp(office.kasi.id, office.positions.kasi.id),
      staff: await skp(office.staff.id, office.positions.staff.id),
      other: await skp(other.id, otherPos.id),
    };
  });
  afterEach(() => t.close());

  const report = async (
    employeeId: string,
    skpId: string,
    status: ReportStatus,
    submittedAt: string | null = null,
    lastSubmittedAt: string | null = submittedAt,
  ) => {
    const id = newId();
    await t.db
      .insertInto("monthly_report")
      .values({
        id,
        skp_id: skpId,
        employee_id: employeeId,
        year: 2026,
        month: 2,
        status,
        achievements: "",
        challenges: "",
        improvements: "",
        overall_feedback: null,
        revision_reason: null,
        submitted_at: submittedAt,
        last_submitted_at: lastSubmittedAt,
        accepted_at: null,
        acknowledged_at: null,
        version: 1,
        created_at: "2026-02-20T00:00:00.000Z",
        updated_at: "2026-02-20T00:00:00.000Z",
      })
      .execute();
    return id;
  };

  const compliance = async (user: { userId: string }, query = "year=2026&month=2") => {
    const res = await (await t.as(user)).get(`/api/compliance?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = json(res);
    return {
      scope: body.scope as string,
      rows: body.items as Row[],
      byId: new Map<string, Row>(body.items.map((r: Row) => [r.employeeId, r])),
    };
  };

  it("a rater sees the people they rate today who have an approved SKP for the month", async () => {
    const { scope, rows } = await compliance(office.kasi);
    assert.equal(scope, "team");
    assert.deepEqual(rows, [
      {
        employeeId: office.staff.id,
        employeeName: office.staff.name,
        positionName: "Pengelola Layanan Operasional",
        unitName: "Seksi Pelayanan Umum",
        reportId: null,
        status: "belum",
        submittedAt: null,
        late: false,
        waitingFeedbackDays: null,
        ikiTotal: 0,
        ikiReported: 0,
      },
    ]);
    // An SKP that starts after the month does not cover it.
    await t.db.updateTable("skp").set({ period_start: "2026-04-01" }).where("id", "=", skps.staff).execute();
    assert.deepEqual((await compliance(office.kasi)).rows, []);
  });

  it("the pimpinan sees the organisation; pengelola kinerja, auditor and super admin see everyone", async () => {
    const organisation = await compliance(office.camat);
    assert.equal(organisation.scope, "organisation");
    assert.deepEqual([...organisation.byId.keys()].sort(), [office.camat.id, office.kasi.id, office.staff.id].sort());
    for (const roles of [["pengelola_kinerja"], ["auditor"], ["super_admin"]] as const) {
      const all = await compliance(await t.given.user({ roles: [...roles] }));
      assert.equal(all.scope, "all");
      assert.deepEqual(
        [...all.byId.keys()].sort(),
        [office.camat.id, office.kasi.id, office.staff.id, other.id].sort(),
        roles[0],
      );
    }
    const head = await compliance(other);
    assert.equal(head.scope, "organisation");
    assert.deepEqual([...head.byId.keys()], [other.id]);
  });

  it("refuses a plain employee, a caller without a session and a bad month", async () => {
    assertError(await (await t.as(office.staff)).get("/api/compliance?year=2026&month=2"), 403, "forbidden");
    assertError(await (await t.as(drafter)).get("/api/compliance?year=2026&month=2"), 403, "forbidden");
    assertError(await t.anonymous().get("/api/compliance?year=2026&month=2"), 401, "unauthenticated");
    const kasi = await t.as(office.kasi);
    assertInvalid(await kasi.get("/api/compliance?year=2026&month=13"), { month: /./ });
    assertInvalid(await kasi.get("/api/compliance?year=2026"), { month: /./ });
  });

  it("marks lateness against the deadline (5 March, end of day WIB) and counts days waiting for feedback", async () => {
    const staffReport = await report(office.staff.id, skps.staff, "diajukan", "2026-03-04T02:00:00.000Z");
    // The Camat first submitted on time; the revision he resubmitted later does not make him late.
    await report(office.camat.id, skps.camat, "perlu_revisi", "2026-03-05T10:00:00.000Z", "2026-03-07T00:00:00.000Z");
    await report(other.id, skps.other, "diajukan", "2026-03-06T01:00:00.000Z");

    t.clock.now = new Date("2026-03-05T16:00:00.000Z");
    const before = (await compliance(await t.given.admin())).byId;
    assert.equal(before.get(office.kasi.id)?.late, false, "no report yet, but the deadline has not passed");
    assert.deepEqual(before.get(office.staff.id), {
      ...before.get(office.staff.id),
      reportId: staffReport,
      status: "diajukan",
      submittedAt: "2026-03-04T02:00:00.000Z",
      late: false,
      waitingFeedbackDays: 1,
    });

    t.clock.now = new Date("2026-03-09T03:00:00.000Z");
    const after = (await compliance(await t.given.admin())).byId;
    const summary = (id: string) => {
      const row = after.get(id);
      return row && [row.status, row.late, row.waitingFeedbackDays];
    };
    assert.deepEqual(summary(office.staff.id), ["diajukan", false, 5]);
    assert.deepEqual(summary(office.kasi.id), ["belum", true, null]);
    assert.deepEqual(summary(office.camat.id), ["perlu_revisi", false, null]);
    assert.deepEqual(summary(other.id), ["diajukan", true, 3]);

    await t.db.updateTable("monthly_report").set({ status: "diterima" }).where("id", "=", staffReport).execute();
    assert.deepEqual(
      (await compliance(office.kasi)).rows.map((r) => [r.status, r.waitingFeedbackDays]),
      [["diterima", null]],
    );
  });
});
