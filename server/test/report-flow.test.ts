import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type FormPart, multipart as formData } from "./multipart";
import { json } from "./test-app";
import { perTest, reportWorld } from "./worlds";

/** An evidence upload: the form fields, then one file part. */
function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer; type?: string }) {
  const parts: FormPart[] = Object.entries(fields).map(([name, value]) => ({ name, value }));
  const contentType = file.type ?? "application/octet-stream";
  return formData([...parts, { name: "file", filename: file.name, contentType, content: file.bytes }]);
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("monthly report", () => {
  const w = perTest(reportWorld);

  const content = (version: number, values: [string, string]) => ({
    realisations: [
      { ikiId: w.ikiIds[0], value: values[0] },
      { ikiId: w.ikiIds[1], value: values[1] },
    ],
    actions: [{ rhkId: w.staffSkp.rhkIds[0], plan: "Verifikasi berkas harian di loket PATEN", progress: 20 }],
    achievements: "Menerima dan memverifikasi 130 berkas permohonan.",
    challenges: "Pemohon sering membawa berkas tidak lengkap.",
    improvements: "Menyebarkan daftar persyaratan melalui WhatsApp kecamatan.",
    version,
  });

  it("runs a month from draft to feedback, revision, acceptance and acknowledgement", async () => {
    const staff = await w.t.as(w.office.staff);
    const kasi = await w.t.as(w.office.kasi);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    assert.equal(opened.status, "draft");
    assert.equal(opened.deadline, "2026-03-05T16:59:59.999Z");
    const put = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version, ["130", "96"])));
    // A save answers its new version only; the report is read again for the cumulative figures.
    assert.deepEqual(Object.keys(put).sort(), ["changedRealisations", "id", "updatedAt", "version"]);
    assert.equal(put.changedRealisations, true);
    const saved = json(await staff.get(`/api/reports/${opened.id}`));
    assert.equal(saved.version, put.version);
    assert.equal(saved.rhk[0].ikis[0].cumulative, 130);
    assert.equal(saved.rhk[0].ikis[0].percent, 8.7);
    const upload = multipart({ rhkId: w.staffSkp.rhkIds[0] ?? "" }, { name: "rekap februari.pdf", bytes: PDF });
    const file = await staff.post(`/api/reports/${opened.id}/evidence`, upload.payload, { headers: upload.headers });
    assert.equal(file.statusCode, 200, file.body);
    assert.equal(json(file).mimeType, "application/pdf");
    const link = await staff.post(`/api/reports/${opened.id}/links`, {
      rhkId: w.staffSkp.rhkIds[0],
      url: "https://drive.example.go.id/rekap",
      title: "Rekap",
    });
    assert.equal(link.statusCode, 200, link.body);
    const submitted = json(await staff.post(`/api/reports/${opened.id}/submit`, { version: saved.version }));
    assert.equal(submitted.status, "diajukan");
    assert.equal(submitted.late, false);

    assert.deepEqual(
      json(await kasi.get("/api/reports/inbox")).map((r: { id: string }) => r.id),
      [opened.id],
    );
    const withFeedback = json(
      await kasi.put(`/api/reports/${opened.id}/feedback`, {
        perRhk: [
          {
            rhkId: w.staffSkp.rhkIds[0],
            wentWell: "Verifikasi cepat",
            toImprove: "Lengkapi foto",
            support: "Printer baru",
          },
        ],
        overall: "Capaian sudah baik",
        version: submitted.version,
      }),
    );
    const revision = json(
      await kasi.post(`/api/reports/${opened.id}/revision`, {
        reason: "Lampirkan daftar hadir",
        version: withFeedback.version,
      }),
    );
    assert.equal(revision.status, "perlu_revisi");
    assert.equal(revision.revisionReason, "Lampirkan daftar hadir");
    const again = json(await staff.post(`/api/reports/${opened.id}/submit`, { version: revision.version }));
    const accepted = json(await kasi.post(`/api/reports/${opened.id}/accept`, { version: again.version }));
    assert.equal(accepted.status, "diterima");
    const acked = json(await staff.post(`/api/reports/${opened.id}/acknowledge`, { version: accepted.version }));
    assert.ok(acked.acknowledgedAt);
    const replied = json(await staff.post(`/api/reports/${opened.id}/comments`, { text: "Terima kasih, Pak" }));
    assert.equal(replied.comments[0].text, "Terima kasih, Pak");
    assert.equal(replied.rhk[0].feedback.support, "Printer baru");
  });

  it("marks a submission after the 5th of the next month (WIB) as late but accepts it", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 1 }));
    const saved = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version, ["100", "90"])));
    const submitted = json(await staff.post(`/api/reports/${opened.id}/submit`, { version: saved.version }));
    assert.equal(submitted.status, "diajukan");
    assert.equal(submitted.late, true);
  });

  it("deduplicates a retried submit and refuses a second open of the same month", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const twice = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    assert.equal(twice.id, opened.id);
    const saved = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version, ["1", "2"])));
    const first = await staff.post(`/api/reports/${opened.id}/submit`, { version: saved.version });
    const retry = await staff.post(`/api/reports/${opened.id}/submit`, { version: saved.version });
    assert.equal(retry.statusCode, 200);
    assert.equal(json(retry).version, json(first).version);
    const events = json(retry).events.filter((e: { action: string }) => e.action === "submitted");
    assert.equal(events.length, 1);
  });

  it("refuses bad evidence: an executable or HTML renamed to .pdf, a file over the limit, a non-https link", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const rhkId = w.staffSkp.rhkIds[0] ?? "";
    for (const bytes of [
      Buffer.from("MZ\x90\x00 executable"),
      Buffer.from("<html><script>alert(1)</script></html>"),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ]) {
      const body = multipart({ rhkId }, { name: "laporan.pdf", bytes, type: "application/pdf" });
      const res = await staff.post(`/api/reports/${opened.id}/evidence`, body.payload, { headers: body.headers });
      assert.equal(res.statusCode, 422);
      assert.equal(json(res).code, "file_type_not_allowed");
    }
    const big = multipart({ rhkId }, { name: "besar.pdf", bytes: Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]) });
    const tooBig = await staff.post(`/api/reports/${opened.id}/evidence`, big.payload, { headers: big.headers });
    assert.equal(tooBig.statusCode, 413);
    const http = await staff.post(`/api/reports/${opened.id}/links`, { rhkId, url: "http://contoh.go.id/x" });
    assert.equal(http.statusCode, 400);
    assert.ok(json(http).fields.url);
    assert.equal((await w.t.db.selectFrom("evidence").selectAll().execute()).length, 0);
  });

  it("stores a filename with HTML or path characters safely", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const body = multipart(
      { rhkId: w.staffSkp.rhkIds[0] ?? "" },
      { name: "../../<img src=x onerror=alert(1)>.exe", bytes: PDF },
    );
    const res = json(await staff.post(`/api/reports/${opened.id}/evidence`, body.payload, { headers: body.headers }));
    assert.doesNotMatch(res.name, /[<>/\\]/);
    assert.match(res.name, /\.pdf$/);
  });

  it("refuses a month outside the SKP period, a realisation for an IKI not in the SKP, and someone else's report", async () => {
    await w.t.db.updateTable("skp").set({ period_start: "2026-03-01" }).where("id", "=", w.staffSkp.skpId).execute();
    const staff = await w.t.as(w.office.staff);
    const outside = await staff.post("/api/reports", { year: 2026, month: 1 });
    assert.equal(json(outside).code, "month_outside_period");
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 3 }));
    const stray = await staff.put(`/api/reports/${opened.id}/content`, {
      ...content(opened.version, ["1", "2"]),
      realisations: [{ ikiId: crypto.randomUUID(), value: "5" }],
    });
    assert.equal(json(stray).code, "iki_not_in_skp");
    const stranger = await w.t.given.placedEmployee({ positionId: (await w.t.given.position()).id });
    assert.equal((await (await w.t.as(stranger)).get(`/api/reports/${opened.id}`)).statusCode, 404);
  });

  it("lets only the employee, the rater, the rater's superior, the pengelola and the auditor download evidence, as an attachment", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const body = multipart({ rhkId: w.staffSkp.rhkIds[0] ?? "" }, { name: "bukti.pdf", bytes: PDF });
    const evidence = json(
      await staff.post(`/api/reports/${opened.id}/evidence`, body.payload, { headers: body.headers }),
    );
    const url = `/api/evidence/${evidence.id}`;
    const auditor = await w.t.given.user({ roles: ["auditor"] });
    const superAdmin = await w.t.given.user({ roles: ["super_admin"] });
    for (const who of [w.office.staff, w.office.kasi, w.office.camat, await w.t.given.admin(), auditor]) {
      const res = await (await w.t.as(who)).get(url);
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-disposition"]), /^attachment;/);
    }
    const stranger = await w.t.given.placedEmployee({ positionId: (await w.t.given.position()).id });
    assert.equal((await (await w.t.as(stranger)).get(url)).statusCode, 404);
    assert.equal((await (await w.t.as(superAdmin)).get(url)).statusCode, 404);
  });

  it("lets only the rater give feedback and decide", async () => {
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const saved = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version, ["1", "2"])));
    const submitted = json(await staff.post(`/api/reports/${opened.id}/submit`, { version: saved.version }));
    assert.equal(
      (await staff.post(`/api/reports/${opened.id}/accept`, { version: submitted.version })).statusCode,
      403,
    );
    assert.equal(
      (await (await w.t.as(w.office.camat)).post(`/api/reports/${opened.id}/accept`, { version: submitted.version }))
        .statusCode,
      403,
    );
  });
});
