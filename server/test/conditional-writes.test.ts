import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Office } from "./given";
import { approvedSkp, completeContent, openYear, reportingStaff } from "./given-skp";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

const ifMatch = (tag: string) => ({ headers: { "if-match": tag } });

/** A 412 precondition_failed, and the record left at the version the caller had not seen. */
function assertPreconditionFailed(res: { statusCode: number; body: string }) {
  assert.equal(res.statusCode, 412, res.body);
  assert.equal(JSON.parse(res.body).code, "precondition_failed");
}

describe("ETag and If-Match on versioned records", () => {
  let t: TestApp;
  let office: Office;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-02T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
  });
  afterEach(() => t.close());

  it("SKP: the version is the ETag on create, read and update; a stale If-Match is 412 and changes nothing", async () => {
    const kasi = await approvedSkp(t.db, {
      employeeId: office.kasi.id,
      positionId: office.positions.kasi.id,
      year: 2026,
      rhk: ["Meningkatnya kualitas pelayanan PATEN"],
    });
    const staff = await t.as(office.staff);
    const created = await staff.post("/api/skps", { year: 2026 });
    assert.equal(created.statusCode, 200, created.body);
    const id = json(created).id;
    assert.equal(created.headers.etag, `W/"${json(created).version}"`);
    const read = await staff.get(`/api/skps/${id}`);
    assert.equal(read.headers.etag, `W/"${json(read).version}"`);
    const version = json(read).version;
    const { version: _v, ...body } = completeContent(kasi.rhkIds[0] ?? null, version);

    // If-Match alone states the version (the body's field may be left out).
    const saved = await staff.put(`/api/skps/${id}/content`, body, ifMatch(`W/"${version}"`));
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.headers.etag, `W/"${version + 1}"`);

    const stale = await staff.put(`/api/skps/${id}/content`, body, ifMatch(`W/"${version}"`));
    assertPreconditionFailed(stale);
    assert.equal(json(await staff.get(`/api/skps/${id}`)).version, version + 1);
    // Without If-Match the body's stale version keeps its 409 for older clients.
    const old = await staff.put(`/api/skps/${id}/content`, { ...body, version });
    assert.equal(old.statusCode, 409, old.body);
    assert.equal(json(old).code, "stale_version");
    // A workflow step takes If-Match too.
    assertPreconditionFailed(await staff.post(`/api/skps/${id}/submit`, {}, ifMatch(`"${version}"`)));
  });

  it("monthly report: a stale If-Match on save and on submit is 412", async () => {
    const staffSkp = await reportingStaff(t.db, office);
    const staff = await t.as(office.staff);
    const opened = await staff.post("/api/reports", { year: 2026, month: 2 });
    assert.equal(opened.statusCode, 200, opened.body);
    const report = json(opened);
    assert.equal(opened.headers.etag, `W/"${report.version}"`);
    const content = {
      realisations: [{ ikiId: staffSkp.ikiIds[0], value: "130" }],
      actions: [{ rhkId: staffSkp.rhkIds[0], plan: "Verifikasi berkas harian", progress: 20 }],
      achievements: "Menerima 130 berkas.",
      challenges: "Berkas tidak lengkap.",
      improvements: "Menyebarkan daftar persyaratan.",
    };
    const saved = await staff.put(`/api/reports/${report.id}/content`, content, ifMatch(`W/"${report.version}"`));
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.headers.etag, `W/"${json(saved).version}"`);
    assertPreconditionFailed(
      await staff.put(`/api/reports/${report.id}/content`, content, ifMatch(`W/"${report.version}"`)),
    );
    assertPreconditionFailed(
      await staff.post(`/api/reports/${report.id}/submit`, {}, ifMatch(`W/"${report.version}"`)),
    );
    const read = await staff.get(`/api/reports/${report.id}`);
    assert.equal(read.headers.etag, `W/"${json(saved).version}"`);
  });

  describe("master data", () => {
    let admin: Client;
    beforeEach(async () => {
      admin = await t.as(await t.given.admin());
    });

    it("unit: the update answers its new ETag; a stale or unreadable If-Match is 412", async () => {
      const unit = await t.given.unit({ code: "SEKPEM" });
      const body = { parentId: null, code: "SEKPEM", name: "Seksi Pemerintahan", kind: "seksi" };
      const res = await admin.patch(`/api/units/${unit.id}`, body, ifMatch(`W/"1"`));
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers.etag, `W/"2"`);
      assertPreconditionFailed(await admin.patch(`/api/units/${unit.id}`, body, ifMatch(`W/"1"`)));
      assertPreconditionFailed(await admin.patch(`/api/units/${unit.id}`, body, ifMatch("versi-dua")));
      // If-Match and the body's version must name the same version.
      assertPreconditionFailed(await admin.patch(`/api/units/${unit.id}`, { ...body, version: 1 }, ifMatch(`W/"2"`)));
      const star = await admin.patch(`/api/units/${unit.id}`, { ...body, version: 2 }, ifMatch("*"));
      assert.equal(star.statusCode, 200, star.body);
    });

    it("employee: read and update carry the ETag; a stale If-Match is 412; access comes before it", async () => {
      const person = await t.given.employee({ name: "Budi Santoso" });
      const read = await admin.get(`/api/employees/${person.id}`);
      const version = json(read).employee.version;
      assert.equal(read.headers.etag, `W/"${version}"`);
      const { nip, status, name, frontTitle, backTitle, golongan, email } = json(read).employee;
      const body = {
        nip,
        status,
        name,
        frontTitle,
        backTitle,
        golongan: golongan === "III/b" ? "III/c" : "III/b",
        email,
      };
      const saved = await admin.patch(`/api/employees/${person.id}`, body, ifMatch(read.headers.etag as string));
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.headers.etag, `W/"${version + 1}"`);
      assertPreconditionFailed(
        await admin.patch(`/api/employees/${person.id}`, body, ifMatch(read.headers.etag as string)),
      );
      const plain = await t.as(office.staff);
      const refused = await plain.patch(`/api/employees/${person.id}`, body, ifMatch("nonsense"));
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal((await t.anonymous().patch(`/api/employees/${person.id}`, body, ifMatch("x"))).statusCode, 401);
    });
  });
});
