import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { DEFAULT_EVALUATION_SETTING_VALUES } from "@simkin/domain";
import { settingsForYear } from "../src/modules/evaluation/evaluation-setting.repo";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import { openYear } from "./given-skp";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 12: the year's evaluation settings, defaults from the domain until the pengelola saves the year's own. */
describe("evaluation settings of a year", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-12-20T03:00:00.000Z" });
    await openYear(t.db, 2026);
  });
  afterEach(() => t.close());

  const body = {
    ...DEFAULT_EVALUATION_SETTING_VALUES,
    year: 2026,
    keberatanDays: 21,
    headMapping: { ...DEFAULT_EVALUATION_SETTING_VALUES.headMapping, baik: "di_atas_ekspektasi" },
    suggestion: { aboveFrom: 90, aboveInclusive: true, meetsFrom: 50 },
    rounding: { max: "ceil", min: "floor" },
    annualRule: "latest",
    version: 0,
  };

  it("reads the domain defaults for any signed-in user until saved", async () => {
    const office = await t.given.office();
    const res = await (await t.as(office.staff)).get("/api/evaluation-settings?year=2027");
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), { year: 2027, ...DEFAULT_EVALUATION_SETTING_VALUES, version: 0, isDefault: true });
    assert.equal(json(res).keberatanDays, 14);
    assertError(await t.anonymous().get("/api/evaluation-settings?year=2026"), 401, "unauthenticated");
    assertInvalid(await (await t.as(office.staff)).get("/api/evaluation-settings?year=abc"), { year: /Tahun/ });
  });

  it("is saved by the pengelola with its version, audited, and read back typed by settingsForYear", async () => {
    const admin = await t.as(await t.given.admin());
    const saved = await admin.put("/api/evaluation-settings", body);
    assert.equal(saved.statusCode, 200, saved.body);
    const { version: _v, ...values } = body;
    assert.deepEqual(json(saved), { ...values, version: 1, isDefault: false });
    const typed = await settingsForYear(t.db, 2026);
    assert.equal(typed.keberatanDays, 21);
    assert.equal(typed.headMapping.baik, "di_atas_ekspektasi");
    assert.deepEqual(typed.rounding, { max: "ceil", min: "floor" });
    assertError(await admin.put("/api/evaluation-settings", body), 409, "stale_version");
    const again = await admin.put("/api/evaluation-settings", { ...body, keberatanDays: 14, version: 1 });
    assert.equal(json(again).version, 2);
    assert.deepEqual(
      (await auditEventsOf(t.db, "2026")).map((e) => e.action),
      ["evaluation_setting.saved", "evaluation_setting.saved"],
    );
  });

  it("refuses a pegawai, a year not opened and bad values on their fields", async () => {
    const office = await t.given.office();
    assertError(await (await t.as(office.staff)).put("/api/evaluation-settings", body), 403, "forbidden");
    const admin = await t.as(await t.given.admin());
    assertError(await admin.put("/api/evaluation-settings", { ...body, year: 2031 }), 404, "not_found");
    assertInvalid(await admin.put("/api/evaluation-settings", { ...body, keberatanDays: 0 }), {
      keberatanDays: /paling sedikit 1/,
    });
    assertInvalid(
      await admin.put("/api/evaluation-settings", { ...body, suggestion: { ...body.suggestion, meetsFrom: 95 } }),
      { "suggestion/meetsFrom": /tidak boleh di atas/ },
    );
    assertInvalid(
      await admin.put("/api/evaluation-settings", { ...body, headMapping: { ...body.headMapping, kurang: "buruk" } }),
      { "headMapping/kurang": /Rating tidak dikenal/ },
    );
    assertInvalid(await admin.put("/api/evaluation-settings", { ...body, annualRule: "average" }), {
      annualRule: /tidak dikenal/,
    });
    assert.equal((await settingsForYear(t.db, 2026)).isDefault, true, "nothing was saved");
  });
});
