import assert from "node:assert/strict";
import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { untilFinished, zipEntries } from "./skp-batch-helpers";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

describe("SKP batch ZIP", () => {
  let t: TestApp;
  let office: Office;
  let admin: Client;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    for (const [person, position] of [
      [office.camat, office.positions.camat],
      [office.kasi, office.positions.kasi],
      [office.staff, office.positions.staff],
    ] as const) {
      await approvedSkp(t.db, {
        employeeId: person.id,
        positionId: position.id,
        year: 2026,
        rhk: ["Terlayaninya warga"],
      });
    }
    admin = await t.as(await t.given.admin());
  });
  afterEach(() => t.close());

  const start = (client: Client, body: unknown) => client.post("/api/skps/batch", body);

  it("prints every SKP of the unit and its sub-units into one ZIP of PDFs named by NIP, name and year", async () => {
    const res = await start(admin, { unitId: office.kecamatan.id, year: 2026 });
    assert.equal(res.statusCode, 200, res.body);
    const started = json(res);
    assert.deepEqual([started.status, started.total, started.unitName], ["running", 3, "Kecamatan Uji"]);
    const finished = await untilFinished(admin, started.id);
    assert.deepEqual([finished.status, finished.done, finished.total], ["done", 3, 3]);
    // Kept an hour after the last document (the test clock stands still; the batch took real seconds).
    const kept = Date.parse(finished.expiresAt) - Date.parse(started.startedAt);
    assert.ok(kept >= 3_600_000 && kept < 3_660_000, finished.expiresAt);
    const zip = await admin.get(`/api/skps/batch/${started.id}/download`);
    assert.equal(zip.statusCode, 200, zip.body);
    assert.equal(zip.headers["content-type"], "application/zip");
    assert.match(String(zip.headers["content-disposition"]), /^attachment; filename="SKP-2026-Kecamatan-Uji\.zip"$/);
    const entries = await zipEntries(zip.rawPayload);
    const names = [office.camat, office.kasi, office.staff].map(
      (p) => `${p.nip}-${p.name.replace(/[^A-Za-z0-9]+/g, "-")}-SKP-2026.pdf`,
    );
    assert.deepEqual(entries.map((e) => e.name).sort(), names.sort());
    for (const entry of entries) {
      assert.equal(entry.head, "%PDF-", entry.name);
      assert.ok(entry.size > 1000, entry.name);
    }
    const audit = await t.db.selectFrom("audit_event").selectAll().where("action", "=", "skp.batch_start").execute();
    assert.deepEqual(
      audit.map((a) => [a.subject_id, a.after_json]),
      [[office.kecamatan.id, JSON.stringify({ year: 2026, documents: 3 })]],
    );
  });

  it("takes only the chosen unit's subtree and leaves out replaced revisions", async () => {
    // The staff's SKP replaced by a revision that is not in the database: only the kasi's remains in the seksi.
    await t.db.updateTable("skp").set({ status: "diganti" }).where("employee_id", "=", office.staff.id).execute();
    const res = await start(admin, { unitId: office.seksi.id, year: 2026 });
    assert.equal(res.statusCode, 200, res.body);
    const finished = await untilFinished(admin, json(res).id);
    assert.deepEqual([finished.status, finished.total], ["done", 1]);
    const entries = await zipEntries((await admin.get(`/api/skps/batch/${finished.id}/download`)).rawPayload);
    assert.deepEqual(
      entries.map((e) => e.name.split("-")[0]),
      [office.kasi.nip],
    );
  });

  it("lets the auditor make one, refuses a pegawai with 403 and an anonymous caller with 401", async () => {
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    const res = await start(auditor, { unitId: office.seksi.id, year: 2026 });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await untilFinished(auditor, json(res).id)).status, "done");
    const id = json(res).id;
    const staff = await t.as(office.staff);
    for (const call of [
      () => start(staff, { unitId: office.seksi.id, year: 2026 }),
      () => staff.get(`/api/skps/batch/${id}`),
      () => staff.get(`/api/skps/batch/${id}/download`),
    ]) {
      const refused = await call();
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(json(refused).code, "forbidden");
    }
    for (const url of [`/api/skps/batch/${id}`, `/api/skps/batch/${id}/download`]) {
      assert.equal((await t.anonymous().get(url)).statusCode, 401);
    }
    assert.equal(
      (await t.anonymous().post("/api/skps/batch", { unitId: office.seksi.id, year: 2026 })).statusCode,
      401,
    );
  });

  it("answers another account's batch, a random id and an unknown unit exactly as not found", async () => {
    const res = await start(admin, { unitId: office.seksi.id, year: 2026 });
    const id = json(res).id;
    await untilFinished(admin, id);
    const other = await t.as(await t.given.admin());
    const random = "0194f3a0-0000-7000-8000-000000000000";
    for (const path of ["", "/download"]) {
      const theirs = await other.get(`/api/skps/batch/${id}${path}`);
      const none = await admin.get(`/api/skps/batch/${random}${path}`);
      assert.equal(theirs.statusCode, 404, theirs.body);
      assert.equal(theirs.body, none.body);
    }
    const unknownUnit = await start(other, { unitId: random, year: 2026 });
    assert.equal(unknownUnit.statusCode, 404, unknownUnit.body);
    assert.equal(json(unknownUnit).code, "not_found");
  });

  it("refuses a second batch of the same account while the first runs, and the download before it is ready", async () => {
    const first = json(await start(admin, { unitId: office.kecamatan.id, year: 2026 }));
    const second = await start(admin, { unitId: office.seksi.id, year: 2026 });
    assert.equal(second.statusCode, 409, second.body);
    assert.equal(json(second).code, "batch_running");
    const early = await admin.get(`/api/skps/batch/${first.id}/download`);
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(json(early).code, "batch_not_ready");
    // Another account is not held back by this one's batch.
    const other = await t.as(await t.given.admin());
    const theirs = await start(other, { unitId: office.seksi.id, year: 2026 });
    assert.equal(theirs.statusCode, 200, theirs.body);
    await untilFinished(admin, first.id);
    await untilFinished(other, json(theirs).id);
    const again = await start(admin, { unitId: office.seksi.id, year: 2026 });
    assert.equal(again.statusCode, 200, again.body);
    await untilFinished(admin, json(again).id);
  });

  it("deletes the ZIP after its time: the batch shows expired and the download is not ready", async () => {
    const { id } = json(await start(admin, { unitId: office.seksi.id, year: 2026 }));
    const finished = await untilFinished(admin, id);
    t.clock.now = new Date(Date.parse(finished.expiresAt) + 1000);
    const progress = await admin.get(`/api/skps/batch/${id}`);
    assert.equal(json(progress).status, "expired");
    const gone = await admin.get(`/api/skps/batch/${id}/download`);
    assert.equal(gone.statusCode, 409, gone.body);
    assert.equal(json(gone).code, "batch_not_ready");
  });

  it("removes ZIPs left by a restart in the middle of a batch, and keeps recent ones another process may serve", async () => {
    const dir = path.join(t.config.filesDir, "batches");
    mkdirSync(dir, { recursive: true });
    const left = path.join(dir, "left-by-a-restart.zip");
    const recent = path.join(dir, "another-process.zip");
    for (const [file, at] of [
      [left, Date.parse("2026-03-15T03:00:00.000Z")],
      [recent, t.clock.now.getTime()],
    ] as const) {
      writeFileSync(file, "PK");
      utimesSync(file, at / 1000, at / 1000);
    }
    const { id } = json(await start(admin, { unitId: office.seksi.id, year: 2026 }));
    await untilFinished(admin, id);
    assert.equal(existsSync(left), false, "the orphan is gone");
    assert.equal(existsSync(recent), true, "a recent file stays");
  });

  it("refuses a malformed request with 400 and a year or unit without SKPs with 422 batch_empty", async () => {
    for (const body of [
      { unitId: office.seksi.id },
      { unitId: "x", year: 2026 },
      { unitId: office.seksi.id, year: 2026, all: true },
    ]) {
      const res = await start(admin, body);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(json(res).code, "invalid_input");
    }
    assert.equal((await admin.get("/api/skps/batch/not-an-id")).statusCode, 400);
    const empty = await start(admin, { unitId: office.seksi.id, year: 2025 });
    assert.equal(empty.statusCode, 422, empty.body);
    assert.equal(json(empty).code, "batch_empty");
  });
});
