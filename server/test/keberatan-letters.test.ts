import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf, countRows } from "./assertions";
import { decision, deliveredEvaluation, keberatanUpload, keberatanWorld, reasons } from "./given-keberatan";
import { json } from "./test-app";
import { perTest } from "./worlds";

/** The world with the staff member's evaluation marked as decided by an atasan outside SIMKIN, and its keberatan. */
async function externalWorld() {
  const world = await keberatanWorld();
  await world.t.db.updateTable("evaluation").set({ atasan_external: 1 }).execute();
  const res = await (await world.t.as(world.office.staff)).post(`/api/keberatan/evaluation/${world.evaluation.id}`, {
    reasons,
    version: 1,
  });
  return { ...world, keberatanId: json(res).keberatan.id as string };
}

describe("keberatan: a decision recorded from its letter, and the files", () => {
  const w = perTest(externalWorld);
  const upload = async (who: { userId: string }, kind: string, content?: Buffer) => {
    const { payload, headers } = keberatanUpload(kind, content);
    return (await w.t.as(who)).post(`/api/keberatan/${w.keberatanId}/files`, payload, { headers });
  };
  const letter = (scanFileId: string) => ({
    outcome: "dikabulkan",
    ratingHasilKerja: "sesuai_ekspektasi",
    ratingPerilaku: "di_atas_ekspektasi",
    decision,
    letterNumber: "800/123/SETDA/2026",
    letterDate: "2026-04-15",
    scanFileId,
    version: 1,
  });

  it("the pengelola uploads the scan and records the letter: marked external, the predikat follows, locked", async () => {
    const view = json(await (await w.t.as(w.pengelola)).get(`/api/keberatan/evaluation/${w.evaluation.id}`));
    assert.deepEqual(view.actions, ["record_external_decision", "upload_scan"]);
    const scan = await upload(w.pengelola, "surat_keputusan");
    assert.equal(scan.statusCode, 200, scan.body);
    assert.equal(json(scan).kind, "surat_keputusan");
    const res = await (await w.t.as(w.pengelola)).post(
      `/api/keberatan/${w.keberatanId}/external-decision`,
      letter(json(scan).id),
    );
    assert.equal(res.statusCode, 200, res.body);
    const k = json(res).keberatan;
    assert.equal(k.source, "external");
    assert.equal(k.letterNumber, "800/123/SETDA/2026");
    assert.equal(k.letterDate, "2026-04-15");
    assert.equal(k.decidedByName, w.office.camat.name);
    assert.equal(k.after.predikat, "baik");
    assert.equal(k.files.length, 1);
    const row = await w.t.db.selectFrom("keberatan").selectAll().executeTakeFirstOrThrow();
    assert.equal(row.recorded_by, w.pengelola.userId);
    assert.equal(json(res).evaluation.status, "locked");
    const events = await auditEventsOf(w.t.db, w.keberatanId);
    assert.deepEqual(
      events.map((e) => e.action),
      ["keberatan.filed", "keberatan.file_added", "keberatan.external_recorded"],
    );
  });

  it("refuses the letter from the employee, the rater and the atasan, without a scan, or when the atasan uses SIMKIN", async () => {
    const scanId = json(await upload(w.pengelola, "surat_keputusan")).id;
    const url = `/api/keberatan/${w.keberatanId}/external-decision`;
    for (const who of [w.office.staff, w.office.kasi, w.office.camat]) {
      assertError(await (await w.t.as(who)).post(url, letter(scanId)), 403, "forbidden");
    }
    const pengelola = await w.t.as(w.pengelola);
    const attachment = json(await upload(w.office.staff, "lampiran")).id;
    assertError(await pengelola.post(url, letter(attachment)), 422, "keberatan_scan_required");
    assertInvalid(await pengelola.post(url, { ...letter(scanId), letterNumber: "" }), { letterNumber: /wajib diisi/ });
    assertInvalid(await pengelola.post(url, { ...letter(scanId), letterDate: "15-04-2026" }), {
      letterDate: /YYYY-MM-DD/,
    });
    assertError(await pengelola.post(url, { ...letter(scanId), version: 9 }), 409, "stale_version");
    await w.t.db.updateTable("evaluation").set({ atasan_external: 0 }).execute();
    assertError(await pengelola.post(url, letter(scanId)), 422, "keberatan_not_external");
    const row = await w.t.db.selectFrom("evaluation").select(["status", "version"]).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: "ditetapkan", version: 1 });
  });

  it("keeps the employee's attachments for the parties to download, and no one else's", async () => {
    const res = await upload(w.office.staff, "lampiran");
    assert.equal(res.statusCode, 200, res.body);
    const fileId = json(res).id;
    for (const who of [w.office.staff, w.office.kasi, w.office.camat, w.pengelola]) {
      const download = await (await w.t.as(who)).get(`/api/keberatan-files/${fileId}`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers["content-type"], "application/pdf");
    }
    assertError(await (await w.t.as(w.outsider)).get(`/api/keberatan-files/${fileId}`), 404, "not_found");
    assertError(await upload(w.office.kasi, "lampiran"), 403, "forbidden");
    assertError(await upload(w.office.staff, "surat_keputusan"), 403, "forbidden");
    assertError(await upload(w.outsider, "lampiran"), 404, "not_found");
    assertError(
      await upload(w.office.staff, "lampiran", Buffer.from("MZ not a document")),
      422,
      "file_type_not_allowed",
    );
    assertError(await upload(w.office.staff, "foto"), 422, "file_kind_required");
    assert.equal(await countRows(w.t.db, "evaluation_file"), 1);
  });

  it("stops at ten files and after the decision", async () => {
    for (let i = 0; i < 10; i++) {
      assert.equal((await upload(w.office.staff, "lampiran")).statusCode, 200);
    }
    assertError(await upload(w.office.staff, "lampiran"), 422, "keberatan_files_limit");
    await w.t.db.updateTable("keberatan").set({ status: "diputus" }).execute();
    assertError(await upload(w.office.staff, "lampiran"), 422, "keberatan_not_pending");
  });
});

