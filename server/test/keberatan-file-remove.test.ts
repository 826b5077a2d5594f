import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { assertError, auditEventsOf, countRows } from "./assertions";
import { decision, explanation, keberatanUpload, keberatanWorld, reasons } from "./given-keberatan";
import { json } from "./test-app";
import { perTest } from "./worlds";

type Listed = { id: string; canDelete: boolean };

/** The world with the staff member's keberatan filed and one attachment of theirs. */
async function filedWorld() {
  const world = await keberatanWorld();
  const staff = await world.t.as(world.office.staff);
  const filed = await staff.post(`/api/keberatan/evaluation/${world.evaluation.id}`, { reasons, version: 1 });
  const keberatanId: string = json(filed).keberatan.id;
  const { payload, headers } = keberatanUpload("lampiran", undefined, "bukti.pdf");
  const upload = await staff.post(`/api/keberatan/${keberatanId}/files`, payload, { headers });
  assert.equal(upload.statusCode, 200, upload.body);
  assert.equal(json(upload).canDelete, true);
  return { ...world, keberatanId, fileId: json(upload).id as string };
}

describe("removing a keberatan file", () => {
  const w = perTest(filedWorld);
  const view = async (user: { userId: string }) =>
    json(await (await w.t.as(user)).get(`/api/keberatan/evaluation/${w.evaluation.id}`));
  const files = async (user: { userId: string }): Promise<Listed[]> => (await view(user)).keberatan.files;
  const remove = async (user: { userId: string }, id = w.fileId) =>
    (await w.t.as(user)).delete(`/api/keberatan-files/${id}`);

  it("lets the employee remove their own attachment while it waits, audited, the download gone", async () => {
    assert.deepEqual(
      (await files(w.office.staff)).map((f) => f.canDelete),
      [true],
    );
    for (const user of [w.office.kasi, w.office.camat, w.pengelola]) {
      assert.deepEqual(
        (await files(user)).map((f) => f.canDelete),
        [false],
      );
    }
    const res = await remove(w.office.staff);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), { deleted: true });
    assert.deepEqual(await files(w.office.staff), []);
    assertError(await (await w.t.as(w.office.staff)).get(`/api/keberatan-files/${w.fileId}`), 404, "not_found");
    assertError(await remove(w.office.staff), 404, "not_found");
    const events = await auditEventsOf(w.t.db, w.keberatanId);
    assert.deepEqual(
      events.map((e) => e.action),
      ["keberatan.filed", "keberatan.file_added", "keberatan.file_removed"],
    );
    assert.equal(events[2]?.actorId, w.office.staff.userId);
    assert.match(JSON.stringify(events[2]?.before), /"name":"bukti.pdf".*"contentHash":"[0-9a-f]{64}"/);
  });

  it("still lets them after the rater's explanation, not once the atasan has decided", async () => {
    const kasi = await w.t.as(w.office.kasi);
    const explained = await kasi.post(`/api/keberatan/${w.keberatanId}/explanation`, { explanation, version: 1 });
    assert.equal(explained.statusCode, 200, explained.body);
    assert.deepEqual(
      (await files(w.office.staff)).map((f) => f.canDelete),
      [true],
    );
    const decided = await (await w.t.as(w.office.camat)).post(`/api/keberatan/${w.keberatanId}/decision`, {
      outcome: "ditolak",
      decision,
      version: 2,
    });
    assert.equal(decided.statusCode, 200, decided.body);
    assert.deepEqual(
      (await files(w.office.staff)).map((f) => f.canDelete),
      [false],
    );
    assertError(await remove(w.office.staff), 422, "keberatan_file_locked");
    assert.equal(await countRows(w.t.db, "evaluation_file"), 1);
  });

  it("refuses the rater, the atasan, the pengelola and the auditor (403), strangers as a random id", async () => {
    const auditor = await w.t.given.user({ roles: ["auditor"] });
    for (const user of [w.office.kasi, w.office.camat, w.pengelola, auditor]) {
      assertError(await remove(user), 403, "forbidden");
    }
    const hidden = await remove(w.outsider);
    const random = await remove(w.outsider, randomUUID());
    assert.equal(hidden.statusCode, 404);
    assert.deepEqual(json(hidden), json(random));
    assert.equal((await w.t.anonymous().delete(`/api/keberatan-files/${w.fileId}`)).statusCode, 401);
    assertError(await remove(w.office.staff, "bukan-id"), 400, "invalid_input");
    assert.equal(await countRows(w.t.db, "evaluation_file"), 1, "nothing was removed");
  });

  it("lets the pengelola remove the decision letter they uploaded while the decision is not recorded", async () => {
    await w.t.db.updateTable("evaluation").set({ atasan_external: 1 }).execute();
    const pengelola = await w.t.as(w.pengelola);
    const { payload, headers } = keberatanUpload("surat_keputusan");
    const letter = json(await pengelola.post(`/api/keberatan/${w.keberatanId}/files`, payload, { headers }));
    assert.equal(letter.canDelete, true);
    assertError(await remove(w.office.staff, letter.id), 403, "forbidden");
    assert.equal((await remove(w.pengelola, letter.id)).statusCode, 200);
    assert.equal(await countRows(w.t.db, "evaluation_file"), 1);
  });
});
