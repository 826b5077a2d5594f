import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { buildApp } from "../src/app";
import type { Office } from "./given";
import { openYear, reportingStaff } from "./given-skp";
import { clientFor, createTestApp, json, type TestApp } from "./test-app";

describe("public verification of printed documents", () => {
  let t: TestApp;
  let office: Office;
  let skpId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    t.config.publicUrl = "https://simkin.uji.go.id";
    office = await t.given.office();
    const government = await t.given.unit({ kind: "pemerintah_daerah", name: "Pemerintah Kota Uji" });
    await t.db
      .updateTable("org_unit")
      .set({ parent_id: government.id })
      .where("id", "=", office.kecamatan.id)
      .execute();
    await t.db
      .updateTable("employee")
      .set({ name: "Ahmad Fauzi", front_title: "H.", back_title: "S.Kom." })
      .where("id", "=", office.staff.id)
      .execute();
    await openYear(t.db, 2026);
    skpId = (await reportingStaff(t.db, office)).skpId;
  });
  afterEach(() => t.close());

  /** Prints the staff member's SKP as its owner and returns the code as printed. */
  const printSkp = async () => {
    const res = await (await t.as(office.staff)).get(`/api/skps/${skpId}/pdf`);
    assert.equal(res.statusCode, 200, res.body);
    const row = await t.db.selectFrom("document_verification").select("code").executeTakeFirstOrThrow();
    return (row.code.match(/.{4}/g) ?? []).join("-");
  };

  it("shows an anonymous visitor what the paper needs, with the name masked beyond initials", async () => {
    const code = await printSkp();
    const res = await t.anonymous().get(`/api/verify/${code}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      { ...json(res), contentHash: "hash", issuedAt: "at" },
      {
        code,
        documentType: "Sasaran Kinerja Pegawai",
        title: "Sasaran Kinerja Pegawai Tahun 2026",
        period: "1 Januari 2026 s.d. 31 Desember 2026",
        status: "Disetujui",
        issuer: "Kecamatan Uji, Pemerintah Kota Uji",
        subjectName: "A*** F***",
        subjectDetail: null,
        subjectView: "anonymous",
        contentHash: "hash",
        issuedAt: "at",
      },
    );
    assert.match(json(res).contentHash, /^[0-9a-f]{64}$/);
    for (const secret of ["Ahmad", "Fauzi", "Pengelola Layanan", "Seksi Pelayanan", office.staff.nip]) {
      assert.ok(!res.body.includes(secret), `the anonymous answer must not contain ${secret}`);
    }
  });

  it("shows the full name, position and unit to the subject, the rater and the pengelola kinerja", async () => {
    const code = await printSkp();
    const admin = await t.given.admin();
    for (const who of [office.staff, office.kasi, admin]) {
      const found = json(await (await t.as(who)).get(`/api/verify/${code}`));
      assert.equal(found.subjectView, "full");
      assert.equal(found.subjectName, "H. Ahmad Fauzi, S.Kom.");
      assert.match(found.subjectDetail, /^Pengelola Layanan Operasional, /);
    }
  });

  it("keeps the name masked for a signed-in user who may not see the document", async () => {
    const code = await printSkp();
    const other = await t.given.office();
    const found = json(await (await t.as(other.staff)).get(`/api/verify/${code}`));
    assert.equal(found.subjectView, "no_access");
    assert.equal(found.subjectName, "A*** F***");
    assert.equal(found.subjectDetail, null);
  });

  it("accepts the code typed in lower case, with spaces or without the dashes", async () => {
    const code = await printSkp();
    for (const typed of [code.toLowerCase(), code.replaceAll("-", ""), code.replaceAll("-", "%20")]) {
      const res = await t.anonymous().get(`/api/verify/${typed}`);
      assert.equal(res.statusCode, 200, `${typed}: ${res.body}`);
      assert.equal(json(res).code, code);
    }
  });

  it("still verifies a code printed before issue 8 (eight symbols, the subject in one field)", async () => {
    await t.db
      .insertInto("document_verification")
      .values({
        code: "7KQ2M9XD",
        document_type: "skp",
        document_id: skpId,
        content_hash: "a".repeat(64),
        title: "Sasaran Kinerja Pegawai Tahun 2026",
        subject: "H. Ahmad Fauzi, S.Kom. — Pengelola Layanan Operasional, Seksi Pelayanan Umum",
        period: "1 Januari 2026 s.d. 31 Desember 2026",
        status: "disetujui",
        created_at: "2026-02-01T00:00:00.000Z",
        subject_name: null,
        issuer: null,
      })
      .execute();
    const anonymous = json(await t.anonymous().get("/api/verify/7kq2m9xd"));
    assert.equal(anonymous.code, "7KQ2M9XD");
    assert.equal(anonymous.subjectName, "A*** F***");
    assert.equal(anonymous.issuer, "Kecamatan Uji, Pemerintah Kota Uji");
    const owner = json(await (await t.as(office.staff)).get("/api/verify/7KQ2M9XD"));
    assert.equal(owner.subjectName, "H. Ahmad Fauzi, S.Kom.");
    assert.equal(owner.subjectDetail, "Pengelola Layanan Operasional, Seksi Pelayanan Umum");
  });

  it("verifies a monthly report, masked for the public and in full for its rater", async () => {
    const staff = await t.as(office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    assert.equal((await staff.get(`/api/reports/${opened.id}/pdf`)).statusCode, 200);
    const row = await t.db
      .selectFrom("document_verification")
      .select("code")
      .where("document_type", "=", "report")
      .executeTakeFirstOrThrow();
    const anonymous = json(await t.anonymous().get(`/api/verify/${row.code}`));
    assert.equal(anonymous.documentType, "Laporan Kinerja Bulanan");
    assert.equal(anonymous.period, "Bulan Februari 2026");
    assert.equal(anonymous.subjectName, "A*** F***");
    assert.equal(anonymous.issuer, "Kecamatan Uji, Pemerintah Kota Uji");
    const rater = json(await (await t.as(office.kasi)).get(`/api/verify/${row.code}`));
    assert.equal(rater.subjectView, "full");
  });

  it("refuses a malformed code (400) and answers 404 for an unknown one", async () => {
    for (const malformed of ["abc", "ABCD/EFGH", "A".repeat(41)]) {
      const res = await t.anonymous().get(`/api/verify/${encodeURIComponent(malformed)}`);
      assert.equal(res.statusCode, 400, malformed);
      assert.equal(json(res).code, "invalid_input");
    }
    const unknown = await t.anonymous().get("/api/verify/ABCD-EFGH-JKLM-NPQR");
    assert.equal(unknown.statusCode, 404);
    assert.equal(json(unknown).code, "not_found");
  });

  describe("rate limit per client address", () => {
    const from = (ip: string) => ({ remoteAddress: ip });

    it("answers 429 with Retry-After and a stable code once an address is over the limit", async () => {
      t.config.verifyLimit = { maxRequests: 3, windowMinutes: 10 };
      const code = await printSkp();
      const visitor = t.anonymous();
      for (let i = 0; i < 3; i++) {
        assert.equal((await visitor.get(`/api/verify/${code}`, from("203.0.113.7"))).statusCode, 200);
      }
      const refused = await visitor.get(`/api/verify/${code}`, from("203.0.113.7"));
      assert.equal(refused.statusCode, 429, refused.body);
      assert.equal(json(refused).code, "too_many_verifications");
      // 03:00 is a window start, so the whole ten minutes remain.
      assert.equal(refused.headers["retry-after"], "600");
      assert.equal(json(refused).details.retryAfterMinutes, 10);
      assert.equal(refused.headers["cache-control"], "no-store");
      assert.equal((await visitor.get(`/api/verify/${code}`, from("203.0.113.8"))).statusCode, 200, "another address");
    });

    it("counts unknown codes too, so guessing is limited like checking", async () => {
      t.config.verifyLimit = { maxRequests: 2, windowMinutes: 10 };
      const visitor = t.anonymous();
      for (let i = 0; i < 2; i++) {
        assert.equal((await visitor.get("/api/verify/ABCD-EFGH-JKLM-NPQR", from("203.0.113.9"))).statusCode, 404);
      }
      const refused = await visitor.get("/api/verify/ABCD-EFGH-JKLM-NPQR", from("203.0.113.9"));
      assert.equal(refused.statusCode, 429);
    });

    it("lets the address check again in the next window and tells the time left within a window", async () => {
      t.config.verifyLimit = { maxRequests: 1, windowMinutes: 10 };
      const code = await printSkp();
      const visitor = t.anonymous();
      t.clock.now = new Date("2026-03-16T03:07:30.000Z");
      assert.equal((await visitor.get(`/api/verify/${code}`, from("198.51.100.1"))).statusCode, 200);
      const refused = await visitor.get(`/api/verify/${code}`, from("198.51.100.1"));
      assert.equal(refused.headers["retry-after"], "150");
      t.clock.now = new Date("2026-03-16T03:10:00.000Z");
      assert.equal((await visitor.get(`/api/verify/${code}`, from("198.51.100.1"))).statusCode, 200);
      const rows = await t.db.selectFrom("rate_limit_window").select("window_start").execute();
      assert.deepEqual(
        rows.map((r) => r.window_start),
        ["2026-03-16T03:10:00.000Z"],
        "finished windows are swept when a new one starts",
      );
    });

    it("is shared by every app process on the same database", async () => {
      t.config.verifyLimit = { maxRequests: 2, windowMinutes: 10 };
      const code = await printSkp();
      const second = await buildApp(t.config, t.db, { clock: () => t.clock.now });
      try {
        const one = t.anonymous();
        const two = clientFor(second, null);
        assert.equal((await one.get(`/api/verify/${code}`, from("192.0.2.5"))).statusCode, 200);
        assert.equal((await two.get(`/api/verify/${code}`, from("192.0.2.5"))).statusCode, 200);
        assert.equal((await one.get(`/api/verify/${code}`, from("192.0.2.5"))).statusCode, 429);
        assert.equal((await two.get(`/api/verify/${code}`, from("192.0.2.5"))).statusCode, 429);
      } finally {
        await second.close();
      }
    });
  });
});
