import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Office } from "./given";
import { openYear, reportingStaff } from "./given-skp";
import { multipart } from "./multipart";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

const keyed = (key: string, headers: Record<string, string> = {}) => ({
  headers: { "idempotency-key": key, ...headers },
});
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("Idempotency-Key on POSTs", () => {
  let t: TestApp;
  let office: Office;
  let staff: Client;
  let reportId: string;
  let rhkId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-02T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    rhkId = (await reportingStaff(t.db, office)).rhkIds[0] ?? "";
    staff = await t.as(office.staff);
    reportId = json(await staff.post("/api/reports", { year: 2026, month: 2 })).id;
  });
  afterEach(() => t.close());

  const comments = async () =>
    Number(
      (
        await t.db
          .selectFrom("evidence")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("report_id", "=", reportId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** Adds a link as evidence: a POST that creates a row each time it runs. */
  const comment = (title: string, key: string, client = staff) =>
    client.post(
      `/api/reports/${reportId}/links`,
      { rhkId, url: "https://drive.example.go.id/rekap", title },
      keyed(key),
    );

  it("answers a retry with the first response and acts once", async () => {
    const first = await comment("Berkas sudah dilengkapi.", "key-comment-0001");
    assert.equal(first.statusCode, 200, first.body);
    const retry = await comment("Berkas sudah dilengkapi.", "key-comment-0001");
    assert.equal(retry.statusCode, 200, retry.body);
    assert.equal(retry.headers["idempotent-replayed"], "true");
    assert.deepEqual(json(retry), json(first));
    assert.equal(await comments(), 1);
    // A new click sends a new key: a second comment.
    assert.equal((await comment("Berkas sudah dilengkapi.", "key-comment-0002")).statusCode, 200);
    assert.equal(await comments(), 2);
  });

  it("refuses the same key with another body (422) or on another endpoint", async () => {
    assert.equal((await comment("Pertama.", "key-reused-0001")).statusCode, 200);
    const other = await comment("Kedua, lain isi.", "key-reused-0001");
    assert.equal(other.statusCode, 422, other.body);
    assert.equal(json(other).code, "idempotency_key_reused");
    const elsewhere = await staff.post(
      `/api/reports/${reportId}/comments`,
      { text: "Pertama." },
      keyed("key-reused-0001"),
    );
    assert.equal(json(elsewhere).code, "idempotency_key_reused");
    assert.equal(await comments(), 1);
  });

  it("answers 409 idempotency_in_progress while the first request with the key still runs", async () => {
    const [a, b] = await Promise.all([
      comment("Serentak.", "key-concurrent-01"),
      comment("Serentak.", "key-concurrent-01"),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    assert.ok(codes[0] === 200 && (codes[1] === 200 || codes[1] === 409), String(codes));
    // A claim held by a request that has not answered yet, as another process would hold it.
    await t.db
      .insertInto("idempotency_key")
      .values({
        account_id: office.staff.userId,
        key: "key-running-0001",
        request_hash: "running",
        status: "in_progress",
        response_status: null,
        response_body: null,
        created_at: t.clock.now.toISOString(),
        expires_at: new Date(t.clock.now.getTime() + 3_600_000).toISOString(),
      })
      .execute();
    const busy = await t.db
      .selectFrom("idempotency_key")
      .select("request_hash")
      .where("key", "=", "key-concurrent-01")
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable("idempotency_key")
      .set({ status: "in_progress", request_hash: busy.request_hash })
      .where("key", "=", "key-concurrent-01")
      .execute();
    const res = await comment("Serentak.", "key-concurrent-01");
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(json(res).code, "idempotency_in_progress");
    assert.equal(await comments(), 1);
  });

  it("frees the key after a failure, so the corrected retry runs", async () => {
    const stale = await staff.post(`/api/reports/${reportId}/submit`, { version: 99 }, keyed("key-submit-00001"));
    assert.equal(stale.statusCode, 409, stale.body);
    const again = await staff.post(`/api/reports/${reportId}/submit`, { version: 99 }, keyed("key-submit-00001"));
    assert.equal(again.statusCode, 409, "a failure is not replayed: the request ran again");
    assert.equal(again.headers["idempotent-replayed"], undefined);
    assert.equal(
      await t.db.selectFrom("idempotency_key").select("key").where("key", "=", "key-submit-00001").executeTakeFirst(),
      undefined,
    );
  });

  it("lets a key expire after 24 hours and keeps keys per account", async () => {
    assert.equal((await comment("Hari ini.", "key-expiry-00001")).statusCode, 200);
    // Another account's key of the same name is its own: judged as a request, not as a reused key.
    const kasiSame = await comment("Dari atasan.", "key-expiry-00001", await t.as(office.kasi));
    assert.notEqual(json(kasiSame).code, "idempotency_key_reused");
    t.clock.now = new Date(t.clock.now.getTime() + 25 * 3_600_000);
    const later = await comment("Besok, isi lain.", "key-expiry-00001", await t.as(office.staff));
    assert.equal(later.statusCode, 200, later.body);
    assert.equal(await comments(), 2);
  });

  it("replays an evidence upload although the browser chose a new multipart boundary", async () => {
    const upload = () => {
      const body = multipart([
        { name: "rhkId", value: rhkId },
        { name: "file", filename: "rekap.pdf", contentType: "application/pdf", content: PDF },
      ]);
      return staff.post(`/api/reports/${reportId}/evidence`, body.payload, keyed("key-upload-00001", body.headers));
    };
    const first = await upload();
    assert.equal(first.statusCode, 200, first.body);
    const retry = await upload();
    assert.equal(retry.headers["idempotent-replayed"], "true");
    assert.deepEqual(json(retry), json(first));
    const files = await t.db.selectFrom("evidence").select("id").where("report_id", "=", reportId).execute();
    assert.equal(files.length, 1);
  });

  it("checks access first and refuses an unusable key", async () => {
    const anonymous = await t.anonymous().post(`/api/reports/${reportId}/links`, {}, keyed("key-anon-000001"));
    assert.equal(anonymous.statusCode, 401);
    const stranger = await t.as((await t.given.office()).staff);
    const hidden = await comment("Bukan milik saya.", "key-hidden-00001", stranger);
    assert.equal(hidden.statusCode, 404, hidden.body);
    const bad = await comment("Kunci rusak.", "pendek");
    assert.equal(bad.statusCode, 400, bad.body);
    assert.equal(json(bad).code, "idempotency_key_invalid");
    const invalid = await staff.post(`/api/reports/${reportId}/links`, { rhkId }, keyed("key-invalid-0001"));
    assert.equal(invalid.statusCode, 400);
    assert.equal((await comment("Sekarang benar.", "key-invalid-0001")).statusCode, 200);
  });
});
