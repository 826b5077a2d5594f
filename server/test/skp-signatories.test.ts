import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { formatNip } from "@simkin/domain";
import type { Office } from "./given";
import { approvedSkp, completeContent, openYear, reviewedByPengelola } from "./given-skp";
import { oneLine, pdfText } from "./pdf-text";
import { createTestApp, json, type TestApp } from "./test-app";

const docText = (pdf: Buffer) => oneLine(pdfText(pdf, "doc"));

/**
 * Issue 9 rule 3 (who signed) and rule 15 (full unit, instansi from the unit tree). The Kasi's SKP is approved on
 * 25 January by the Camat; the Camat leaves on 31 January and a Plt Camat is placed from 1 February.
 */
describe("the parties an SKP printout names", () => {
  let t: TestApp;
  let office: Office;
  let plt: Awaited<ReturnType<TestApp["given"]["placedEmployee"]>>;
  let skpId = "";
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-20T03:00:00.000Z" });
    office = await t.given.office();
    const pemkot = await t.given.unit({ kind: "pemerintah_daerah", name: "Pemerintah Kota Palembang" });
    await t.db.updateTable("org_unit").set({ parent_id: pemkot.id }).where("id", "=", office.kecamatan.id).execute();
    await openYear(t.db, 2026);
    const camatRhk = await approvedSkp(t.db, {
      employeeId: office.camat.id,
      positionId: office.positions.camat.id,
      year: 2026,
      rhk: ["Meningkatnya kualitas pelayanan publik kecamatan"],
    });
    const kasi = await t.as(office.kasi);
    const created = json(await kasi.post("/api/skps", { year: 2026 }));
    skpId = created.id;
    const saved = json(await kasi.put(`/api/skps/${skpId}/content`, completeContent(camatRhk.rhkIds[0] ?? null, 1)));
    const submitted = json(await kasi.post(`/api/skps/${skpId}/submit`, { version: saved.version }));
    const version = await reviewedByPengelola(t, skpId, submitted.version);
    t.clock.now = new Date("2026-01-25T03:00:00.000Z");
    const approved = await (await t.as(office.camat)).post(`/api/skps/${skpId}/approve`, { version });
    assert.equal(approved.statusCode, 200, approved.body);

    await t.given.endPlacement(office.camat.id, "2026-01-31");
    plt = await t.given.placedEmployee({ positionId: office.positions.camat.id, kind: "plt", startDate: "2026-02-01" });
    t.clock.now = new Date("2026-03-10T03:00:00.000Z");
  });
  afterEach(() => t.close());

  it("prints the Camat who approved on 25 January, not the Plt placed from 1 February", async () => {
    const kasi = await t.as(office.kasi);
    const detail = json(await kasi.get(`/api/skps/${skpId}`));
    assert.equal(detail.rater.employeeId, plt.id, "the chart resolves the Plt today");
    assert.equal(detail.signed.basis, "approval");
    assert.equal(detail.signed.at, "2026-01-25T03:00:00.000Z");
    assert.equal(detail.signed.rater.employeeId, office.camat.id);
    assert.equal(detail.signed.employee.unit, "Seksi Pelayanan Umum, Kecamatan Uji");

    for (const part of ["pdf", "lampiran-pdf"]) {
      const text = docText((await kasi.get(`/api/skps/${skpId}/${part}`)).rawPayload);
      assert.ok(text.includes(office.camat.name), `${part}: the Camat signs`);
      assert.ok(text.includes(`NIP. ${formatNip(office.camat.nip)}`), `${part}: with the Camat's NIP`);
      assert.ok(!text.includes(plt.name), `${part}: the Plt does not appear`);
      assert.ok(text.includes("Palembang, 25 Januari 2026"), `${part}: signed on the approval day`);
      assert.ok(text.includes("PEMERINTAH KOTA PALEMBANG"), `${part}: the instansi from the root unit`);
      assert.ok(!text.includes("belum disetujui"), `${part}: no 'current officials' note`);
    }
    const skpText = docText((await kasi.get(`/api/skps/${skpId}/pdf`)).rawPayload);
    assert.ok(skpText.includes("Seksi Pelayanan Umum, Kecamatan Uji"), "the unit path with the organisation");
  });

  it("keeps who stood where at each step, with the pengelola on the review", async () => {
    const events = json(await (await t.as(office.kasi)).get(`/api/skps/${skpId}`)).events;
    const steps = events.filter((e: { signatories: unknown }) => e.signatories !== null);
    assert.deepEqual(
      steps.map((e: { action: string }) => e.action),
      ["submitted", "reviewed", "approved"],
    );
    for (const step of steps) {
      assert.equal(step.signatories.employee.employeeId, office.kasi.id);
      assert.equal(step.signatories.rater.employeeId, office.camat.id);
      assert.equal(step.signatories.rater.nip, office.camat.nip);
      assert.equal(step.signatories.rater.position, "Camat");
    }
    assert.ok(steps[1].signatories.pengelola);
    assert.equal(steps[0].signatories.pengelola, null);
    const stored = await t.db.selectFrom("skp_event_party").select(["role", "employee_id"]).execute();
    assert.ok(stored.some((r) => r.role === "penilai" && r.employee_id === office.camat.id));
  });

  it("prints the officials resolved now, marked as such, on an SKP not yet approved", async () => {
    const staff = await t.as(office.staff);
    const draft = json(await staff.post("/api/skps", { year: 2026 }));
    assert.equal(draft.signed.basis, "current");
    const text = docText((await staff.get(`/api/skps/${draft.id}/pdf`)).rawPayload);
    assert.ok(text.includes("SKP ini belum disetujui"), "the note says the officials are the current ones");
    assert.ok(text.includes(office.kasi.name));
    assert.ok(text.includes("Palembang, 10 Maret 2026"), "a draft is dated the day it is printed");
  });
});
