import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, countRows } from "./assertions";
import type { Office } from "./given";
import { assertNobodyElse, bystanders, refuseMail, toldTo, withAddresses } from "./given-notices";
import { completeContent } from "./given-skp";
import { officeWithRaterSkp, submittedStaffSkp } from "./skp-flow";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 11: every SKP step tells the person it hands the SKP to, at once, and nobody else. */
describe("SKP steps notify at once", () => {
  let t: TestApp;
  let office: Office;
  let kasiRhk: string[];
  let others: Awaited<ReturnType<typeof bystanders>>;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-20T03:00:00.000Z" });
    ({ office, kasiRhk } = await officeWithRaterSkp(t));
    others = await bystanders(t, office);
    await withAddresses(t, [office.staff, office.kasi, office.camat, others.colleague, others.pengelola]);
  });
  afterEach(() => t.close());

  const nobodyElse = () =>
    assertNobodyElse(t, { camat: office.camat, colleague: others.colleague, pengelola: others.pengelola });

  it("submitted: the rater is told (in the app and by e-mail), linked to the SKP; nobody else", async () => {
    const { skp } = await submittedStaffSkp(t, office, kasiRhk[0] ?? null);
    const [told, ...more] = await toldTo(t, office.kasi.userId);
    assert.deepEqual(more, []);
    assert.equal(told?.kind, "skp_submitted");
    assert.equal(told?.title, `SKP 2026 dari ${office.staff.name} menunggu persetujuan Anda`);
    assert.equal(told?.link, `/skp/${skp.id}`);
    assert.ok(told?.email, "the e-mail is queued with the notice");
    assert.deepEqual(await toldTo(t, office.staff.userId), [], "not told of one's own step");
    await nobodyElse();
  });

  it("returned with the reason, resubmitted, reviewed and approved: each told to the one it concerns", async () => {
    const { staff, skp } = await submittedStaffSkp(t, office, kasiRhk[0] ?? null);
    const kasi = await t.as(office.kasi);
    const returned = json(
      await kasi.post(`/api/skps/${skp.id}/return`, { reason: "Target IKI 2 belum terukur", version: skp.version }),
    );
    const [back] = await toldTo(t, office.staff.userId);
    assert.equal(back?.kind, "skp_returned");
    assert.equal(back?.title, "SKP 2026 Anda dikembalikan untuk diperbaiki");
    assert.match(back?.body ?? "", new RegExp(`${office.kasi.name} mengembalikan[\\s\\S]*Target IKI 2 belum terukur`));

    const again = json(await staff.post(`/api/skps/${skp.id}/submit`, { version: returned.version }));
    const resubmitted = (await toldTo(t, office.kasi.userId)).at(-1);
    assert.equal(resubmitted?.title, `SKP 2026 dari ${office.staff.name} diajukan kembali`);

    const pengelola = await t.as(others.pengelola);
    const reviewed = json(await pengelola.post(`/api/skps/${skp.id}/review`, { version: again.version }));
    const ready = (await toldTo(t, office.kasi.userId)).at(-1);
    assert.equal(ready?.kind, "skp_reviewed");
    assert.match(ready?.body ?? "", /kini dapat Anda setujui/);

    json(await kasi.post(`/api/skps/${skp.id}/approve`, { version: reviewed.version }));
    const approved = (await toldTo(t, office.staff.userId)).at(-1);
    assert.equal(approved?.kind, "skp_approved");
    assert.equal(approved?.title, "SKP 2026 Anda telah disetujui");
    assert.ok(approved?.email);

    assert.deepEqual(
      (await toldTo(t, office.staff.userId)).map((n) => n.kind),
      ["skp_returned", "skp_approved"],
    );
    assert.deepEqual(
      (await toldTo(t, office.kasi.userId)).map((n) => n.kind),
      ["skp_submitted", "skp_submitted", "skp_reviewed"],
    );
    await assertNobodyElse(t, { camat: office.camat, colleague: others.colleague });
    assert.deepEqual(await toldTo(t, others.pengelola.userId), [], "the pengelola is not told of his own review");
  });

  it("sent back by the pengelola with catatan perbaikan: the employee is told, with the note", async () => {
    const { skp } = await submittedStaffSkp(t, office, kasiRhk[0] ?? null);
    const pengelola = await t.as(others.pengelola);
    const res = await pengelola.post(`/api/skps/${skp.id}/review-return`, {
      note: "Lengkapi satuan target",
      version: skp.version,
    });
    assert.equal(res.statusCode, 200, res.body);
    const [back] = await toldTo(t, office.staff.userId);
    assert.equal(back?.kind, "skp_returned");
    assert.match(back?.body ?? "", /Pengelola kinerja mengembalikan[\s\S]*Lengkapi satuan target/);
  });

  it("a retried or stale step does not notify twice; a refused step notifies nobody", async () => {
    const { skp } = await submittedStaffSkp(t, office, kasiRhk[0] ?? null);
    const kasi = await t.as(office.kasi);
    const before = await countRows(t.db, "notification");
    assertError(
      await kasi.post(`/api/skps/${skp.id}/return`, { reason: "Ulangi", version: skp.version + 5 }),
      409,
      "stale_version",
    );
    assertError(
      await (await t.as(office.camat)).post(`/api/skps/${skp.id}/return`, { reason: "x", version: skp.version }),
      403,
      "forbidden",
    );
    assert.equal(await countRows(t.db, "notification"), before);
    // The same step event can only be claimed once, whatever retries it.
    const claims = await t.db.selectFrom("reminder_claim").select("key").execute();
    assert.equal(claims.filter((c) => c.key.startsWith("skp_submitted:")).length, 1);
  });

  it("rolls the notice back with a step that fails after writing it", async () => {
    const staff = await t.as(office.staff);
    const created = json(await staff.post("/api/skps", { year: 2026 }));
    const saved = json(await staff.put(`/api/skps/${created.id}/content`, completeContent(kasiRhk[0] ?? null, 1)));
    await refuseMail(t);
    const res = await staff.post(`/api/skps/${saved.id}/submit`, { version: saved.version });
    assert.equal(res.statusCode, 500);
    assert.equal(json(await staff.get(`/api/skps/${saved.id}`)).status, "draft", "the step itself rolled back");
    assert.equal(await countRows(t.db, "notification"), 0);
    assert.equal(await countRows(t.db, "reminder_claim"), 0);
  });
});
