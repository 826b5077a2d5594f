import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf, countRows } from "./assertions";
import type { Office } from "./given";
import { reviewedByPengelola } from "./given-skp";
import { pdfText } from "./pdf-text";
import { officeWithRaterSkp, submittedStaffSkp } from "./skp-flow";
import { createTestApp, json, type TestApp } from "./test-app";

const skpText = (pdf: Buffer) => pdfText(pdf, "skp");

/** Issue 9 rule 2: ekspektasi khusus pimpinan is set and clarified throughout the year (REGULATIONS.md §2.1, §3.2). */
describe("ekspektasi khusus pimpinan on an approved SKP", () => {
  let t: TestApp;
  let office: Office;
  let kasiRhk: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-20T03:00:00.000Z" });
    ({ office, kasiRhk } = await officeWithRaterSkp(t));
    await t.db
      .updateTable("employee")
      .set({ email: "staf@kec-uji.example" })
      .where("id", "=", office.staff.id)
      .execute();
  });
  afterEach(() => t.close());

  /** The staff SKP approved by the Kasi with a first expectation, as the employee's account sees it. */
  async function approved() {
    const { staff, skp } = await submittedStaffSkp(t, office, kasiRhk[0] ?? null);
    const kasi = await t.as(office.kasi);
    const set = json(
      await kasi.put(`/api/skps/${skp.id}/expectations`, {
        expectations: [{ valueCode: "berorientasi_pelayanan", text: "Ramah kepada pemohon di loket" }],
        version: skp.version,
      }),
    );
    const version = await reviewedByPengelola(t, skp.id, set.version);
    const done = json(await kasi.post(`/api/skps/${skp.id}/approve`, { version }));
    assert.equal(done.status, "disetujui");
    return { staff, kasi, skp: done };
  }

  const change = (text: string, version: number) => ({
    expectations: [{ valueCode: "berorientasi_pelayanan", text }],
    version,
  });

  it("lets the rater change it without a revision, keeping every text, in the history, audited and notified", async () => {
    const { staff, kasi, skp } = await approved();
    assert.ok(skp.allowed.includes("set_expectations"));
    const before = await countRows(t.db, "notification");
    t.clock.now = new Date("2026-03-02T03:00:00.000Z");
    const res = await (await t.as(office.kasi)).put(
      `/api/skps/${skp.id}/expectations`,
      change("Menuntaskan setiap permohonan PATEN pada hari yang sama", skp.version),
    );
    assert.equal(res.statusCode, 200, res.body);
    const after = json(res);
    assert.equal(after.status, "disetujui");
    assert.equal(after.revision, 1);
    assert.equal(after.version, skp.version + 1);
    assert.equal(after.behaviours[0].expectation, "Menuntaskan setiap permohonan PATEN pada hari yang sama");
    assert.equal(after.behaviours[1].expectation, null, "a value not sent keeps its text");
    assert.deepEqual(
      after.expectationHistory.map((v: { text: string; at: string; actorName: string }) => [v.text, v.at, v.actorName]),
      [
        ["Ramah kepada pemohon di loket", "2026-01-20T03:00:00.000Z", office.kasi.name],
        ["Menuntaskan setiap permohonan PATEN pada hari yang sama", "2026-03-02T03:00:00.000Z", office.kasi.name],
      ],
    );
    const event = after.events.at(-1);
    assert.equal(event.action, "expectations_set");
    assert.match(event.note, /Berorientasi Pelayanan: Menuntaskan/);
    const audit = (await auditEventsOf(t.db, skp.id)).filter((e) => e.action === "skp.set_expectations").at(-1);
    assert.deepEqual(audit?.before, {
      status: "disetujui",
      version: skp.version,
      expectations: { berorientasi_pelayanan: "Ramah kepada pemohon di loket" },
    });

    const mine = json(await (await t.as(office.staff)).get("/api/notifications"));
    assert.equal(await countRows(t.db, "notification"), before + 1);
    const notice = mine.items[0];
    assert.equal(notice.kind, "skp_expectations_changed");
    assert.equal(notice.link, `/skp/${skp.id}`);
    assert.match(notice.body, /Menuntaskan setiap permohonan PATEN/);
    const mail = await t.db
      .selectFrom("outbound_email")
      .selectAll()
      .where("created_at", "=", "2026-03-02T03:00:00.000Z")
      .execute();
    assert.deepEqual(
      mail.map((m) => [m.to_address, m.subject]),
      [["staf@kec-uji.example", "[SIMKIN] Ekspektasi khusus pimpinan pada SKP 2026 Anda diubah"]],
    );
    assert.ok(staff && kasi);
  });

  it("prints the current text on the SKP PDF", async () => {
    const { skp } = await approved();
    const kasi = await t.as(office.kasi);
    await kasi.put(`/api/skps/${skp.id}/expectations`, change("Tidak ada antrean lebih dari 15 menit", skp.version));
    const text = skpText((await (await t.as(office.staff)).get(`/api/skps/${skp.id}/pdf`)).rawPayload).replace(
      /\s+/g,
      " ",
    );
    assert.match(text, /Tidak ada antrean lebih dari 15 menit/);
    assert.doesNotMatch(text, /Ramah kepada pemohon di loket/);
  });

  it("changes nothing and notifies nobody when the texts are the same", async () => {
    const { skp } = await approved();
    const notices = await countRows(t.db, "notification");
    const res = await (await t.as(office.kasi)).put(
      `/api/skps/${skp.id}/expectations`,
      change("Ramah kepada pemohon di loket", skp.version),
    );
    assert.equal(json(res).version, skp.version);
    assert.equal(json(res).expectationHistory.length, 1);
    assert.equal(await countRows(t.db, "notification"), notices);
  });

  it("carries the change into a revision in the making", async () => {
    const { staff, skp } = await approved();
    const revision = json(await staff.post(`/api/skps/${skp.id}/revise`, { version: skp.version }));
    assert.equal(revision.expectationHistory.length, 1, "the revision starts with the history");
    const current = json(await staff.get(`/api/skps/${skp.id}`));
    await (await t.as(office.kasi)).put(
      `/api/skps/${skp.id}/expectations`,
      change("Tepat janji layanan", current.version),
    );
    const pending = json(await staff.get(`/api/skps/${revision.id}`));
    assert.equal(pending.behaviours[0].expectation, "Tepat janji layanan");
  });

  it("refuses the employee, someone else's SKP, a replaced SKP, a stale copy and a text too long", async () => {
    const { staff, skp } = await approved();
    const body = change("Ekspektasi baru", skp.version);
    assertError(await staff.put(`/api/skps/${skp.id}/expectations`, body), 403, "forbidden");
    // The rater of another unit cannot even see this SKP; the pengelola sees it but is not its rater.
    const otherKasi = await t.given.placedEmployee({
      positionId: (await t.given.position({ kind: "pengawas", parentPositionId: office.positions.camat.id })).id,
    });
    assertError(await (await t.as(otherKasi)).put(`/api/skps/${skp.id}/expectations`, body), 404, "not_found");
    assertError(
      await (await t.as(await t.given.admin())).put(`/api/skps/${skp.id}/expectations`, body),
      403,
      "forbidden",
    );
    assertError(await (await t.as(office.camat)).put(`/api/skps/${skp.id}/expectations`, body), 403, "forbidden");
    assertError(await t.anonymous().put(`/api/skps/${skp.id}/expectations`, body), 401, "unauthenticated");
    const kasi = await t.as(office.kasi);
    assertError(await kasi.put(`/api/skps/${skp.id}/expectations`, { ...body, version: 1 }), 409, "stale_version");
    assertInvalid(await kasi.put(`/api/skps/${skp.id}/expectations`, change("x".repeat(501), skp.version)), {
      "expectations/0/text": /500/,
    });
    await t.db.updateTable("skp").set({ status: "diganti" }).where("id", "=", skp.id).execute();
    assertError(await kasi.put(`/api/skps/${skp.id}/expectations`, body), 422, "illegal_transition");
  });
});
