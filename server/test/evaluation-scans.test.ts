import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluationPdfWorld, givenUnitFinalised } from "./given-evaluation-pdf";
import { type FormPart, multipart } from "./multipart";
import { type Client, json } from "./test-app";
import { perTest } from "./worlds";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBP"), Buffer.alloc(16)]);

const form = (content: Buffer, kind: string | null = "scan_ekp", filename = "ekp-ttd.pdf") => {
  const parts: FormPart[] = kind === null ? [] : [{ name: "kind", value: kind }];
  parts.push({ name: "file", filename, contentType: "application/octet-stream", content });
  return multipart(parts);
};

const upload = (client: Client, url: string, body: ReturnType<typeof form>) =>
  client.post(url, body.payload, { headers: body.headers });

describe("wet-signed scans of an evaluation", () => {
  const w = perTest(evaluationPdfWorld);
  const scansUrl = () => `/api/evaluations/${w.staffEvaluation}/scans`;

  it("lets the rater keep a signed EKP, lists it for the parties and lets them download it, audited", async () => {
    const rater = await w.t.as(w.office.kasi);
    const res = await upload(rater, scansUrl(), form(PDF));
    assert.equal(res.statusCode, 200, res.body);
    const scan = json(res);
    assert.equal(scan.kind, "scan_ekp");
    assert.equal(scan.name, "ekp-ttd.pdf");
    assert.equal(scan.mimeType, "application/pdf");
    assert.match(scan.contentHash, /^[0-9a-f]{64}$/);
    assert.equal(scan.createdByName, w.office.kasi.name);
    const listed = json(await (await w.t.as(w.office.staff)).get(scansUrl()));
    assert.deepEqual(
      listed.scans.map((s: { id: string }) => s.id),
      [scan.id],
    );
    assert.equal(listed.canUpload, false, "the pegawai does not upload");
    assert.equal(json(await rater.get(scansUrl())).canUpload, true);
    for (const user of [w.office.staff, w.office.camat, w.pengelola, w.auditor]) {
      const download = await (await w.t.as(user)).get(`/api/evaluation-scans/${scan.id}`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers["content-type"], "application/pdf");
      assert.deepEqual(download.rawPayload, PDF);
    }
    const events = await w.t.db.selectFrom("audit_event").select(["action", "subject_id"]).execute();
    assert.deepEqual(
      events.filter((e) => e.action === "evaluation_scan.uploaded").map((e) => e.subject_id),
      [scan.id],
    );
  });

  it("lets the pengelola keep a PNG photo of the signed Dokumen", async () => {
    const res = await upload(await w.t.as(w.pengelola), scansUrl(), form(PNG, "scan_dokumen", "dokumen.jpg"));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).name, "dokumen.png", "the extension follows the content");
  });

  it("refuses the pegawai, the atasan and the auditor with 403, and strangers as a random id", async () => {
    for (const user of [w.office.staff, w.office.camat, w.auditor]) {
      const res = await upload(await w.t.as(user), scansUrl(), form(PDF));
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(json(res).code, "forbidden");
    }
    const stranger = await w.t.as((await w.t.given.office()).kasi);
    const hidden = await upload(stranger, scansUrl(), form(PDF));
    const random = await upload(stranger, `/api/evaluations/${crypto.randomUUID()}/scans`, form(PDF));
    assert.equal(hidden.statusCode, 404);
    assert.deepEqual(json(hidden), json(random));
    assert.equal((await stranger.get(scansUrl())).statusCode, 404);
    assert.equal((await w.t.anonymous().get(scansUrl())).statusCode, 401);
    assert.equal(await w.t.db.selectFrom("evaluation_file").select("id").executeTakeFirst(), undefined);
  });

  it("refuses a scan while the evaluation is a draft", async () => {
    await w.t.db.updateTable("evaluation").set({ status: "draft" }).where("id", "=", w.staffEvaluation).execute();
    const rater = await w.t.as(w.office.kasi);
    const res = await upload(rater, scansUrl(), form(PDF));
    assert.equal(res.statusCode, 403);
    assert.match(json(res).message, /setelah evaluasi ditetapkan/);
    const listed = json(await rater.get(scansUrl()));
    assert.equal(listed.printable, false);
    assert.equal(listed.canUpload, false);
  });

  it("refuses a wrong type, an empty or too large file, and a missing kind, storing nothing", async () => {
    const rater = await w.t.as(w.office.kasi);
    const cases: [ReturnType<typeof form>, string][] = [
      [form(Buffer.from("<html><script>alert(1)</script></html>"), "scan_ekp", "x.pdf"), "file_type_not_allowed"],
      [form(WEBP, "scan_ekp", "foto.webp"), "scan_type_not_allowed"],
      [form(Buffer.alloc(0)), "file_empty"],
      [form(Buffer.concat([PDF, Buffer.alloc(w.t.config.maxUploadBytes)])), "file_too_large"],
      [form(PDF, null), "scan_kind_required"],
      [form(PDF, "scan_penetapan"), "scan_kind_required"],
      [multipart([{ name: "kind", value: "scan_ekp" }]), "file_required"],
    ];
    for (const [body, code] of cases) {
      const res = await upload(rater, scansUrl(), body);
      assert.equal(json(res).code, code, res.body);
      assert.ok(res.statusCode === 422 || res.statusCode === 413, `${code}: ${res.statusCode}`);
    }
    assert.equal(await w.t.db.selectFrom("evaluation_file").select("id").executeTakeFirst(), undefined);
  });

  it("answers not found to a stranger downloading a scan, exactly as a random id", async () => {
    const scan = json(await upload(await w.t.as(w.office.kasi), scansUrl(), form(PDF)));
    const stranger = await w.t.as((await w.t.given.office()).staff);
    const hidden = await stranger.get(`/api/evaluation-scans/${scan.id}`);
    const random = await stranger.get(`/api/evaluation-scans/${crypto.randomUUID()}`);
    assert.equal(hidden.statusCode, 404);
    assert.deepEqual(json(hidden), json(random));
  });
});

