import assert from "node:assert/strict";
import { test } from "node:test";
import { checkDistribution, countPredikat, ruleLimit } from "./distribution";
import type { Predikat } from "./evaluation.enums";

const SB = "sangat_baik";
const B = "baik";
const BP = "butuh_perbaikan";
const K = "kurang";
const SK = "sangat_kurang";

function check(capaian: Parameters<typeof checkDistribution>[0], predikat: Predikat[]) {
  return checkDistribution(capaian, countPredikat(predikat));
}

function brokenRules(capaian: Parameters<typeof checkDistribution>[0], predikat: Predikat[]) {
  return check(capaian, predikat).violations.map((v) => `${v.rule.kind}:${v.rule.predikat.join("+")}`);
}

test("limits round down for maxima and up for minima, exact shares stay exact", () => {
  const max70 = { kind: "max", predikat: [SB], percent: 70 } as const;
  const min60 = { kind: "min", predikat: [BP], percent: 60 } as const;
  assert.deepEqual(
    [1, 3, 5, 7, 10].map((n) => ruleLimit(max70, n)),
    [0, 2, 3, 4, 7],
  );
  assert.deepEqual(
    [1, 3, 5, 7, 10].map((n) => ruleLimit(min60, n)),
    [1, 2, 3, 5, 6],
  );
  assert.equal(ruleLimit({ kind: "exists", predikat: [BP, K] }, 7), 1);
  assert.equal(ruleLimit(max70, 7, { max: "ceil", min: "floor" }), 5);
  assert.equal(ruleLimit(min60, 7, { max: "ceil", min: "floor" }), 4);
});

test("nobody evaluated breaks no rule", () => {
  assert.deepEqual(check("baik", []), { ok: true, total: 0, violations: [] });
});

test("istimewa: at most 70% sangat baik (units of 1, 3, 5 and 7)", () => {
  assert.deepEqual(brokenRules("istimewa", [B]), []);
  assert.deepEqual(brokenRules("istimewa", [SB]), ["max:sangat_baik"]);
  assert.deepEqual(brokenRules("istimewa", [SB, SB, B]), []);
  assert.deepEqual(brokenRules("istimewa", [SB, SB, SB]), ["max:sangat_baik"]);
  assert.deepEqual(brokenRules("istimewa", [SB, SB, SB, B, SK]), []);
  assert.deepEqual(brokenRules("istimewa", [SB, SB, SB, SB, B]), ["max:sangat_baik"]);
  assert.deepEqual(brokenRules("istimewa", [SB, SB, SB, SB, B, BP, K]), []);
  assert.deepEqual(brokenRules("istimewa", [SB, SB, SB, SB, SB, B, B]), ["max:sangat_baik"]);
});

test("baik: at most 70% baik and at least one butuh perbaikan or kurang", () => {
  assert.deepEqual(brokenRules("baik", [BP]), []);
  assert.deepEqual(brokenRules("baik", [B]), ["max:baik", "exists:butuh_perbaikan+kurang"]);
  assert.deepEqual(brokenRules("baik", [SB]), ["exists:butuh_perbaikan+kurang"]);
  assert.deepEqual(brokenRules("baik", [B, B, K]), []);
  assert.deepEqual(brokenRules("baik", [B, B, B]), ["max:baik", "exists:butuh_perbaikan+kurang"]);
  assert.deepEqual(brokenRules("baik", [SB, B, B, B, BP]), []);
  assert.deepEqual(brokenRules("baik", [SB, B, B, B, SK]), ["exists:butuh_perbaikan+kurang"]);
  assert.deepEqual(brokenRules("baik", [SB, B, B, B, B, BP, SK]), []);
  assert.deepEqual(brokenRules("baik", [B, B, B, B, B, BP, SB]), ["max:baik"]);
});

test("butuh perbaikan: at least 60% butuh perbaikan, at most 10% sangat baik", () => {
  assert.deepEqual(brokenRules("butuh_perbaikan", [BP]), []);
  assert.deepEqual(brokenRules("butuh_perbaikan", [B]), ["min:butuh_perbaikan"]);
  assert.deepEqual(brokenRules("butuh_perbaikan", [BP, BP, B]), []);
  assert.deepEqual(brokenRules("butuh_perbaikan", [BP, SB, B]), ["min:butuh_perbaikan", "max:sangat_baik"]);
  assert.deepEqual(brokenRules("butuh_perbaikan", [BP, BP, BP, B, K]), []);
  assert.deepEqual(brokenRules("butuh_perbaikan", [BP, BP, BP, SB, K]), ["max:sangat_baik"]);
  assert.deepEqual(brokenRules("butuh_perbaikan", [BP, BP, BP, BP, BP, B, SK]), []);
  assert.deepEqual(brokenRules("butuh_perbaikan", [BP, BP, BP, BP, B, B, SK]), ["min:butuh_perbaikan"]);
});

test("kurang: at least 60% kurang and 10% butuh perbaikan, at most 10% sangat baik", () => {
  assert.deepEqual(brokenRules("kurang", [K]), ["min:butuh_perbaikan"]);
  assert.deepEqual(brokenRules("kurang", [K, K, BP]), []);
  assert.deepEqual(brokenRules("kurang", [K, K, SB]), ["min:butuh_perbaikan", "max:sangat_baik"]);
  assert.deepEqual(brokenRules("kurang", [K, K, K, BP, B]), []);
  assert.deepEqual(brokenRules("kurang", [K, K, BP, BP, B]), ["min:kurang"]);
  assert.deepEqual(brokenRules("kurang", [K, K, K, K, K, BP, SK]), []);
  assert.deepEqual(brokenRules("kurang", [K, K, K, K, K, B, SK]), ["min:butuh_perbaikan"]);
});

test("sangat kurang: at least 60% sangat kurang, 10% kurang or butuh perbaikan, no sangat baik", () => {
  assert.deepEqual(brokenRules("sangat_kurang", [SK]), ["min:kurang+butuh_perbaikan"]);
  assert.deepEqual(brokenRules("sangat_kurang", [SK, SK, K]), []);
  assert.deepEqual(brokenRules("sangat_kurang", [SK, SK, SB]), ["min:kurang+butuh_perbaikan", "max:sangat_baik"]);
  assert.deepEqual(brokenRules("sangat_kurang", [SK, SK, SK, BP, B]), []);
  assert.deepEqual(brokenRules("sangat_kurang", [SK, SK, BP, K, B]), ["min:sangat_kurang"]);
  assert.deepEqual(brokenRules("sangat_kurang", [SK, SK, SK, SK, SK, K, B]), []);
  assert.deepEqual(brokenRules("sangat_kurang", [SK, SK, SK, SK, SK, B, B]), ["min:kurang+butuh_perbaikan"]);
});

test("a violation names its limit and the actual count", () => {
  const result = check("butuh_perbaikan", [BP, BP, BP, SB, K]);
  assert.equal(result.ok, false);
  assert.equal(result.total, 5);
  assert.deepEqual(
    result.violations.map((v) => [v.limit, v.actual]),
    [[0, 1]],
  );
});
