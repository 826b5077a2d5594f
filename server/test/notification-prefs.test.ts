import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { emailChoiceKinds } from "@simkin/domain";
import { assertInvalid, auditEventsOf } from "./assertions";
import type { Office } from "./given";
import { toldTo, withAddresses } from "./given-notices";
import { officeWithRaterSkp, submittedStaffSkp } from "./skp-flow";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 11: each person turns e-mail on or off per kind; the in-app notice is always written. */
describe("e-mail preferences", () => {
  let t: TestApp;
  let office: Office;
  let kasiRhk: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-20T03:00:00.000Z" });
    ({ office, kasiRhk } = await officeWithRaterSkp(t));
    await withAddresses(t, [office.staff, office.kasi]);
  });
  afterEach(() => t.close());

  it("lists every kind one may choose, on by default", async () => {
    const res = await (await t.as(office.kasi)).get("/api/notifications/preferences");
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      json(res).items,
      emailChoiceKinds.map((kind) => ({ kind, email: true })),
    );
    assert.equal(json(res).hasEmail, true);
    const noAddress = await t.given.user({ roles: ["pengelola_kinerja"] });
    assert.equal(json(await (await t.as(noAddress)).get("/api/notifications/preferences")).hasEmail, false);
  });

  it("turned off: the step still notifies in the app, but queues no e-mail; others' choices are their own", async () => {
    const kasi = await t.as(office.kasi);
    const saved = await kasi.put("/api/notifications/preferences", {
      items: [
        { kind: "skp_submitted", email: false },
        { kind: "report_overdue", email: false },
      ],
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const items = json(saved).items as { kind: string; email: boolean }[];
    assert.deepEqual(
      items.filter((i) => !i.email).map((i) => i.kind),
      ["skp_submitted", "report_overdue"],
      "in the settings' order",
    );
    const audit = (await auditEventsOf(t.db, office.kasi.userId)).find(
      (e) => e.action === "notification.email_preferences_set",
    );
    assert.deepEqual(audit?.after, { skp_submitted: false, report_overdue: false });

    await submittedStaffSkp(t, office, kasiRhk[0] ?? null);
    const [told] = await toldTo(t, office.kasi.userId);
    assert.equal(told?.kind, "skp_submitted", "in the app all the same");
    assert.equal(told?.email, null);
    assert.equal((await t.db.selectFrom("outbound_email").selectAll().execute()).length, 0);
    assert.deepEqual(
      json(await (await t.as(office.staff)).get("/api/notifications/preferences")).items.every(
        (i: { email: boolean }) => i.email,
      ),
      true,
    );

    // On again: the next one is e-mailed.
    await kasi.put("/api/notifications/preferences", { items: [{ kind: "skp_submitted", email: true }] });
    const kinds = json(await kasi.get("/api/notifications/preferences")).items;
    assert.equal(kinds.find((i: { kind: string }) => i.kind === "report_overdue").email, false, "kept");
  });

  it("refuses unknown, account and repeated kinds, a missing choice and extra fields (400)", async () => {
    const kasi = await t.as(office.kasi);
    const bad = [
      { items: [{ kind: "account_password_reset", email: false }] },
      { items: [{ kind: "no_such_kind", email: false }] },
      { items: [{ kind: "skp_submitted" }] },
      { items: [{ kind: "skp_submitted", email: "no" }] },
      {
        items: [
          { kind: "skp_submitted", email: false },
          { kind: "skp_submitted", email: true },
        ],
      },
      { items: [], extra: 1 },
      {},
    ];
    for (const body of bad) {
      const res = await kasi.put("/api/notifications/preferences", body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(json(res).code, "invalid_input");
    }
    assertInvalid(await kasi.put("/api/notifications/preferences", bad[1]), { "items/0/kind": /tidak dikenal/ });
    assert.equal(
      await t.db
        .selectFrom("notification_email_pref")
        .selectAll()
        .execute()
        .then((r) => r.length),
      0,
    );
  });

  it("refuses anonymous callers", async () => {
    const anonymous = t.anonymous();
    assert.equal((await anonymous.get("/api/notifications/preferences")).statusCode, 401);
    assert.equal((await anonymous.put("/api/notifications/preferences", { items: [] })).statusCode, 401);
  });
});
