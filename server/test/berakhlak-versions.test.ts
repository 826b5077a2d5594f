import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { berakhlakSe20of2021 } from "@simkin/domain";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import type { Office } from "./given";
import { openYear } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

/** The UU 20/2023 wording as an office would add it (REGULATIONS.md §3.2), in force from 2027. */
const uu2023 = (over: Record<string, unknown> = {}) => ({
  version: "UU-20-2023",
  title: "Kode perilaku ASN menurut UU 20/2023",
  effectiveFrom: "2027-01-01",
  values: berakhlakSe20of2021.map((v) =>
    v.code === "harmonis"
      ? {
          code: v.code,
          name: v.name,
          indicators: [
            "Menghargai setiap orang tanpa membedakan latar belakang",
            "Suka menolong",
            "Membangun lingkungan kerja yang kondusif",
          ],
        }
      : { code: v.code, name: v.name, indicators: [...v.indicators] },
  ),
  ...over,
});

/** Issue 9 rule 16: BerAKHLAK master versions through the API; new SKPs take the version in force on their start. */
describe("BerAKHLAK master versions", () => {
  let t: TestApp;
  let office: Office;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    office = await t.given.office();
  });
  afterEach(() => t.close());

  it("lists the SE 20/2021 wording with the date it is in force from", async () => {
    const list = json(await (await t.as(office.staff)).get("/api/berakhlak"));
    assert.deepEqual(
      list.map((v: { version: string; effectiveFrom: string }) => [v.version, v.effectiveFrom]),
      [["SE-20-2021", "2022-01-01"]],
    );
    assert.equal(list[0].values.length, 7);
  });

  it("lets the pengelola kinerja add a version, audited, and gives it to SKPs starting from its date only", async () => {
    await openYear(t.db, 2026);
    await openYear(t.db, 2027);
    const staff = await t.as(office.staff);
    const before = json(await staff.post("/api/skps", { year: 2026 }));
    const pengelolaUser = await t.given.admin();
    const res = await (await t.as(pengelolaUser)).post("/api/berakhlak", uu2023());
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json(res).version, "UU-20-2023");
    assert.equal(json(res).values[3].indicators[0], "Menghargai setiap orang tanpa membedakan latar belakang");
    const audit = (await auditEventsOf(t.db, "UU-20-2023"))[0];
    assert.equal(audit?.action, "berakhlak.version_added");
    assert.equal(audit?.actorId, pengelolaUser.userId);
    const list = json(await staff.get("/api/berakhlak"));
    assert.deepEqual(
      list.map((v: { version: string }) => v.version),
      ["UU-20-2023", "SE-20-2021"],
    );

    assert.equal(
      json(await staff.get(`/api/skps/${before.id}`)).behaviourSet,
      "SE-20-2021",
      "an existing SKP keeps its texts",
    );
    const next = json(await staff.post("/api/skps", { year: 2027 }));
    assert.equal(next.behaviourSet, "UU-20-2023");
    assert.equal(next.behaviours[3].indicators[0], "Menghargai setiap orang tanpa membedakan latar belakang");
  });

  it("lets the super admin add a version too", async () => {
    const admin = await t.as(await t.given.user({ roles: ["super_admin"] }));
    assert.equal((await admin.post("/api/berakhlak", uu2023())).statusCode, 200);
  });

  it("refuses a pegawai, an auditor and an anonymous visitor", async () => {
    assertError(await (await t.as(office.staff)).post("/api/berakhlak", uu2023()), 403, "forbidden");
    const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
    assertError(await auditor.post("/api/berakhlak", uu2023()), 403, "forbidden");
    assertError(await t.anonymous().post("/api/berakhlak", uu2023()), 401, "unauthenticated");
  });

  it("refuses a version with a missing value, with two panduan, or without a date", async () => {
    const pengelola = await t.as(await t.given.admin());
    const missing = uu2023({ values: uu2023().values.filter((v) => v.code !== "loyal") });
    const body = assertInvalid(await pengelola.post("/api/berakhlak", missing), { "values/4": /loyal/ });
    assert.ok(body);
    const short = uu2023({
      values: uu2023().values.map((v, i) => (i === 0 ? { ...v, indicators: v.indicators.slice(0, 2) } : v)),
    });
    assertInvalid(await pengelola.post("/api/berakhlak", short), { "values/0/indicators": /tepat 3/ });
    assertInvalid(await pengelola.post("/api/berakhlak", uu2023({ effectiveFrom: "" })), {
      effectiveFrom: /YYYY-MM-DD/,
    });
    assert.equal(json(await pengelola.get("/api/berakhlak")).length, 1);
  });

  it("refuses a version overlapping another and a code already used", async () => {
    const pengelola = await t.as(await t.given.admin());
    const overlap = await pengelola.post("/api/berakhlak", uu2023({ effectiveFrom: "2022-01-01" }));
    const body = assertError(overlap, 422, "berakhlak_version_overlap");
    assert.ok(body.fields.effectiveFrom);
    assertError(
      await pengelola.post("/api/berakhlak", uu2023({ version: "SE-20-2021" })),
      409,
      "berakhlak_version_exists",
    );
    assert.equal(json(await pengelola.get("/api/berakhlak")).length, 1);
  });
});
