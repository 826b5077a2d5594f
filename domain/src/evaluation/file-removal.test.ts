import assert from "node:assert/strict";
import { test } from "node:test";
import { RuleViolation } from "../rule-violation";
import type { EvaluationStatus } from "./evaluation.enums";
import type { KeberatanState } from "./evaluation.policy";
import { assertRemovalRule, keberatanFileRemoval, scanRemoval } from "./file-removal";

const rater = { userId: "u-rater", roles: ["pegawai"] as const };
const pengelola = { userId: "u-pk", roles: ["pegawai", "pengelola_kinerja"] as const };
const pegawai = { userId: "u-peg", roles: ["pegawai"] as const };
const auditor = { userId: "u-aud", roles: ["auditor"] as const };
const byRater = { createdBy: "u-rater" };
const open = { final: false, sameKindLeft: false, callerIsPegawai: false };

test("a scan goes by who uploaded it or the pengelola, never by the pegawai or the auditor", () => {
  assert.equal(scanRemoval(rater, byRater, open), "allowed");
  assert.equal(scanRemoval(pengelola, byRater, open), "allowed");
  assert.equal(scanRemoval(pegawai, byRater, open), "forbidden");
  assert.equal(scanRemoval(auditor, byRater, open), "forbidden");
  assert.equal(scanRemoval(rater, { createdBy: "u-pk" }, open), "forbidden", "the rater removes only their own");
  assert.equal(
    scanRemoval(pengelola, byRater, { ...open, callerIsPegawai: true }),
    "forbidden",
    "a pengelola never removes the scan of their own evaluation",
  );
});

test("a final record keeps the last scan of each kind; a replaced one may go", () => {
  for (const who of [rater, pengelola]) {
    assert.equal(scanRemoval(who, byRater, { ...open, final: true }), "in_force");
    assert.equal(scanRemoval(who, byRater, { ...open, final: true, sameKindLeft: true }), "allowed");
    assert.equal(scanRemoval(who, byRater, { ...open, sameKindLeft: true }), "allowed");
  }
  assert.equal(scanRemoval(pegawai, byRater, { ...open, final: true }), "forbidden", "403 before the rule");
});

test("a keberatan file goes by who attached it, only while the keberatan is pending and the result not locked", () => {
  const file = { createdBy: "u-peg" };
  const cells: [EvaluationStatus, KeberatanState, string][] = [
    ["ditetapkan", "diajukan", "allowed"],
    ["diterima", "diajukan", "allowed"],
    ["ditetapkan", "dijelaskan", "allowed"],
    ["ditetapkan", "diputus", "not_pending"],
    ["locked", "diputus", "not_pending"],
    ["locked", "diajukan", "not_pending"],
    ["ditetapkan", "none", "not_pending"],
  ];
  for (const [status, keberatan, expected] of cells) {
    assert.equal(keberatanFileRemoval(pegawai, file, { status, keberatan }), expected, `${status}/${keberatan}`);
  }
  for (const other of [rater, pengelola, auditor]) {
    assert.equal(keberatanFileRemoval(other, file, { status: "ditetapkan", keberatan: "diajukan" }), "forbidden");
  }
});

test("the rules answer with stable codes; allowed and forbidden throw nothing here", () => {
  assert.throws(
    () => assertRemovalRule("in_force"),
    (e: unknown) => e instanceof RuleViolation && e.code === "scan_in_force",
  );
  assert.throws(
    () => assertRemovalRule("not_pending"),
    (e: unknown) => e instanceof RuleViolation && e.code === "keberatan_file_locked",
  );
  assert.doesNotThrow(() => assertRemovalRule("allowed"));
  assert.doesNotThrow(() => assertRemovalRule("forbidden"));
});
