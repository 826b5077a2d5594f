import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import { z } from "zod";
import { assertError, auditEventsOf } from "./assertions";
import type { Office } from "./given";
import { completeContent, reviewedByPengelola } from "./given-skp";
import { officeWithRaterSkp, submittedStaffSkp } from "./skp-flow";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

/** Issue 11: the rater reviewing a resubmitted SKP sees what changed since it was sent back (decision 0050). */
describe("what changed in an SKP since it was returned", () => {
  let t: TestApp;
  let office: Office;
  let kasiRhk: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-20T03:00:00.000Z" });
    ({ office, kasiRhk } = await officeWithRaterSkp(t));
  });
  afterEach(() => t.close());

  const submitted = () => submittedStaffSkp(t, office, kasiRhk[0] ?? null);

  /** The Kasi returns it, sets one expectation meanwhile; the staff rewrites it and resubmits. */
  async function returnedAndResubmitted() {
    const { staff, skp } = await submitted();
    const kasi = await t.as(office.kasi);
    const reason = "Target kuantitas terlalu rendah; tambahkan RHK pengaduan";
    const back = json(await kasi.post(`/api/skps/${skp.id}/return`, { reason, version: skp.version }));
    const withExpectation = json(
      await kasi.put(`/api/skps/${skp.id}/expectations`, {
        expectations: [{ valueCode: "akuntabel", text: "Berkas diverifikasi tepat waktu" }],
        version: back.version,
      }),
    );
    const content = completeContent(kasiRhk[0] ?? null, withExpectation.version);
    const [first] = content.rhk;
    assert.ok(first);
    const [kuantitas, waktu] = first.ikis;
    assert.ok(kuantitas && waktu);
    first.ikis = [
      { ...kuantitas, target: "2.000" },
      { ...waktu, unit: "%", aspek: "kualitas" },
    ];
    content.rhk.push({
      kind: "utama",
      text: "Tertanganinya pengaduan pelayanan PATEN",
      parentRhkId: kasiRhk[1] ?? null,
      ikis: [{ aspek: "kuantitas", indicator: "Jumlah pengaduan ditindaklanjuti", target: "40", unit: "pengaduan" }],
    });
    const saved = await staff.put(`/api/skps/${skp.id}/content`, content);
    assert.equal(saved.statusCode, 200, saved.body);
    const again = await staff.post(`/api/skps/${skp.id}/submit`, { version: json(saved).version });
    assert.equal(again.statusCode, 200, again.body);
    return { staff, kasi, skp: json(again), reason };
  }

  it("shows the rater the RHK added, the targets, satuan and aspek changed and the expectation set", async () => {
    const { kasi, skp, reason } = await returnedAndResubmitted();
    const res = await kasi.get(`/api/skps/${skp.id}/changes`);
    assert.equal(res.statusCode, 200, res.body);
    const changes = json(res);
    assert.equal(changes.returnedAt, "2026-01-20T03:00:00.000Z");
    assert.equal(changes.returnedBy, office.kasi.name);
    assert.equal(changes.reason, reason);
    const { diff } = changes;
    assert.deepEqual(
      diff.rhk.map((r: { change: string; beforeNo: number | null; afterNo: number | null }) => [
        r.change,
        r.beforeNo,
        r.afterNo,
      ]),
      [
        ["changed", 1, 1],
        ["added", null, 2],
      ],
    );
    const [changed, added] = diff.rhk;
    assert.deepEqual(changed.fields, []);
    assert.deepEqual(
      changed.ikis.map((i: { change: string; fields: unknown[] }) => [i.change, i.fields]),
      [
        ["changed", [{ field: "target", before: "1.500", after: "2.000" }]],
        [
          "changed",
          [
            { field: "aspek", before: "waktu", after: "kualitas" },
            { field: "unit", before: "persen", after: "%" },
          ],
        ],
      ],
    );
    assert.equal(added.text, "Tertanganinya pengaduan pelayanan PATEN");
    assert.equal(added.ikis[0].after.indicator, "Jumlah pengaduan ditindaklanjuti");
    assert.deepEqual(diff.expectations, [
      { valueCode: "akuntabel", change: "added", before: null, after: "Berkas diverifikasi tepat waktu" },
    ]);
    assert.deepEqual(diff.lampiran, []);
    assert.equal(diff.changes, 3);
  });

  it("lets those who may read the SKP see it, and answers anyone else as for a random id", async () => {
    const { staff, skp } = await returnedAndResubmitted();
    const pengelola = await t.as(await t.given.admin());
    for (const reader of [staff, pengelola, await t.as(office.camat)]) {
      assert.equal(json(await reader.get(`/api/skps/${skp.id}/changes`)).diff.changes, 3);
    }
    const stranger = await t.as(await t.given.placedEmployee({ positionId: (await t.given.position()).id }));
    const hidden = await stranger.get(`/api/skps/${skp.id}/changes`);
    const random = await stranger.get(`/api/skps/${randomUUID()}/changes`);
    assertError(hidden, 404, "not_found");
    assert.equal(hidden.body, random.body);
    assertError(await t.anonymous().get(`/api/skps/${skp.id}/changes`), 401, "unauthenticated");
    assertError(await stranger.get("/api/skps/not-a-uuid/changes"), 400, "invalid_input");
  });

  it("has no diff for an SKP never returned", async () => {
    const { skp } = await submitted();
    const kasi = await t.as(office.kasi);
    assert.deepEqual(json(await kasi.get(`/api/skps/${skp.id}/changes`)), {
      returnedAt: null,
      returnedBy: null,
      reason: null,
      diff: null,
    });
  });

  it("keeps the content in the return step's transaction, and compares with the latest return", async () => {
    const { staff, skp } = await submitted();
    const pengelolaUser = await t.given.admin();
    const pengelola = await t.as(pengelolaUser);
    const note = "Satuan IKI waktu belum jelas";
    const back = json(await pengelola.post(`/api/skps/${skp.id}/review-return`, { note, version: skp.version }));
    const event = back.events.at(-1);
    assert.equal(event.action, "review_returned");
    const kept = await t.db.selectFrom("skp_return_snapshot").selectAll().execute();
    assert.equal(kept.length, 1);
    assert.equal(JSON.parse(kept[0]?.content ?? "{}").rhk[0].ikis[0].target, "1.500");

    const unchanged = json(await staff.get(`/api/skps/${skp.id}/changes`));
    assert.deepEqual(
      [unchanged.reason, unchanged.returnedBy, unchanged.diff.changes],
      [note, pengelolaUser.username, 0],
    );
    assert.deepEqual(
      unchanged.diff.rhk.map((r: { change: string }) => r.change),
      ["unchanged"],
    );

    const resubmitted = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: back.version }));
    const kasi = await t.as(office.kasi);
    const second = json(
      await kasi.post(`/api/skps/${skp.id}/return`, { reason: "Kedua kali", version: resubmitted.version }),
    );
    assert.equal(await countSnapshots(), 2);
    const content = completeContent(kasiRhk[0] ?? null, second.version);
    const [rhk] = content.rhk;
    assert.ok(rhk);
    rhk.text = "Terlayaninya permohonan PATEN sesuai standar pelayanan publik";
    await expectSaved(staff, skp.id, content);
    const latest = json(await kasi.get(`/api/skps/${skp.id}/changes`));
    assert.equal(latest.reason, "Kedua kali");
    assert.equal(latest.diff.rhk[0].change, "changed");
    assert.deepEqual(latest.diff.rhk[0].fields[0].field, "text");
  });

  const countSnapshots = async () => (await t.db.selectFrom("skp_return_snapshot").select("event_id").execute()).length;
  async function expectSaved(client: Client, id: string, content: unknown) {
    const res = await client.put(`/api/skps/${id}/content`, content);
    assert.equal(res.statusCode, 200, res.body);
  }
});