describe("wet-signed scan of the Format Penetapan", () => {
  const w = perTest(evaluationPdfWorld);
  const url = (unitId: string) => `/api/evaluation-units/${unitId}/penetapan-scans?year=2026&period=TW1`;

  it("waits for the unit's finalisation, then lets its head keep the signed form for the readers", async () => {
    const camat = await w.t.as(w.office.camat);
    const early = await upload(camat, url(w.unitId), form(PDF, null));
    assert.equal(early.statusCode, 422);
    assert.equal(json(early).code, "penetapan_not_final");
    assert.deepEqual(json(await camat.get(url(w.unitId))), { scans: [], canUpload: false, printable: true });
    await givenUnitFinalised(w.t.db, w.unitId, w.office.camat.id, null);
    const res = await upload(camat, url(w.unitId), form(PDF, null, "penetapan.pdf"));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).kind, "scan_penetapan");
    const listed = json(await (await w.t.as(w.auditor)).get(url(w.unitId)));
    assert.equal(listed.scans.length, 1);
    assert.equal(listed.canUpload, false);
    const download = await (await w.t.as(w.pengelola)).get(`/api/evaluation-scans/${json(res).id}`);
    assert.equal(download.statusCode, 200);
    const staff = await w.t.as(w.office.staff);
    assert.equal((await staff.get(`/api/evaluation-scans/${json(res).id}`)).statusCode, 404);
    assert.equal((await staff.get(url(w.unitId))).statusCode, 404);
    assert.equal((await upload(staff, url(w.unitId), form(PDF, null))).statusCode, 404);
    const auditorUpload = await upload(await w.t.as(w.auditor), url(w.unitId), form(PDF, null));
    assert.equal(auditorUpload.statusCode, 403);
  });
});
