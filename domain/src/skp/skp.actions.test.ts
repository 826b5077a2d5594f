import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type SkpReview, skpReviewSchema } from "../period/period.schema";
import { availableSkpActions, type SkpActor, type SkpParties } from "./skp.policy";
import { type SkpStatus, skpStatusSchema } from "./skp.schema";
import type { SkpAction } from "./skp.workflow";

/** A pelaksana's SKP rated by the Kasi, the Camat as atasan, and the Analis SDM as pengelola kinerja. */
const parties: SkpParties = { employeeId: "staf", raterEmployeeId: "kasi", atasanEmployeeId: "camat" };
const actors = {
  pegawai: { employeeId: "staf", roles: ["pegawai"] },
  rater: { employeeId: "kasi", roles: ["pegawai"] },
  atasan: { employeeId: "camat", roles: ["pegawai"] },
  pengelola: { employeeId: "analis-sdm", roles: ["pegawai", "pengelola_kinerja"] },
  auditor: { employeeId: null, roles: ["auditor"] },
} satisfies Record<string, SkpActor>;
type Actor = keyof typeof actors;

type Row = Record<Actor, SkpAction[]>;
const nobody: Row = { pegawai: [], rater: [], atasan: [], pengelola: [], auditor: [] };
const editable: Row = { ...nobody, pegawai: ["edit", "submit"], rater: ["set_expectations"] };
const common: Omit<Record<SkpStatus, Row>, "diajukan"> = {
  draft: editable,
  dikembalikan: editable,
  direviu: { ...nobody, rater: ["return", "approve", "set_expectations"] },
  disetujui: { ...nobody, pegawai: ["revise"], rater: ["set_expectations"] },
  diganti: nobody,
};

/**
 * State × actor × year setting: the buttons each person gets. With the review required, the rater cannot approve a
 * submitted SKP (only send it back) and the pengelola reviews or sends it back; with it off, today's flow.
 */
const expected: Record<SkpReview, Record<SkpStatus, Row>> = {
  required: {
    ...common,
    diajukan: {
      ...nobody,
      rater: ["return", "set_expectations"],
      pengelola: ["review", "review_return"],
    },
  },
  off: {
    ...common,
    diajukan: { ...nobody, rater: ["return", "approve", "set_expectations"], pengelola: ["review"] },
  },
};

for (const review of skpReviewSchema.options) {
  describe(`availableSkpActions with the review ${review}`, () => {
    for (const status of skpStatusSchema.options) {
      for (const actor of Object.keys(actors) as Actor[]) {
        const actions = expected[review][status][actor];
        it(`gives the ${actor} ${actions.length ? actions.join(", ") : "nothing"} on a ${status} SKP`, () => {
          assert.deepEqual(availableSkpActions(status, review, actors[actor], parties).sort(), [...actions].sort());
        });
      }
    }
  });
}