/** Issue 11: approving with Ekspektasi Khusus Pimpinan left empty is allowed (REGULATIONS.md §9.1) and audited. */
describe("approving an SKP with empty Ekspektasi Khusus Pimpinan", () => {
  let t: TestApp;
  let office: Office;
  let kasiRhk: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-20T03:00:00.000Z" });
    ({ office, kasiRhk } = await officeWithRaterSkp(t));
  });
  afterEach(() => t.close());

  const approve = async (expectations: { valueCode: string; text: string }[]) => {
    const { skp } = await submittedStaffSkp(t, office, kasiRhk[0] ?? null);
    const kasi = await t.as(office.kasi);
    let version = await reviewedByPengelola(t, skp.id, skp.version);
    if (expectations.length > 0) {
      version = json(await kasi.put(`/api/skps/${skp.id}/expectations`, { expectations, version })).version;
    }
    const res = await kasi.post(`/api/skps/${skp.id}/approve`, { version });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).status, "disetujui");
    const after = (await auditEventsOf(t.db, skp.id)).find((e) => e.action === "skp.approve")?.after;
    return z.object({ emptyExpectations: z.number(), emptyExpectationValues: z.array(z.string()) }).parse(after);
  };

  it("approves with all seven empty and records that all seven were", async () => {
    const after = await approve([]);
    assert.equal(after.emptyExpectations, 7);
    assert.deepEqual(after.emptyExpectationValues, [
      "Berorientasi Pelayanan",
      "Akuntabel",
      "Kompeten",
      "Harmonis",
      "Loyal",
      "Adaptif",
      "Kolaboratif",
    ]);
  });

  it("records only those still empty", async () => {
    const after = await approve([
      { valueCode: "akuntabel", text: "Berkas diverifikasi tepat waktu" },
      { valueCode: "loyal", text: "Menjaga kerahasiaan data pemohon" },
    ]);
    assert.equal(after.emptyExpectations, 5);
    assert.deepEqual(after.emptyExpectationValues, [
      "Berorientasi Pelayanan",
      "Kompeten",
      "Harmonis",
      "Adaptif",
      "Kolaboratif",
    ]);
  });
});
