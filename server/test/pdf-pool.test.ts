import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { currentPdfPool } from "../src/modules/skp/pdf/pdf-pool";
import { serializeDocument } from "../src/modules/skp/pdf/pdf-transfer";
import type { Office } from "./given";
import { approvedSkp, openYear } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

describe("PDF worker pool", () => {
  let t: TestApp;
  afterEach(() => t.close());

  /** An app whose pool has the given size, with the kasi's approved SKP. */
  async function appWith(pdf: { threads: number; queue: number; cacheMb: number }) {
    t = await createTestApp({ now: "2026-01-15T03:00:00.000Z", config: { pdf } });
    const office: Office = await t.given.office();
    await openYear(t.db, 2026);
    const { skpId } = await approvedSkp(t.db, {
      employeeId: office.kasi.id,
      positionId: office.positions.kasi.id,
      year: 2026,
      rhk: ["Meningkatnya kualitas pelayanan PATEN"],
    });
    return { kasi: await t.as(office.kasi), skpId };
  }

  it("answers 503 pdf_busy with Retry-After when every thread is busy and the queue is full", async () => {
    const { kasi, skpId } = await appWith({ threads: 1, queue: 0, cacheMb: 0 });
    const [skp, lampiran] = await Promise.all([
      kasi.get(`/api/skps/${skpId}/pdf`),
      kasi.get(`/api/skps/${skpId}/lampiran-pdf`),
    ]);
    const statuses = [skp.statusCode, lampiran.statusCode].sort();
    assert.deepEqual(statuses, [200, 503]);
    const refused = skp.statusCode === 503 ? skp : lampiran;
    assert.equal(json(refused).code, "pdf_busy");
    const retryAfter = Number(refused.headers["retry-after"]);
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
    assert.equal(json(refused).details.retryAfterSeconds, retryAfter);
    // Once the thread is free the refused document prints.
    const again = await kasi.get(refused === skp ? `/api/skps/${skpId}/pdf` : `/api/skps/${skpId}/lampiran-pdf`);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(currentPdfPool().stats.refused, 1);
  });

  it("serves an identical document from the cache without rendering it again", async () => {
    const { kasi, skpId } = await appWith({ threads: 1, queue: 8, cacheMb: 8 });
    const first = await kasi.get(`/api/skps/${skpId}/pdf`);
    assert.equal(first.statusCode, 200, first.body);
    const { renders, cacheHits } = currentPdfPool().stats;
    const second = await kasi.get(`/api/skps/${skpId}/pdf`);
    assert.equal(second.statusCode, 200, second.body);
    assert.deepEqual(second.rawPayload, first.rawPayload);
    assert.equal(currentPdfPool().stats.renders, renders);
    assert.equal(currentPdfPool().stats.cacheHits, cacheHits + 1);
  });

  it("renders a changed document again: the key is the document's content", async () => {
    const { kasi, skpId } = await appWith({ threads: 1, queue: 8, cacheMb: 8 });
    assert.equal((await kasi.get(`/api/skps/${skpId}/pdf`)).statusCode, 200);
    const { renders } = currentPdfPool().stats;
    await t.db
      .updateTable("employee")
      .set({ name: "Nama Baru Pegawai" })
      .where(
        "id",
        "=",
        (await t.db.selectFrom("skp").select("employee_id").where("id", "=", skpId).executeTakeFirstOrThrow())
          .employee_id,
      )
      .execute();
    const changed = await kasi.get(`/api/skps/${skpId}/pdf`);
    assert.equal(changed.statusCode, 200, changed.body);
    assert.ok(currentPdfPool().stats.renders > renders);
  });

  it("refuses a document function that the worker could not rebuild", () => {
    const doc: TDocumentDefinitions = { content: [], footer: () => "halaman" };
    assert.throws(() => serializeDocument(doc), /footer.*transferable/);
  });
});
