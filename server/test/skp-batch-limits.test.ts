import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, it } from "node:test";
import { MAX_BATCH_DOCUMENTS } from "@simkin/domain";
import { newId } from "../src/db/ids";
import { type BatchJob, BatchRegistry } from "../src/modules/skp/batch/batch-registry";
import { approvedSkp, openYear } from "./given-skp";
import { untilFinished, zipEntries } from "./skp-batch-helpers";
import { createTestApp, json, type TestApp } from "./test-app";

describe("SKP batch ZIP limits", () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("waits for a free PDF thread instead of failing when interactive prints fill the pool", async () => {
    t = await createTestApp({ config: { pdf: { threads: 1, queue: 0, cacheMb: 0 } } });
    const office = await t.given.office();
    await openYear(t.db, 2026);
    const people = [
      [office.camat, office.positions.camat],
      [office.kasi, office.positions.kasi],
      [office.staff, office.positions.staff],
    ] as const;
    const skpIds: string[] = [];
    for (const [person, position] of people) {
      const rhk = ["Terlayaninya warga"];
      skpIds.push((await approvedSkp(t.db, { employeeId: person.id, positionId: position.id, year: 2026, rhk })).skpId);
    }
    const admin = await t.as(await t.given.admin());
    const { id } = json(await admin.post("/api/skps/batch", { unitId: office.kecamatan.id, year: 2026 }));
    // Interactive prints meanwhile: with one thread and no queue some are refused busy, the batch never is.
    const prints = await Promise.all(
      skpIds.flatMap((s) => [admin.get(`/api/skps/${s}/pdf`), admin.get(`/api/skps/${s}/pdf`)]),
    );
    assert.ok(prints.every((p) => p.statusCode === 200 || json(p).code === "pdf_busy"));
    const finished = await untilFinished(admin, id);
    assert.deepEqual([finished.status, finished.done], ["done", 3]);
    const entries = await zipEntries((await admin.get(`/api/skps/batch/${id}/download`)).rawPayload);
    assert.equal(entries.filter((e) => e.head === "%PDF-").length, 3);
  });

  it(`refuses more than ${MAX_BATCH_DOCUMENTS} documents with 422 batch_too_large, before printing any`, async () => {
    t = await createTestApp();
    const office = await t.given.office();
    const at = "2026-01-10T00:00:00.000Z";
    const rows = Array.from({ length: MAX_BATCH_DOCUMENTS + 1 }, (_, i) => ({
      id: newId(),
      year: 2026,
      employee_id: office.staff.id,
      position_id: office.positions.staff.id,
      revision: i + 1,
      previous_id: null,
      status: "draft" as const,
      model: "ja_jf" as const,
      approach: "kuantitatif" as const,
      behaviour_set: "SE-20-2021",
      period_start: "2026-01-01",
      period_end: "2026-12-31",
      return_reason: null,
      submitted_at: null,
      approved_at: null,
      approved_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    }));
    for (let i = 0; i < rows.length; i += 100) {
      await t.db
        .insertInto("skp")
        .values(rows.slice(i, i + 100))
        .execute();
    }
    const admin = await t.as(await t.given.admin());
    const res = await admin.post("/api/skps/batch", { unitId: office.seksi.id, year: 2026 });
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(json(res).code, "batch_too_large");
    assert.deepEqual(json(res).details, { total: MAX_BATCH_DOCUMENTS + 1, limit: MAX_BATCH_DOCUMENTS });
  });
});

describe("SKP batch registry", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "simkin-batch-"));
  const job = (accountId: string, status: BatchJob["status"]): BatchJob => {
    const id = newId();
    const file = path.join(dir, `${id}.zip`);
    writeFileSync(file, "zip");
    const finishedAt = status === "running" ? null : "2026-03-16T03:00:00.000Z";
    return {
      id,
      accountId,
      unitId: "u",
      unitName: "U",
      year: 2026,
      status,
      done: 0,
      total: 1,
      startedAt: "2026-03-16T03:00:00.000Z",
      file,
      finishedAt,
      running: null,
    };
  };
  const now = new Date("2026-03-16T03:10:00.000Z");

  it("forgets the oldest finished batch when full, and answers 503 batch_busy when every kept batch still runs", async () => {
    const registry = new BatchRegistry(2);
    const old = job("a", "done");
    await registry.add(old, now);
    await registry.add(job("b", "running"), now);
    await registry.add(job("c", "running"), now);
    assert.equal(await registry.find(old.id, "a", now), undefined);
    await assert.rejects(
      registry.add(job("d", "running"), now),
      (e: { code?: string; status?: number }) => e.code === "batch_busy" && e.status === 503,
    );
    await registry.close();
  });
});
