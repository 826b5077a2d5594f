import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addIkis, approvedSkp, completeContent, openYear, reviewedByPengelola } from "./given-skp";
import { json } from "./test-app";
import { kasiSkpWorld, perTest } from "./worlds";

describe("SKP workflow", () => {
  const w = perTest(kasiSkpWorld);

  const startDraft = async () => {
    const staff = await w.t.as(w.office.staff);
    const res = await staff.post("/api/skps", { year: 2026 });
    assert.equal(res.statusCode, 200, res.body);
    return { staff, skp: json(res) };
  };

  it("starts a draft for the whole year in the current position, offering the rater's approved RHK", async () => {
    const { skp } = await startDraft();
    assert.equal(skp.status, "draft");
    assert.equal(skp.periodStart, "2026-01-01");
    assert.equal(skp.periodEnd, "2026-12-31");
    assert.equal(skp.rater.employeeId, w.office.kasi.id);
    assert.deepEqual(
      skp.parentOptions.map((o: { id: string }) => o.id),
      w.kasiRhk,
    );
    assert.equal(skp.behaviours.length, 7);
    assert.ok(skp.problems.some((p: { code: string }) => p.code === "rhk_utama_required"));
  });

  it("runs draft -> diajukan -> dikembalikan -> diajukan -> disetujui, keeping the reason and the history", async () => {
    const { staff, skp } = await startDraft();
    const saved = json(
      await staff.put(`/api/skps/${skp.id}/content`, completeContent(w.kasiRhk[0] ?? null, skp.version)),
    );
    assert.deepEqual(saved.problems, []);
    const submitted = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: saved.version }));
    assert.equal(submitted.status, "diajukan");

    const kasi = await w.t.as(w.office.kasi);
    const inbox = json(await kasi.get("/api/skps/inbox?year=2026"));
    assert.deepEqual(
      inbox.waiting.map((s: { id: string }) => s.id),
      [skp.id],
    );
    const returned = await kasi.post(`/api/skps/${skp.id}/return`, {
      reason: "Target waktu verifikasi perlu disesuaikan dengan SOP",
      version: submitted.version,
    });
    assert.equal(json(returned).status, "dikembalikan");
    assert.equal(json(returned).returnReason, "Target waktu verifikasi perlu disesuaikan dengan SOP");

    const mine = json(await staff.get(`/api/skps/${skp.id}`));
    assert.deepEqual(mine.allowed.sort(), ["edit", "submit"]);
    const fixed = json(
      await staff.put(`/api/skps/${skp.id}/content`, completeContent(w.kasiRhk[1] ?? null, mine.version)),
    );
    const again = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: fixed.version }));
    const approved = await kasi.post(`/api/skps/${skp.id}/approve`, {
      version: await reviewedByPengelola(w.t, skp.id, again.version),
    });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(json(approved).status, "disetujui");
    assert.deepEqual(
      json(approved).events.map((e: { action: string }) => e.action),
      ["created", "submitted", "returned", "submitted", "reviewed", "approved"],
    );
    const audits = await w.t.db.selectFrom("audit_event").select("action").where("subject_id", "=", skp.id).execute();
    assert.ok(audits.some((a) => a.action === "skp.approve"));
  });

  it("refuses an RHK that intervenes the RHK of someone who is not the rater", async () => {
    const camatRhk = await approvedSkp(w.t.db, {
      employeeId: w.office.camat.id,
      positionId: w.office.positions.camat.id,
      year: 2026,
      rhk: ["Meningkatnya kualitas pelayanan publik"],
    });
    const { staff, skp } = await startDraft();
    const res = await staff.put(
      `/api/skps/${skp.id}/content`,
      completeContent(camatRhk.rhkIds[0] ?? null, skp.version),
    );
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "rhk_parent_invalid");
    assert.ok(json(res).fields["rhk/0/parentRhkId"]);
    assert.equal((await w.t.db.selectFrom("skp_rhk").select("id").where("skp_id", "=", skp.id).execute()).length, 0);
  });

  it("refuses an RHK that intervenes a rater RHK not yet approved", async () => {
    const draftOfKasi = await approvedSkp(w.t.db, {
      employeeId: w.office.kasi.id,
      positionId: w.office.positions.kasi.id,
      year: 2027,
      rhk: ["Belum disetujui"],
      status: "draft",
    });
    const { staff, skp } = await startDraft();
    const res = await staff.put(
      `/api/skps/${skp.id}/content`,
      completeContent(draftOfKasi.rhkIds[0] ?? null, skp.version),
    );
    assert.equal(json(res).code, "rhk_parent_invalid");
  });

  it("refuses a target that is not a number in the kuantitatif approach, naming the field", async () => {
    const { staff, skp } = await startDraft();
    const body = completeContent(w.kasiRhk[0] ?? null, skp.version);
    const first = body.rhk[0];
    assert.ok(first);
    first.ikis[0] = { aspek: "kuantitas", indicator: "Jumlah berkas", target: "banyak", unit: "berkas" };
    const res = await staff.put(`/api/skps/${skp.id}/content`, body);
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "iki_target_not_number");
    assert.ok(json(res).fields["rhk/0/ikis/0/target"]);
  });

  it("refuses to submit an SKP whose IKI has no target, listing every problem", async () => {
    const { staff, skp } = await startDraft();
    const body = completeContent(w.kasiRhk[0] ?? null, skp.version);
    const first = body.rhk[0];
    assert.ok(first);
    first.ikis[1] = { aspek: "waktu", indicator: "Persentase tepat waktu", target: "", unit: "persen" };
    const saved = json(await staff.put(`/api/skps/${skp.id}/content`, body));
    const res = await staff.post(`/api/skps/${skp.id}/submit`, { version: saved.version });
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "skp_invalid");
    assert.equal(json(res).details.problems[0].code, "iki_target_required");
    assert.equal(json(await staff.get(`/api/skps/${skp.id}`)).status, "draft");
  });

  it("refuses submitting twice and editing after approval", async () => {
    const { staff, skp } = await startDraft();
    const saved = json(
      await staff.put(`/api/skps/${skp.id}/content`, completeContent(w.kasiRhk[0] ?? null, skp.version)),
    );
    const submitted = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: saved.version }));
    const twice = await staff.post(`/api/skps/${skp.id}/submit`, { version: submitted.version });
    assert.equal(twice.statusCode, 422);
    assert.equal(json(twice).code, "illegal_transition");
    const approved = json(
      await (await w.t.as(w.office.kasi)).post(`/api/skps/${skp.id}/approve`, {
        version: await reviewedByPengelola(w.t, skp.id, submitted.version),
      }),
    );
    const edit = await staff.put(
      `/api/skps/${skp.id}/content`,
      completeContent(w.kasiRhk[0] ?? null, approved.version),
    );
    assert.equal(edit.statusCode, 422);
    assert.equal(json(edit).code, "illegal_transition");
  });

  it("lets only the rater approve: the atasan gets 403, the employee 403, an unrelated employee 404", async () => {
    const { staff, skp } = await startDraft();
    const saved = json(
      await staff.put(`/api/skps/${skp.id}/content`, completeContent(w.kasiRhk[0] ?? null, skp.version)),
    );
    const submitted = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: saved.version }));
    const body = { version: submitted.version };
    assert.equal((await (await w.t.as(w.office.camat)).post(`/api/skps/${skp.id}/approve`, body)).statusCode, 403);
    assert.equal((await staff.post(`/api/skps/${skp.id}/approve`, body)).statusCode, 403);
    const stranger = await w.t.given.placedEmployee({ positionId: (await w.t.given.position()).id });
    assert.equal((await (await w.t.as(stranger)).post(`/api/skps/${skp.id}/approve`, body)).statusCode, 404);
    assert.equal((await (await w.t.as(stranger)).get(`/api/skps/${skp.id}`)).statusCode, 404);
    assert.equal((await w.t.anonymous().post(`/api/skps/${skp.id}/approve`, body)).statusCode, 401);
    assert.equal(json(await staff.get(`/api/skps/${skp.id}`)).status, "diajukan");
  });

  it("refuses an SKP for a year that was not opened", async () => {
    const staff = await w.t.as(w.office.staff);
    const res = await staff.post("/api/skps", { year: 2030 });
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "year_not_open");
  });

  it("refuses a second SKP for the same year and position", async () => {
    const { staff } = await startDraft();
    const res = await staff.post("/api/skps", { year: 2026 });
    assert.equal(res.statusCode, 409);
    assert.equal(json(res).code, "skp_exists");
  });

  it("gives someone appointed mid-year a shorter SKP period", async () => {
    const newcomer = await w.t.given.placedEmployee({
      positionId: (await w.t.given.position({ parentPositionId: w.office.positions.kasi.id })).id,
      startDate: "2026-07-01",
    });
    w.t.clock.now = new Date("2026-07-10T03:00:00.000Z");
    const res = await (await w.t.as(newcomer)).post("/api/skps", { year: 2026 });
    assert.equal(json(res).periodStart, "2026-07-01");
    assert.equal(json(res).periodEnd, "2026-12-31");
  });

  it("shows a subordinate why they cannot submit while the rater has no approved SKP, and the rater who waits", async () => {
    await w.t.db.deleteFrom("skp_rhk").execute();
    await w.t.db.deleteFrom("skp").execute();
    const { staff, skp } = await startDraft();
    assert.equal(skp.raterHasApprovedSkp, false);
    const saved = json(await staff.put(`/api/skps/${skp.id}/content`, completeContent(null, skp.version)));
    // Issue 9 rule 6: the RHK atasan can then only be typed from the rater's official SKP outside SIMKIN.
    assert.deepEqual(
      saved.problems.map((p: { code: string; path: string }) => [p.code, p.path]),
      [["rhk_external_parent_required", "rhk.0.externalParent.text"]],
    );
    const inbox = json(await (await w.t.as(w.office.kasi)).get("/api/skps/inbox?year=2026"));
    assert.equal(inbox.myApprovedSkp, false);
    assert.equal(inbox.subordinates[0].employeeId, w.office.staff.id);
  });

  it("lets the pengelola kinerja add a catatan perbaikan without changing the status when the year has no review", async () => {
    await w.t.db.updateTable("performance_year").set({ skp_review: "off" }).where("year", "=", 2026).execute();
    const { staff, skp } = await startDraft();
    const saved = json(
      await staff.put(`/api/skps/${skp.id}/content`, completeContent(w.kasiRhk[0] ?? null, skp.version)),
    );
    const submitted = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: saved.version }));
    const pengelola = await w.t.given.admin();
    const res = await (await w.t.as(pengelola)).post(`/api/skps/${skp.id}/review`, {
      note: "Satuan IKI kedua sebaiknya 'persen berkas'",
      version: submitted.version,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).status, "diajukan");
    assert.equal(json(res).events.at(-1).note, "Satuan IKI kedua sebaiknya 'persen berkas'");
  });

  it("makes a change after approval a new revision and keeps the previous one visible until it is replaced", async () => {
    const { staff, skp } = await startDraft();
    const kasi = await w.t.as(w.office.kasi);
    const saved = json(
      await staff.put(`/api/skps/${skp.id}/content`, completeContent(w.kasiRhk[0] ?? null, skp.version)),
    );
    const submitted = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: saved.version }));
    const approved = json(
      await kasi.post(`/api/skps/${skp.id}/approve`, {
        version: await reviewedByPengelola(w.t, skp.id, submitted.version),
      }),
    );
    const revision = json(await staff.post(`/api/skps/${skp.id}/revise`, { version: approved.version }));
    assert.equal(revision.revision, 2);
    assert.equal(revision.status, "draft");
    assert.equal(revision.previousRevisionId, skp.id);
    assert.equal(revision.rhk.length, 1);
    assert.equal(json(await staff.get(`/api/skps/${skp.id}`)).status, "disetujui");
    const resubmitted = json(await staff.post(`/api/skps/${revision.id}/submit`, { version: revision.version }));
    await kasi.post(`/api/skps/${revision.id}/approve`, {
      version: await reviewedByPengelola(w.t, revision.id, resubmitted.version),
    });
    const old = json(await staff.get(`/api/skps/${skp.id}`));
    assert.equal(old.status, "diganti");
    assert.equal(old.nextRevisionId, revision.id);
  });

  it("turns a Matriks Peran Hasil assignment into a proposed RHK of the subordinate's draft", async () => {
    const { staff, skp } = await startDraft();
    const kasi = await w.t.as(w.office.kasi);
    const [iki = ""] = await addIkis(w.t.db, w.kasiRhk[0] ?? "", ["Persentase permohonan PATEN selesai tepat waktu"]);
    const matrix = json(await kasi.get("/api/mph?year=2026"));
    assert.equal(matrix.rhk.length, 2);
    assert.equal(matrix.rhk[0].ikis[0].id, iki);
    assert.equal(matrix.subordinates[0].employeeId, w.office.staff.id);
    const res = await kasi.post("/api/mph/assignments", {
      raterIkiId: iki,
      employeeId: w.office.staff.id,
      text: "Terverifikasinya berkas permohonan PATEN",
    });
    assert.equal(res.statusCode, 200, res.body);
    const draft = json(await staff.get(`/api/skps/${skp.id}`));
    assert.equal(draft.rhk[0].text, "Terverifikasinya berkas permohonan PATEN");
    assert.equal(draft.rhk[0].parentRhkId, w.kasiRhk[0]);
    assert.equal(json(res).raterIkiId, iki);
    assert.equal(json(res).raterRhkId, w.kasiRhk[0]);
    const notMine = await kasi.post("/api/mph/assignments", {
      raterIkiId: iki,
      employeeId: w.office.camat.id,
      text: "x",
    });
    assert.equal(json(notMine).code, "mph_not_subordinate");
  });

  it("copies last year's SKP as a starting draft without the old intervened RHK", async () => {
    await openYear(w.t.db, 2025);
    const last = await approvedSkp(w.t.db, {
      employeeId: w.office.staff.id,
      positionId: w.office.positions.staff.id,
      year: 2025,
      rhk: ["Terlayaninya permohonan PATEN tahun lalu"],
    });
    assert.ok(last.skpId);
    const res = await (await w.t.as(w.office.staff)).post("/api/skps", { year: 2026, copyFromLastYear: true });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).rhk[0].text, "Terlayaninya permohonan PATEN tahun lalu");
    assert.equal(json(res).rhk[0].parentRhkId, null);
  });

  it("lets the rater set ekspektasi khusus pimpinan but not the employee", async () => {
    const { staff, skp } = await startDraft();
    const body = {
      expectations: [{ valueCode: "berorientasi_pelayanan", text: "Ramah kepada pemohon di loket" }],
      version: skp.version,
    };
    assert.equal((await staff.put(`/api/skps/${skp.id}/expectations`, body)).statusCode, 403);
    const res = await (await w.t.as(w.office.kasi)).put(`/api/skps/${skp.id}/expectations`, body);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).behaviours[0].expectation, "Ramah kepada pemohon di loket");
  });
});
