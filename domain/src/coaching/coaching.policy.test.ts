import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Role } from "../auth/roles";
import {
  type CoachingAction,
  canActOnCoaching,
  canReadCoaching,
  isRecordRater,
  relationOf,
  seesAllCoaching,
} from "./coaching.policy";

const parties = { employeeId: "emp", raterEmployeeId: "rater", atasanEmployeeId: "atasan" };
const record = { raterEmployeeId: "old-rater" };
const who = {
  self: { employeeId: "emp", roles: ["pegawai"] },
  rater: { employeeId: "rater", roles: ["pegawai"] },
  atasan: { employeeId: "atasan", roles: ["pegawai"] },
  recorder: { employeeId: "old-rater", roles: ["pegawai"] },
  pengelola: { employeeId: "other", roles: ["pegawai", "pengelola_kinerja"] },
  auditor: { employeeId: null, roles: ["auditor"] },
  superAdmin: { employeeId: null, roles: ["super_admin"] },
  stranger: { employeeId: "other", roles: ["pegawai"] },
} satisfies Record<string, { employeeId: string | null; roles: Role[] }>;

// [who, sees all, reads the record, record, give_feedback, evaluate, mark_follow_up_done]
const table: [keyof typeof who, boolean, boolean, boolean, boolean, boolean, boolean][] = [
  ["self", true, true, false, true, false, true],
  ["rater", true, true, true, false, true, true],
  ["atasan", true, true, false, false, false, false],
  ["recorder", false, true, false, false, true, true],
  ["pengelola", true, true, false, false, false, false],
  ["auditor", true, true, false, false, false, false],
  ["superAdmin", false, false, false, false, false, false],
  ["stranger", false, false, false, false, false, false],
];

describe("coaching policy, party by party (REGULATIONS.md §3.6, §6.6)", () => {
  for (const [name, seesAll, reads, rec, feedback, evaluate, followUp] of table) {
    it(name, () => {
      const rel = relationOf(who[name], parties);
      assert.equal(seesAllCoaching(rel), seesAll);
      assert.equal(canReadCoaching(rel, record), reads);
      const expected: Record<CoachingAction, boolean> = {
        record: rec,
        give_feedback: feedback,
        evaluate,
        mark_follow_up_done: followUp,
      };
      for (const action of Object.keys(expected) as CoachingAction[]) {
        // Object.keys of a Record<CoachingAction, _> lists exactly the actions.
        assert.equal(canActOnCoaching(rel, action, action === "record" ? null : record), expected[action], action);
      }
    });
  }

  it("nobody is their own record's rater, even when they recorded it", () => {
    const rel = relationOf(who.self, parties);
    assert.equal(isRecordRater(rel, { raterEmployeeId: "emp" }), false);
  });
});
