import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { down, up } from "../src/db/migrations/2026_12_06_014_forms_fidelity";
import { assertError, assertInvalid } from "./assertions";
import { addIkis, approvedSkp } from "./given-skp";
import { oneLine, withPdfFile } from "./pdf-text";
import { json } from "./test-app";
import { kasiSkpWorld, perTest } from "./worlds";

// Set FORMS_PDF_DIR to keep the PDF for a visual check.
const mphPdf = (pdf: Buffer, name: string) =>
  withPdfFile(pdf, name, "FORMS_PDF_DIR", (file) => ({
    text: oneLine(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" })),
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
  }));

describe("Matriks Peran Hasil by the leader's IKI (issue 9 rule 17)", () => {
  const w = perTest(async () => {
    const world = await kasiSkpWorld();
    const [first, second] = world.kasiRhk;
    const ikis = [
      ...(await addIkis(world.t.db, first ?? "", [
        "Persentase berkas PATEN selesai tepat waktu",
        "Indeks kepuasan PATEN",
      ])),
      ...(await addIkis(world.t.db, second ?? "", ["Persentase pengaduan ditindaklanjuti"])),
    ];
    return { ...world, ikis };
  });

  const assign = async (ikiId: string | undefined, text = "Terverifikasinya berkas permohonan PATEN") => {
    const res = await (await w.t.as(w.office.kasi)).post("/api/mph/assignments", {
      raterIkiId: ikiId,
      employeeId: w.office.staff.id,
      text,
    });
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };

  it("shows the leader's IKI under their RHK as the columns and files each cell under its IKI", async () => {
    const matrix = json(await (await w.t.as(w.office.kasi)).get("/api/mph?year=2026"));
    assert.deepEqual(
      matrix.rhk.map((r: { id: string; ikis: { id: string }[] }) => [r.id, r.ikis.map((i) => i.id)]),
      [
        [w.kasiRhk[0], [w.ikis[0], w.ikis[1]]],
        [w.kasiRhk[1], [w.ikis[2]]],
      ],
    );
    const made = await assign(w.ikis[1]);
    assert.equal(made.raterIkiId, w.ikis[1]);
    assert.equal(made.raterRhkId, w.kasiRhk[0], "the subordinate's RHK intervenes the IKI's RHK");
    const after = json(await (await w.t.as(w.office.kasi)).get("/api/mph?year=2026"));
    assert.deepEqual(after.assignments, [made]);
  });

  it("refuses an IKI that is not the leader's own approved one, and a pegawai filling the matrix", async () => {
    const kasi = await w.t.as(w.office.kasi);
    const staffSkp = await approvedSkp(w.t.db, {
      employeeId: w.office.staff.id,
      positionId: w.office.positions.staff.id,
      year: 2026,
      rhk: ["Terlayaninya permohonan PATEN"],
    });
    const [staffIki] = await addIkis(w.t.db, staffSkp.rhkIds[0] ?? "", ["Jumlah berkas diverifikasi"]);
    const body = (raterIkiId: string | undefined, employeeId: string) => ({ raterIkiId, employeeId, text: "x" });
    assertError(await kasi.post("/api/mph/assignments", body(staffIki, w.office.staff.id)), 422, "mph_iki_invalid");
    assertError(
      await kasi.post("/api/mph/assignments", body(w.ikis[0], w.office.camat.id)),
      422,
      "mph_not_subordinate",
    );
    const staff = await w.t.as(w.office.staff);
    assertError(await staff.post("/api/mph/assignments", body(w.ikis[0], w.office.staff.id)), 422, "mph_iki_invalid");
    assertError(await staff.post("/api/mph/assignments", body(staffIki, w.office.kasi.id)), 422, "mph_not_subordinate");
    assertInvalid(await kasi.post("/api/mph/assignments", { ...body(w.ikis[0], w.office.staff.id), text: " " }), {
      text: /wajib/i,
    });
    assertError(
      await w.t.anonymous().post("/api/mph/assignments", body(w.ikis[0], w.office.staff.id)),
      401,
      "unauthenticated",
    );
    assert.equal((await w.t.db.selectFrom("mph_assignment").select("id").execute()).length, 0);
  });

  it("lets the leader reword a cell with the version read, and records it", async () => {
    const made = await assign(w.ikis[0]);
    const kasi = await w.t.as(w.office.kasi);
    const res = await kasi.put(`/api/mph/assignments/${made.id}`, { text: "Berkas PATEN terverifikasi", version: 1 });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), { ...made, text: "Berkas PATEN terverifikasi", version: 2 });
    assertError(await kasi.put(`/api/mph/assignments/${made.id}`, { text: "Lagi", version: 1 }), 409, "stale_version");
    const audit = await w.t.db
      .selectFrom("audit_event")
      .select(["action", "before_json", "after_json"])
      .where("subject_id", "=", made.id)
      .where("action", "=", "mph.updated")
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(audit.before_json ?? "{}").text, made.text);
    assert.equal(JSON.parse(audit.after_json ?? "{}").text, "Berkas PATEN terverifikasi");
  });

  it("answers a pegawai, another leader and a random id alike when they edit someone's cell", async () => {
    const made = await assign(w.ikis[0]);
    const body = { text: "Diubah orang lain", version: 1 };
    const random = await (await w.t.as(w.office.staff)).put(
      "/api/mph/assignments/0196a000-0000-7000-8000-000000000000",
      body,
    );
    assertError(random, 404, "not_found");
    for (const who of [w.office.staff, w.office.camat]) {
      const res = await (await w.t.as(who)).put(`/api/mph/assignments/${made.id}`, body);
      assertError(res, 404, "not_found");
      assert.equal(res.body, random.body);
    }
    assertError(await w.t.anonymous().put(`/api/mph/assignments/${made.id}`, body), 401, "unauthenticated");
    assertInvalid(await (await w.t.as(w.office.kasi)).put(`/api/mph/assignments/${made.id}`, { text: "x" }), {
      version: /./,
    });
    const row = await w.t.db.selectFrom("mph_assignment").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.text, made.text);
  });

  it("prints the matrix as an A4 landscape PDF with the IKI across and the subordinates down", async () => {
    await assign(w.ikis[2], "Tertanganinya pengaduan loket PATEN");
    const res = await (await w.t.as(w.office.kasi)).get("/api/mph/pdf?year=2026");
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
      w.office.staff.name,
      "Tertanganinya pengaduan loket PATEN",
      w.office.kasi.name,
    ]) {
      assert.ok(text.includes(expected), `the MPH PDF lacks "${expected}"`);
    }
    const code = /kode ([A-Z0-9-]+)\)/.exec(text)?.[1] ?? "";
    const verified = json(await (await w.t.as(w.office.kasi)).get(`/api/verify/${code}`));
    assert.equal(verified.documentType, "Matriks Peran Hasil");
    assert.equal(verified.subjectView, "full");
    const other = json(await (await w.t.as(w.office.staff)).get(`/api/verify/${code}`));
    assert.equal(other.subjectView, "no_access");
  });

  it("refuses to print without an approved SKP, without a session and for a malformed year", async () => {
    assertError(await (await w.t.as(w.office.staff)).get("/api/mph/pdf?year=2026"), 409, "mph_not_ready");
    assertError(await w.t.anonymous().get("/api/mph/pdf?year=2026"), 401, "unauthenticated");
    assertError(await (await w.t.as(w.office.kasi)).get("/api/mph/pdf?year=abc"), 400, "invalid_input");
  });

  it("moves assignments made against a whole RHK to its only IKI, else its first (migration 014)", async () => {
    // Reorder the first RHK's IKI so "first" means sort order, not insertion.
    await w.t.db
      .updateTable("skp_iki")
      .set({ sort_order: 5 })
      .where("id", "=", w.ikis[0] ?? "")
      .execute();
    const first = await assign(w.ikis[0]);
    const second = await assign(w.ikis[2]);
    await down(w.t.db);
    await up(w.t.db);
    const rows = await w.t.db.selectFrom("mph_assignment").select(["id", "rater_iki_id"]).execute();
    const byId = new Map(rows.map((r) => [r.id, r.rater_iki_id]));
    assert.equal(byId.get(first.id), w.ikis[1], "several IKI: the first by order");
    assert.equal(byId.get(second.id), w.ikis[2], "one IKI: that one");
  });
});
