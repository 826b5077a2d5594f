import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, it } from "node:test";
import { down, up } from "../src/db/migrations/2026_12_06_014_forms_fidelity";
import { assertError, assertInvalid } from "./assertions";
import type { Office } from "./given";
import { addIkis, approvedSkp, openYear } from "./given-skp";
import { oneLine, withPdfFile } from "./pdf-text";
import { createTestApp, json, type TestApp } from "./test-app";

// Set FORMS_PDF_DIR to keep the PDF for a visual check.
const mphPdf = (pdf: Buffer, name: string) =>
  withPdfFile(pdf, name, "FORMS_PDF_DIR", (file) => ({
    text: oneLine(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })),
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
  }));

describe("Matriks Peran Hasil by the leader's IKI (issue 9 rule 17)", () => {
  let t: TestApp;
  let office: Office;
  let rhk: string[];
  let ikis: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-15T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    rhk = (
      await approvedSkp(t.db, {
        employeeId: office.kasi.id,
        positionId: office.positions.kasi.id,
        year: 2026,
        rhk: ["Meningkatnya kualitas pelayanan PATEN", "Terkelolanya pengaduan pelayanan"],
      })
    ).rhkIds;
    ikis = [
      ...(await addIkis(t.db, rhk[0] ?? "", ["Persentase berkas PATEN selesai tepat waktu", "Indeks kepuasan PATEN"])),
      ...(await addIkis(t.db, rhk[1] ?? "", ["Persentase pengaduan ditindaklanjuti"])),
    ];
  });
  afterEach(() => t.close());

  const assign = async (ikiId: string | undefined, text = "Terverifikasinya berkas permohonan PATEN") => {
    const res = await (await t.as(office.kasi)).post("/api/mph/assignments", {
      raterIkiId: ikiId,
      employeeId: office.staff.id,
      text,
    });
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };

  it("shows the leader's IKI under their RHK as the columns and files each cell under its IKI", async () => {
    const matrix = json(await (await t.as(office.kasi)).get("/api/mph?year=2026"));
    assert.deepEqual(
      matrix.rhk.map((r: { id: string; ikis: { id: string }[] }) => [r.id, r.ikis.map((i) => i.id)]),
      [
        [rhk[0], [ikis[0], ikis[1]]],
        [rhk[1], [ikis[2]]],
      ],
    );
    const made = await assign(ikis[1]);
    assert.equal(made.raterIkiId, ikis[1]);
    assert.equal(made.raterRhkId, rhk[0], "the subordinate's RHK intervenes the IKI's RHK");
    const after = json(await (await t.as(office.kasi)).get("/api/mph?year=2026"));
    assert.deepEqual(after.assignments, [made]);
  });

  it("refuses an IKI that is not the leader's own approved one, and a pegawai filling the matrix", async () => {
    const kasi = await t.as(office.kasi);
    const staffSkp = await approvedSkp(t.db, {
      employeeId: office.staff.id,
      positionId: office.positions.staff.id,
      year: 2026,
      rhk: ["Terlayaninya permohonan PATEN"],
    });
    const [staffIki] = await addIkis(t.db, staffSkp.rhkIds[0] ?? "", ["Jumlah berkas diverifikasi"]);
    const body = (raterIkiId: string | undefined, employeeId: string) => ({ raterIkiId, employeeId, text: "x" });
    assertError(await kasi.post("/api/mph/assignments", body(staffIki, office.staff.id)), 422, "mph_iki_invalid");
    assertError(await kasi.post("/api/mph/assignments", body(ikis[0], office.camat.id)), 422, "mph_not_subordinate");
    const staff = await t.as(office.staff);
    assertError(await staff.post("/api/mph/assignments", body(ikis[0], office.staff.id)), 422, "mph_iki_invalid");
    assertError(await staff.post("/api/mph/assignments", body(staffIki, office.kasi.id)), 422, "mph_not_subordinate");
    assertInvalid(await kasi.post("/api/mph/assignments", { ...body(ikis[0], office.staff.id), text: " " }), {
      text: /wajib/i,
    });
    assertError(
      await t.anonymous().post("/api/mph/assignments", body(ikis[0], office.staff.id)),
      401,
      "unauthenticated",
    );
    assert.equal((await t.db.selectFrom("mph_assignment").select("id").execute()).length, 0);
  });

  it("lets the leader reword a cell with the version read, and records it", async () => {
    const made = await assign(ikis[0]);
    const kasi = await t.as(office.kasi);
    const res = await kasi.put(`/api/mph/assignments/${made.id}`, { text: "Berkas PATEN terverifikasi", version: 1 });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), { ...made, text: "Berkas PATEN terverifikasi", version: 2 });
    assertError(await kasi.put(`/api/mph/assignments/${made.id}`, { text: "Lagi", version: 1 }), 409, "stale_version");
    const audit = await t.db
      .selectFrom("audit_event")
      .select(["action", "before_json", "after_json"])
      .where("subject_id", "=", made.id)
      .where("action", "=", "mph.updated")
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(audit.before_json ?? "{}").text, made.text);
    assert.equal(JSON.parse(audit.after_json ?? "{}").text, "Berkas PATEN terverifikasi");
  });

  it("answers a pegawai, another leader and a random id alike when they edit someone's cell", async () => {
    const made = await assign(ikis[0]);
    const body = { text: "Diubah orang lain", version: 1 };
    const random = await (await t.as(office.staff)).put(
      "/api/mph/assignments/0196a000-0000-7000-8000-000000000000",
      body,
    );
    assertError(random, 404, "not_found");
    for (const who of [office.staff, office.camat]) {
      const res = await (await t.as(who)).put(`/api/mph/assignments/${made.id}`, body);
      assertError(res, 404, "not_found");
      assert.equal(res.body, random.body);
    }
    assertError(await t.anonymous().put(`/api/mph/assignments/${made.id}`, body), 401, "unauthenticated");
    assertInvalid(await (await t.as(office.kasi)).put(`/api/mph/assignments/${made.id}`, { text: "x" }), {
      version: /./,
    });
    const row = await t.db.selectFrom("mph_assignment").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.text, made.text);
  });

  it("prints the matrix as an A4 landscape PDF with the IKI across and the subordinates down", async () => {
    await assign(ikis[2], "Tertanganinya pengaduan loket PATEN");
    const res = await (await t.as(office.kasi)).get("/api/mph/pdf?year=2026");
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers["content-type"], "application/pdf");
    const { text, info } = mphPdf(res.rawPayload, "mph");
    assert.match(info, /Page size:\s+841\.89 x 595\.28/, "A4 landscape");
    for (const expected of [
      "MATRIKS PERAN HASIL",
      "TAHUN 2026",
      "RHK 1: Meningkatnya kualitas pelayanan PATEN",
      "IKI 1.1",
      "Indeks kepuasan PATEN",
      "IKI 2.1",
      "Persentase pengaduan ditindaklanjuti",
      office.staff.name,
      "Tertanganinya pengaduan loket PATEN",
      office.kasi.name,
    ]) {
      assert.ok(text.includes(expected), `the MPH PDF lacks "${expected}"`);
    }
    const code = /kode ([A-Z0-9-]+)\)/.exec(text)?.[1] ?? "";
    const verified = json(await (await t.as(office.kasi)).get(`/api/verify/${code}`));
    assert.equal(verified.documentType, "Matriks Peran Hasil");
    assert.equal(verified.subjectView, "full");
    const other = json(await (await t.as(office.staff)).get(`/api/verify/${code}`));
    assert.equal(other.subjectView, "no_access");
  });

  it("refuses to print without an approved SKP, without a session and for a malformed year", async () => {
    assertError(await (await t.as(office.staff)).get("/api/mph/pdf?year=2026"), 409, "mph_not_ready");
    assertError(await t.anonymous().get("/api/mph/pdf?year=2026"), 401, "unauthenticated");
    assertError(await (await t.as(office.kasi)).get("/api/mph/pdf?year=abc"), 400, "invalid_input");
  });

  it("moves assignments made against a whole RHK to its only IKI, else its first (migration 014)", async () => {
    // Reorder the first RHK's IKI so "first" means sort order, not insertion.
    await t.db
      .updateTable("skp_iki")
      .set({ sort_order: 5 })
      .where("id", "=", ikis[0] ?? "")
      .execute();
    const first = await assign(ikis[0]);
    const second = await assign(ikis[2]);
    await down(t.db);
    await up(t.db);
    const rows = await t.db.selectFrom("mph_assignment").select(["id", "rater_iki_id"]).execute();
    const byId = new Map(rows.map((r) => [r.id, r.rater_iki_id]));
    assert.equal(byId.get(first.id), ikis[1], "several IKI: the first by order");
    assert.equal(byId.get(second.id), ikis[2], "one IKI: that one");
  });
});
