import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { json } from "./test-app";
import { perTest, reportWorld } from "./worlds";

/** An autosave rewrites only what changed: rows, columns and the audit event name the parts that differ. */
describe("report save writes what changed", () => {
  const w = perTest(reportWorld);
  const content = (version: number, values: [string, string], achievements = "Menerima 130 berkas.") => ({
    realisations: [
      { ikiId: w.ikiIds[0], value: values[0] },
      { ikiId: w.ikiIds[1], value: values[1] },
    ],
    actions: [{ rhkId: w.staffSkp.rhkIds[0], plan: "Verifikasi berkas harian", progress: 20 }],
    achievements,
    challenges: "Berkas tidak lengkap.",
    improvements: "Daftar persyaratan di WhatsApp.",
    version,
  });
  const rows = (reportId: string) =>
    w.t.db.selectFrom("report_realisation").select(["iki_id", "value"]).where("report_id", "=", reportId).execute();
  const lastAudit = async (reportId: string) => {
    const row = await w.t.db
      .selectFrom("audit_event")
      .select(["before_json", "after_json"])
      .where("subject_id", "=", reportId)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    return { before: JSON.parse(row.before_json ?? "{}"), after: JSON.parse(row.after_json ?? "{}") };
  };

  it("a narrative edit leaves the realisations alone and audits only that narrative", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const first = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version, ["130", "96"])));
    assert.equal(first.changedRealisations, true);
    const second = await staff.put(
      `/api/reports/${opened.id}/content`,
      content(first.version, ["130", "96"], "Menerima 131 berkas."),
    );
    assert.equal(second.statusCode, 200, second.body);
    assert.equal(json(second).changedRealisations, false);
    assert.equal(second.headers.etag, `W/"${first.version + 1}"`);
    assert.deepEqual(await lastAudit(opened.id), {
      before: { status: "draft", version: first.version, achievements: "Menerima 130 berkas." },
      after: { status: "draft", achievements: "Menerima 131 berkas." },
    });
    const read = json(await staff.get(`/api/reports/${opened.id}`));
    assert.equal(read.achievements, "Menerima 131 berkas.");
    assert.equal(read.rhk[0].ikis[0].value, "130");
  });

  it("a changed, an emptied and a new realisation are written, and the audit says the realisations changed", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const first = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version, ["130", ""])));
    assert.deepEqual(await rows(opened.id), [{ iki_id: w.ikiIds[0], value: "130" }]);
    const second = json(await staff.put(`/api/reports/${opened.id}/content`, content(first.version, ["", "96"])));
    assert.equal(second.changedRealisations, true);
    assert.deepEqual(await rows(opened.id), [{ iki_id: w.ikiIds[1], value: "96" }]);
    assert.deepEqual((await lastAudit(opened.id)).after, { status: "draft", realisations: "diubah" });
    const third = json(await staff.put(`/api/reports/${opened.id}/content`, content(second.version, ["12", "97"])));
    assert.equal(third.changedRealisations, true);
    const values = (await rows(opened.id)).map((r) => r.value).sort();
    assert.deepEqual(values, ["12", "97"]);
  });

  it("a changed rencana aksi is written in place", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const first = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version, ["1", "2"])));
    const body = content(first.version, ["1", "2"]);
    const moved = {
      ...body,
      actions: [{ rhkId: w.staffSkp.rhkIds[0], plan: "Verifikasi berkas harian", progress: 60 }],
    };
    const saved = json(await staff.put(`/api/reports/${opened.id}/content`, moved));
    assert.equal(saved.changedRealisations, false);
    assert.deepEqual((await lastAudit(opened.id)).after, { status: "draft", actions: "diubah" });
    assert.equal(json(await staff.get(`/api/reports/${opened.id}`)).rhk[0].progress, 60);
  });
});
