import assert from "node:assert/strict";
import { existsSync, mkdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { newId } from "../src/db/ids";
import { dailyFilePurge, PURGE_GRACE_MS, purgeUnreferencedFiles } from "../src/modules/files/file-purge";
import { pathFor } from "../src/modules/files/file-store";
import { multipart } from "./multipart";
import { type Client, json } from "./test-app";
import { perTest, reportWorld } from "./worlds";

const PDF_A = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PDF_B = Buffer.concat([PDF_A, Buffer.from("% kedua\n")]);
const later = () => new Date(Date.now() + PURGE_GRACE_MS + 60_000);

/** Decision 0068: the bytes of a removed bukti dukung, scan or keberatan file leave the store a day later. */
describe("purging stored files no record refers to", () => {
  const w = perTest(reportWorld);
  const filesDir = () => w.t.config.filesDir;

  async function upload(staff: Client, reportId: string, name: string, bytes: Buffer) {
    const form = multipart([
      { name: "rhkId", value: w.staffSkp.rhkIds[0] ?? "" },
      { name: "file", filename: name, contentType: "application/pdf", content: bytes },
    ]);
    const res = await staff.post(`/api/reports/${reportId}/evidence`, form.payload, { headers: form.headers });
    assert.equal(res.statusCode, 200, res.body);
    return json(res) as { id: string };
  }
  const hashOf = async (evidenceId: string) =>
    (await w.t.db.selectFrom("evidence").select("content_hash").where("id", "=", evidenceId).executeTakeFirstOrThrow())
      .content_hash ?? "";
  const openReport = async (staff: Client, month: number) =>
    json(await staff.post("/api/reports", { year: 2026, month }));

  it("deletes a removed file's bytes after the grace period, keeping bytes another record still uses", async () => {
    const staff = await w.t.as(w.office.staff);
    const january = await openReport(staff, 1);
    const february = await openReport(staff, 2);
    const shared = await upload(staff, january.id, "rekap.pdf", PDF_A);
    await upload(staff, february.id, "rekap lagi.pdf", PDF_A);
    const alone = await upload(staff, january.id, "salah.pdf", PDF_B);
    const [sharedHash, aloneHash] = [await hashOf(shared.id), await hashOf(alone.id)];
    for (const evidence of [shared, alone]) {
      assert.equal((await staff.delete(`/api/reports/${january.id}/evidence/${evidence.id}`)).statusCode, 200);
    }

    assert.equal(await purgeUnreferencedFiles(w.t.db, filesDir(), new Date()), 0, "nothing within the grace period");
    assert.ok(existsSync(pathFor(filesDir(), aloneHash)));

    assert.equal(await purgeUnreferencedFiles(w.t.db, filesDir(), later()), 1);
    assert.ok(!existsSync(pathFor(filesDir(), aloneHash)), "the removed file's bytes are gone");
    assert.ok(existsSync(pathFor(filesDir(), sharedHash)), "February's copy still refers to the same bytes");
  });

  it("keeps the bytes of an evaluation file (scan, letter, lampiran) and of anything not the store's own", async () => {
    const staff = await w.t.as(w.office.staff);
    const report = await openReport(staff, 1);
    const evidence = await upload(staff, report.id, "scan.pdf", PDF_B);
    const hash = await hashOf(evidence.id);
    await w.t.db
      .insertInto("evaluation_file")
      .values({
        id: newId(),
        owner_type: "evaluation",
        owner_id: newId(),
        kind: "scan_evaluasi",
        name: "scan.pdf",
        mime_type: "application/pdf",
        size: PDF_B.length,
        content_hash: hash,
        created_by: w.office.staff.userId,
        created_at: new Date().toISOString(),
      })
      .execute();
    assert.equal((await staff.delete(`/api/reports/${report.id}/evidence/${evidence.id}`)).statusCode, 200);
    const folder = path.dirname(pathFor(filesDir(), hash));
    writeFileSync(path.join(folder, "catatan-operator.txt"), "bukan milik SIMKIN");
    // The SKP batch printouts live beside the store (FILES_DIR/batches) and clean up after themselves.
    mkdirSync(path.join(filesDir(), "batches"), { recursive: true });
    const batchTemp = path.join(filesDir(), "batches", "zip.tmp");
    writeFileSync(batchTemp, "");
    assert.equal(await purgeUnreferencedFiles(w.t.db, filesDir(), later()), 0);
    assert.ok(existsSync(pathFor(filesDir(), hash)));
    assert.ok(existsSync(path.join(folder, "catatan-operator.txt")));
    assert.ok(existsSync(batchTemp));
  });

  it("clears a temporary file an interrupted write left, and an upload of the same bytes renews a file's grace", async () => {
    const folder = path.join(filesDir(), "ab");
    mkdirSync(folder, { recursive: true });
    const temp = path.join(folder, `${"ab".padEnd(64, "0")}.${newId()}.tmp`);
    writeFileSync(temp, "setengah");
    const staff = await w.t.as(w.office.staff);
    const report = await openReport(staff, 1);
    const first = await upload(staff, report.id, "a.pdf", PDF_A);
    const hash = await hashOf(first.id);
    assert.equal((await staff.delete(`/api/reports/${report.id}/evidence/${first.id}`)).statusCode, 200);
    const old = new Date(Date.now() - 2 * PURGE_GRACE_MS);
    utimesSync(pathFor(filesDir(), hash), old, old);
    await upload(staff, report.id, "a lagi.pdf", PDF_A);
    // The purge never deletes what was stored within the grace period, so a walk that saw the file old cannot race it.
    assert.ok(statSync(pathFor(filesDir(), hash)).mtimeMs > Date.now() - 60_000, "the upload renewed its grace");
    assert.equal(await purgeUnreferencedFiles(w.t.db, filesDir(), later()), 1, "only the temporary file");
    assert.ok(!existsSync(temp));
    assert.ok(existsSync(pathFor(filesDir(), hash)));
  });

  it("runs from the scheduler at most once a day", async () => {
    const purge = dailyFilePurge(filesDir());
    const staff = await w.t.as(w.office.staff);
    const report = await openReport(staff, 1);
    const evidence = await upload(staff, report.id, "a.pdf", PDF_B);
    assert.equal((await staff.delete(`/api/reports/${report.id}/evidence/${evidence.id}`)).statusCode, 200);
    const now = later();
    assert.equal(await purge(w.t.db, new Date(now.getTime() - 60 * 60_000 * 2)), 0, "a first run within the grace");
    assert.equal(await purge(w.t.db, now), 0, "the next turns of the same day do nothing");
    assert.equal(await purge(w.t.db, new Date(now.getTime() + PURGE_GRACE_MS)), 1);
  });
});