describe("keberatan list", () => {
  const w = perTest(keberatanWorld);

  it("shows the atasan and the pengelola the pending ones first, paged; a stranger sees none", async () => {
    const staff = await w.t.as(w.office.staff);
    const second = await deliveredEvaluation(w.t.db, w.office, {
      receivedAt: "2026-04-06T03:00:00.000Z",
      periodCode: "TW2",
      skpId: w.evaluation.skpId,
    });
    for (const id of [w.evaluation.id, second.id]) {
      assert.equal((await staff.post(`/api/keberatan/evaluation/${id}`, { reasons, version: 1 })).statusCode, 200);
    }
    const first = json(await staff.get(`/api/keberatan/evaluation/${w.evaluation.id}`)).keberatan.id;
    await (await w.t.as(w.office.camat)).post(`/api/keberatan/${first}/decision`, {
      outcome: "ditolak",
      decision,
      version: 1,
    });
    for (const who of [w.office.camat, w.pengelola]) {
      const page = json(await (await w.t.as(who)).get("/api/keberatan"));
      assert.equal(page.total, 2);
      assert.deepEqual(
        page.items.map((i: { status: string }) => i.status),
        ["diajukan", "diputus"],
      );
      assert.equal(page.items[0].employeeName, w.office.staff.name);
    }
    const pending = json(await (await w.t.as(w.office.camat)).get("/api/keberatan?status=pending"));
    assert.deepEqual(
      pending.items.map((i: { evaluationId: string }) => i.evaluationId),
      [second.id],
    );
    const stranger = json(await (await w.t.as(w.outsider)).get("/api/keberatan"));
    assert.deepEqual([stranger.total, stranger.items], [0, []]);
    assertInvalid(await staff.get("/api/keberatan?page=0"), { page: /./ });
    assertError(await w.t.anonymous().get("/api/keberatan"), 401, "unauthenticated");
    assert.equal(json(await staff.get("/api/keberatan?page=2")).items.length, 0);
  });
});

describe("keberatan filed twice at once", () => {
  const w = perTest(keberatanWorld);

  it("keeps one and refuses the other with keberatan_already_filed", async () => {
    const staff = await w.t.as(w.office.staff);
    const url = `/api/keberatan/evaluation/${w.evaluation.id}`;
    const answers = await Promise.all([1, 2].map(() => staff.post(url, { reasons, version: 1 })));
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [200, 409]);
    const refused = answers.find((r) => r.statusCode === 409);
    assert.ok(refused);
    assertError(refused, 409, "keberatan_already_filed");
    assert.equal(await countRows(w.t.db, "keberatan"), 1);
    assert.equal(await countRows(w.t.db, "notification"), 2);
  });
});
