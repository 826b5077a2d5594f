import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkDistribution, countPredikat } from "./distribution";
import { capaianValues, type Predikat } from "./evaluation.enums";
import { kurvaBand, kurvaRules } from "./kurva.rules";

const counts = (list: Predikat[]) => countPredikat(list);

describe("kurvaRules", () => {
  it("lists every rule of the pattern with its limit, met or broken (Baik, 7 employees)", () => {
    const rules = kurvaRules("baik", counts(["baik", "baik", "baik", "baik", "baik", "sangat_baik", "sangat_baik"]));
    assert.deepEqual(rules, [
      { kind: "max", predikat: ["baik"], percent: 70, limit: 4, actual: 5, met: false },
      { kind: "exists", predikat: ["butuh_perbaikan", "kurang"], percent: null, limit: 1, actual: 0, met: false },
    ]);
  });
  it("meets the Baik pattern with at most 70% Baik and one Butuh Perbaikan", () => {
    const rules = kurvaRules("baik", counts(["baik", "baik", "sangat_baik", "butuh_perbaikan"]));
    assert.ok(rules.every((r) => r.met));
  });
  it("breaks no rule while nobody is evaluated", () => {
    for (const capaian of capaianValues) {
      assert.ok(
        kurvaRules(capaian, counts([])).every((r) => r.met),
        capaian,
      );
    }
  });
  it("agrees with checkDistribution on every pattern for units of 1, 3, 5 and 7", () => {
    const pool: Predikat[] = ["sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"];
    for (const capaian of capaianValues) {
      for (const size of [1, 3, 5, 7]) {
        for (let shift = 0; shift < pool.length; shift++) {
          const list = Array.from({ length: size }, (_, i) => pool[(i + shift) % pool.length] as Predikat);
          const c = counts(list);
          const rules = kurvaRules(capaian, c);
          const check = checkDistribution(capaian, c);
          assert.equal(rules.filter((r) => !r.met).length, check.violations.length, `${capaian} ${size} ${shift}`);
        }
      }
    }
  });
});

describe("kurvaBand", () => {
  it("bounds each predikat named alone by a rule (Kurang, 10 employees)", () => {
    const band = kurvaBand("kurang", 10);
    assert.deepEqual(band.kurang, { min: 6, max: 10 });
    assert.deepEqual(band.butuh_perbaikan, { min: 1, max: 10 });
    assert.deepEqual(band.sangat_baik, { min: 0, max: 1 });
    assert.deepEqual(band.baik, { min: 0, max: 10 });
  });
  it("leaves a rule over several predikat out of the band (Sangat Kurang)", () => {
    const band = kurvaBand("sangat_kurang", 5);
    assert.deepEqual(band.sangat_kurang, { min: 3, max: 5 });
    assert.deepEqual(band.kurang, { min: 0, max: 5 });
    assert.deepEqual(band.sangat_baik, { min: 0, max: 0 });
  });
});
