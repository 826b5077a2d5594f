import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertInvalid } from "./assertions";
import type { Office } from "./given";
import { approvedSkp, completeContent, openYear, reportingStaff } from "./given-skp";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

/** Issue 9 rule 11: each IKI declares how its months add up (sum, latest, average), by default from its satuan. */
describe("cumulative progress per IKI", () => {
  let t: TestApp;
  let office: Office;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-04-02T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
  });
  afterEach(() => t.close());

  const report = async (staff: Client, month: number, values: { ikiId: string; value: string }[]) => {
    const opened = json(await staff.post("/api/reports", { year: 2026, month }));
    const res = await staff.put(`/api/reports/${opened.id}/content`, {
      realisations: values,
      actions: [],
      version: opened.version,
    });
    assert.equal(res.statusCode, 200, res.body);
    return json(await staff.get(`/api/reports/${opened.id}`));
  };

  it("takes the latest month for a stock, sums a count and averages a rate", async () => {
    const staffSkp = await reportingStaff(t.db, office);
    const [berkas, persen] = staffSkp.ikiIds as [string, string];
    const pbb = crypto.randomUUID();
    await t.db
      .insertInto("skp_iki")
      .values({
        id: pbb,
        rhk_id: staffSkp.rhkIds[0] ?? "",
        sort_order: 2,
        aspek: "kuantitas",
        indicator: "Persentase realisasi PBB-P2 kelurahan terhadap target",
        target: "100",
        unit: "persen",
        accumulation: "latest",
      })
      .execute();
    const staff = await t.as(office.staff);
    await report(staff, 1, [
      { ikiId: berkas, value: "120" },
      { ikiId: persen, value: "90" },
      { ikiId: pbb, value: "12,5" },
    ]);
    await report(staff, 2, [
      { ikiId: berkas, value: "130" },
      { ikiId: persen, value: "100" },
      { ikiId: pbb, value: "30" },
    ]);
    const march = await report(staff, 3, [
      { ikiId: berkas, value: "110" },
      { ikiId: persen, value: "95" },
      { ikiId: pbb, value: "41,2" },
    ]);
    const lines = march.rhk[0].ikis.map((l: { cumulative: number; percent: number; accumulation: string }) => [
      l.accumulation,
      l.cumulative,
      l.percent,
    ]);
    assert.deepEqual(lines, [
      ["sum", 360, 24],
      ["average", 95, 95],
      // Year to date, not the mean of 12,5, 30 and 41,2 (27,9).
      ["latest", 41.2, 41.2],
    ]);
    // February's report reads the months up to February.
    const february = json(await staff.get("/api/reports/mine?year=2026")).find((m: { month: number }) => m.month === 2);
    const feb = json(await staff.get(`/api/reports/${february.report.id}`));
    assert.deepEqual(
      feb.rhk[0].ikis.map((l: { cumulative: number }) => l.cumulative),
      [250, 95, 30],
    );
  });

  it("lets the employee declare it on an IKI of the SKP draft, and leaves it to the satuan otherwise", async () => {
    const kasi = await approvedSkp(t.db, {
      employeeId: office.kasi.id,
      positionId: office.positions.kasi.id,
      year: 2026,
      rhk: ["Meningkatnya kualitas pelayanan PATEN"],
    });
    const staff = await t.as(office.staff);
    const draft = json(await staff.post("/api/skps", { year: 2026 }));
    const body = completeContent(kasi.rhkIds[0] ?? null, draft.version);
    const [count, rate] = body.rhk[0]?.ikis ?? [];
    const content = { ...body, rhk: [{ ...body.rhk[0], ikis: [count, { ...rate, accumulation: "latest" }] }] };
    const res = await staff.put(`/api/skps/${draft.id}/content`, content);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      json(res).rhk[0].ikis.map((i: { accumulation: string | null }) => i.accumulation),
      [null, "latest"],
    );
    const wrong = { ...content, rhk: [{ ...body.rhk[0], ikis: [{ ...count, accumulation: "median" }] }] };
    assertInvalid(await staff.put(`/api/skps/${draft.id}/content`, { ...wrong, version: json(res).version }), {
      "rhk/0/ikis/0/accumulation": /tidak dikenal/,
    });
  });
});
