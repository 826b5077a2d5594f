import assert from "node:assert/strict";
import { test } from "node:test";
import {
  availableEvaluationActions,
  canActOnEvaluation,
  canReadEvaluation,
  type EvaluationActor,
  type EvaluationState,
  effectiveEvaluationStatus,
} from "./evaluation.policy";

const parties = { employeeId: "pegawai", raterEmployeeId: "penilai", atasanEmployeeId: "atasan" };
const actors: Record<string, EvaluationActor> = {
  pegawai: { employeeId: "pegawai", roles: ["pegawai"] },
  penilai: { employeeId: "penilai", roles: ["pegawai"] },
  atasan: { employeeId: "atasan", roles: ["pegawai"] },
  pengelola: { employeeId: "kasubbag", roles: ["pegawai", "pengelola_kinerja"] },
  auditor: { employeeId: null, roles: ["auditor"] },
  colleague: { employeeId: "rekan", roles: ["pegawai"] },
};

const base: EvaluationState = { status: "draft", keberatan: "none", windowOpen: true, atasanExternal: false };
const states: Record<string, EvaluationState> = {
  draft: base,
  ditetapkan: { ...base, status: "ditetapkan" },
  diterima: { ...base, status: "diterima" },
  window_closed: { ...base, status: "ditetapkan", windowOpen: false },
  diajukan: { ...base, status: "ditetapkan", keberatan: "diajukan" },
  dijelaskan: { ...base, status: "diterima", keberatan: "dijelaskan" },
  external_pending: { ...base, status: "ditetapkan", keberatan: "dijelaskan", atasanExternal: true },
  diputus: { ...base, status: "locked", keberatan: "diputus", windowOpen: false },
};

// Role x state: what each may do. Anything not listed is refused.
const expected: Record<string, Record<string, string[]>> = {
  draft: { pegawai: ["self_assess"], penilai: ["rate", "finalise"] },
  ditetapkan: { pegawai: ["acknowledge", "file_keberatan"], penilai: ["upload_scan"], pengelola: ["upload_scan"] },
  diterima: { pegawai: ["file_keberatan"], penilai: ["upload_scan"], pengelola: ["upload_scan"] },
  window_closed: { penilai: ["upload_scan"], pengelola: ["upload_scan"] },
  diajukan: {
    penilai: ["explain_keberatan", "upload_scan"],
    atasan: ["decide_keberatan"],
    pengelola: ["upload_scan"],
  },
  dijelaskan: { atasan: ["decide_keberatan"], penilai: ["upload_scan"], pengelola: ["upload_scan"] },
  external_pending: { penilai: ["upload_scan"], pengelola: ["record_external_decision", "upload_scan"] },
  diputus: { penilai: ["upload_scan"], pengelola: ["upload_scan"] },
};

for (const [stateName, state] of Object.entries(states)) {
  for (const [actorName, actor] of Object.entries(actors)) {
    test(`policy: ${actorName} in ${stateName}`, () => {
      assert.deepEqual(availableEvaluationActions(actor, parties, state), expected[stateName]?.[actorName] ?? []);
    });
  }
}

test("nobody rates or objects to their own evaluation as rater or pengelola", () => {
  const self = { employeeId: "pegawai", raterEmployeeId: "pegawai", atasanEmployeeId: "pegawai" };
  const pengelola: EvaluationActor = { employeeId: "pegawai", roles: ["pegawai", "pengelola_kinerja"] };
  assert.deepEqual(availableEvaluationActions(pengelola, self, states.draft ?? base), ["self_assess"]);
  assert.deepEqual(availableEvaluationActions(pengelola, self, states.external_pending ?? base), []);
});

test("a pengelola who rates this employee does not also record the external decision", () => {
  const raterPengelola: EvaluationActor = { employeeId: "penilai", roles: ["pegawai", "pengelola_kinerja"] };
  assert.deepEqual(availableEvaluationActions(raterPengelola, parties, states.external_pending ?? base), [
    "upload_scan",
  ]);
});

test("who reads: the three parties and the record-wide roles, no colleague", () => {
  for (const actor of [actors.pegawai, actors.penilai, actors.atasan, actors.pengelola, actors.auditor]) {
    assert.ok(actor && canReadEvaluation(actor, parties), actor?.employeeId ?? "auditor");
  }
  assert.equal(canReadEvaluation({ employeeId: "rekan", roles: ["pegawai"] }, parties), false);
});

test("a delivered result locks when the window closes unobjected or the keberatan is decided", () => {
  assert.equal(effectiveEvaluationStatus(states.draft ?? base), "draft");
  assert.equal(effectiveEvaluationStatus(states.diterima ?? base), "diterima");
  assert.equal(effectiveEvaluationStatus(states.window_closed ?? base), "locked");
  assert.equal(
    effectiveEvaluationStatus({ ...base, status: "ditetapkan", keberatan: "diajukan", windowOpen: false }),
    "ditetapkan",
  );
  assert.equal(effectiveEvaluationStatus({ ...base, status: "diterima", keberatan: "diputus" }), "locked");
});

test("a locked result takes no keberatan step, even with one left pending", () => {
  const locked: EvaluationState = { ...base, status: "locked", keberatan: "diajukan", windowOpen: false };
  const external = { ...locked, atasanExternal: true };
  const pengelola: EvaluationActor = { employeeId: "pengelola", roles: ["pengelola_kinerja"] };
  assert.equal(canActOnEvaluation({ employeeId: "penilai", roles: [] }, "explain_keberatan", parties, locked), false);
  assert.equal(canActOnEvaluation({ employeeId: "atasan", roles: [] }, "decide_keberatan", parties, locked), false);
  assert.equal(canActOnEvaluation(pengelola, "record_external_decision", parties, external), false);
});
