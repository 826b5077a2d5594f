import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addIkis, completeContent } from "./given-skp";
import { type Client, json } from "./test-app";
import { kasiSkpWorld, perTest } from "./worlds";

describe("SKP documents, verification, BerAKHLAK and MPH assignments", () => {
  const w = perTest(kasiSkpWorld);

  /** The staff's SKP with complete content, as a draft. */
  const staffSkp = async () => {
    const staff = await w.t.as(w.office.staff);
    const res = await staff.post("/api/skps", { year: 2026 });
    assert.equal(res.statusCode, 200, res.body);
    const saved = await staff.put(`/api/skps/${json(res).id}/content`, completeContent(w.kasiRhk[0] ?? null, 1));
    assert.equal(saved.statusCode, 200, saved.body);
    return { staff, skp: json(saved) };
  };

  const verificationCodes = async () =>
    (
      await w.t.db.selectFrom("document_verification").select(["code", "created_at"]).orderBy("created_at").execute()
    ).map((r) => r.code);

  const assertPdf = async (client: Client, url: string, filePrefix: string) => {
    const res = await client.get(url);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers["content-type"], "application/pdf");
    const disposition = String(res.headers["content-disposition"]);
    assert.ok(disposition.startsWith(`attachment; filename="${filePrefix}-2026-`), disposition);
    assert.equal(res.rawPayload.subarray(0, 4).toString("latin1"), "%PDF");
  };

  it("prints the SKP and its lampiran for the employee who owns it", async () => {
    const { staff, skp } = await staffSkp();
    await assertPdf(staff, `/api/skps/${skp.id}/pdf`, "SKP");
    await assertPdf(staff, `/api/skps/${skp.id}/lampiran-pdf`, "Lampiran-SKP");
  });

  it("prints the SKP for the rater and for the pengelola kinerja", async () => {
    const { skp } = await staffSkp();
    await assertPdf(await w.t.as(w.office.kasi), `/api/skps/${skp.id}/pdf`, "SKP");
    const admin = await w.t.as(await w.t.given.admin());
    await assertPdf(admin, `/api/skps/${skp.id}/pdf`, "SKP");
    await assertPdf(admin, `/api/skps/${skp.id}/lampiran-pdf`, "Lampiran-SKP");
  });

  it("answers not found to an unrelated employee and not signed in to an anonymous visitor", async () => {
    const { skp } = await staffSkp();
    const other = await w.t.given.office();
    const stranger = await w.t.as(other.staff);
    for (const url of [`/api/skps/${skp.id}/pdf`, `/api/skps/${skp.id}/lampiran-pdf`]) {
      const res = await stranger.get(url);
      assert.equal(res.statusCode, 404, url);
      assert.equal(json(res).code, "not_found");
      const anonymous = await w.t.anonymous().get(url);
      assert.equal(anonymous.statusCode, 401, url);
      assert.equal(json(anonymous).code, "unauthenticated");
    }
    assert.deepEqual(await verificationCodes(), []);
  });

  it("answers not found for an SKP that does not exist and refuses a malformed id", async () => {
    const staff = await w.t.as(w.office.staff);
    assert.equal((await staff.get(`/api/skps/${crypto.randomUUID()}/pdf`)).statusCode, 404);
    const malformed = await staff.get("/api/skps/not-an-id/pdf");
    assert.equal(malformed.statusCode, 400);
    assert.equal(json(malformed).code, "invalid_input");
  });

  it("keeps the same verification code when the same content is printed again", async () => {
    const { staff, skp } = await staffSkp();
    assert.equal((await staff.get(`/api/skps/${skp.id}/pdf`)).statusCode, 200);
    assert.equal((await (await w.t.as(w.office.kasi)).get(`/api/skps/${skp.id}/pdf`)).statusCode, 200);
    assert.equal((await staff.get(`/api/skps/${skp.id}/lampiran-pdf`)).statusCode, 200);
    const codes = await verificationCodes();
    assert.equal(codes.length, 1);
    assert.match(codes[0] ?? "", /^[A-HJ-NP-Z2-9]{16}$/, "80 bits, stored without the printed dashes");
  });

  it("gives a changed SKP a new code, and marks the old print as an outdated version", async () => {
    const { staff, skp } = await staffSkp();
    assert.equal((await staff.get(`/api/skps/${skp.id}/pdf`)).statusCode, 200);
    w.t.clock.now = new Date("2026-01-15T03:05:00.000Z");
    const body = completeContent(w.kasiRhk[1] ?? null, skp.version);
    const changed = await staff.put(`/api/skps/${skp.id}/content`, body);
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal((await staff.get(`/api/skps/${skp.id}/pdf`)).statusCode, 200);
    const codes = await verificationCodes();
    assert.equal(codes.length, 2);
    assert.notEqual(codes[0], codes[1]);
    const old = json(await w.t.anonymous().get(`/api/verify/${codes[0]}`));
    assert.match(old.status, /versi lama/);
    const current = json(await w.t.anonymous().get(`/api/verify/${codes[1]}`));
    assert.doesNotMatch(current.status, /versi lama/);
  });

  it("lets anyone verify a printed SKP by its code, showing title and status but not the NIP", async () => {
    const { staff, skp } = await staffSkp();
    assert.equal((await staff.get(`/api/skps/${skp.id}/pdf`)).statusCode, 200);
    const [code] = await verificationCodes();
    const res = await w.t.anonymous().get(`/api/verify/${code}`);
    assert.equal(res.statusCode, 200, res.body);
    const found = json(res);
    assert.equal(found.code, (code ?? "").match(/.{4}/g)?.join("-"), "printed in groups of four");
    assert.equal(found.documentType, "Sasaran Kinerja Pegawai");
    assert.equal(found.title, "Sasaran Kinerja Pegawai Tahun 2026");
    assert.equal(found.status, "Draf (belum diajukan)");
    assert.match(found.contentHash, /^[0-9a-f]{64}$/);
    assert.ok(!res.body.includes(w.office.staff.nip), "the public page must not reveal the NIP");
  });

  it("refuses a malformed verification code and answers not found for an unknown one", async () => {
    const malformed = await w.t.anonymous().get("/api/verify/abc");
    assert.equal(malformed.statusCode, 400);
    assert.equal(json(malformed).code, "invalid_input");
    const unknown = await w.t.anonymous().get("/api/verify/ZZZZZZZZ");
    assert.equal(unknown.statusCode, 404);
    assert.equal(json(unknown).code, "not_found");
  });

  it("lists the BerAKHLAK core values of SE 20/2021, seven values with three indicators each", async () => {
    const res = await (await w.t.as(w.office.staff)).get("/api/berakhlak");
    assert.equal(res.statusCode, 200, res.body);
    const versions = json(res);
    assert.equal(versions.length, 1);
    assert.equal(versions[0].version, "SE-20-2021");
    assert.equal(versions[0].values.length, 7);
    for (const value of versions[0].values) {
      assert.equal(value.indicators.length, 3, value.code);
    }
    assert.ok(versions[0].values.some((v: { code: string }) => v.code === "berorientasi_pelayanan"));
  });

  it("does not list the BerAKHLAK values to someone who is not signed in", async () => {
    const res = await w.t.anonymous().get("/api/berakhlak");
    assert.equal(res.statusCode, 401);
  });

  describe("withdrawing a Matriks Peran Hasil assignment", () => {
    const assign = async () => {
      const kasi = await w.t.as(w.office.kasi);
      const [iki] = await addIkis(w.t.db, w.kasiRhk[0] ?? "", ["Persentase permohonan PATEN selesai tepat waktu"]);
      const res = await kasi.post("/api/mph/assignments", {
        raterIkiId: iki,
        employeeId: w.office.staff.id,
        text: "Terverifikasinya berkas permohonan PATEN",
      });
      assert.equal(res.statusCode, 200, res.body);
      return { kasi, assignment: json(res) };
    };

    it("lets the rater who made it withdraw it, and records it", async () => {
      const { kasi, assignment } = await assign();
      const res = await kasi.delete(`/api/mph/assignments/${assignment.id}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(json(res), { ok: true });
      assert.equal((await w.t.db.selectFrom("mph_assignment").select("id").execute()).length, 0);
      const audits = await w.t.db
        .selectFrom("audit_event")
        .select("action")
        .where("subject_id", "=", assignment.id)
        .execute();
      assert.ok(audits.some((a) => a.action === "mph.unassigned"));
      const again = await kasi.delete(`/api/mph/assignments/${assignment.id}`);
      assert.equal(again.statusCode, 404);
    });

    it("answers not found to another rater and not signed in to an anonymous visitor", async () => {
      const { assignment } = await assign();
      const camat = await (await w.t.as(w.office.camat)).delete(`/api/mph/assignments/${assignment.id}`);
      assert.equal(camat.statusCode, 404);
      assert.equal(json(camat).code, "not_found");
      const staff = await (await w.t.as(w.office.staff)).delete(`/api/mph/assignments/${assignment.id}`);
      assert.equal(staff.statusCode, 404);
      const anonymous = await w.t.anonymous().delete(`/api/mph/assignments/${assignment.id}`);
      assert.equal(anonymous.statusCode, 401);
      assert.equal((await w.t.db.selectFrom("mph_assignment").select("id").execute()).length, 1);
    });

    it("refuses a malformed assignment id", async () => {
      const res = await (await w.t.as(w.office.kasi)).delete("/api/mph/assignments/123");
      assert.equal(res.statusCode, 400);
      assert.equal(json(res).code, "invalid_input");
    });
  });
});
