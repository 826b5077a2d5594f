import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canActOnSkp, canReadSkp, type SkpActor, type SkpParties } from "./skp.policy";
import { type SkpAction, skpActions } from "./skp.workflow";

/** The SKP of a pelaksana in Seksi Pemerintahan: rated by the Kasi, with the Camat as atasan of the rater. */
const OWNER = "pegawai-staf-pem";
const RATER = "pegawai-kasi-pem";
const ATASAN = "pegawai-camat";
const parties: SkpParties = { employeeId: OWNER, raterEmployeeId: RATER, atasanEmployeeId: ATASAN };

type ActorKind =
  | "the owner"
  | "the rater"
  | "the atasan of the rater"
  | "a pengelola kinerja who is not the owner"
  | "a pengelola kinerja who is the owner"
  | "an auditor"
  | "a super admin without employee record"
  | "an unrelated pegawai"
  | "an account without employee and without roles";

const actors: Record<ActorKind, SkpActor> = {
  "the owner": { employeeId: OWNER, roles: ["pegawai"] },
  "the rater": { employeeId: RATER, roles: ["pegawai"] },
  "the atasan of the rater": { employeeId: ATASAN, roles: ["pegawai"] },
  "a pengelola kinerja who is not the owner": {
    employeeId: "pegawai-kasubbag-umum",
    roles: ["pegawai", "pengelola_kinerja"],
  },
  "a pengelola kinerja who is the owner": { employeeId: OWNER, roles: ["pegawai", "pengelola_kinerja"] },
  "an auditor": { employeeId: "pegawai-inspektorat", roles: ["pegawai", "auditor"] },
  "a super admin without employee record": { employeeId: null, roles: ["super_admin"] },
  "an unrelated pegawai": { employeeId: "pegawai-staf-trantib", roles: ["pegawai"] },
  "an account without employee and without roles": { employeeId: null, roles: [] },
};

const owner = ["edit", "submit", "revise"] as const satisfies readonly SkpAction[];
const rater = ["approve", "return", "set_expectations"] as const satisfies readonly SkpAction[];

/** Which actions each kind of actor may attempt, and whether they may read the SKP. */
const expected: Record<ActorKind, { acts: readonly SkpAction[]; reads: boolean }> = {
  "the owner": { acts: owner, reads: true },
  "the rater": { acts: rater, reads: true },
  "the atasan of the rater": { acts: [], reads: true },
  "a pengelola kinerja who is not the owner": { acts: ["review", "review_return"], reads: true },
  "a pengelola kinerja who is the owner": { acts: owner, reads: true },
  "an auditor": { acts: [], reads: true },
  "a super admin without employee record": { acts: [], reads: true },
  "an unrelated pegawai": { acts: [], reads: false },
  "an account without employee and without roles": { acts: [], reads: false },
};

const actorKinds = Object.keys(actors) as ActorKind[];

describe("canActOnSkp for every action and kind of actor", () => {
  for (const kind of actorKinds) {
    for (const action of skpActions) {
      const allowed = expected[kind].acts.includes(action);
      it(`${allowed ? "lets" : "does not let"} ${kind} ${action} the SKP`, () => {
        assert.equal(canActOnSkp(actors[kind], action, parties), allowed);
      });
    }
  }
});

describe("canActOnSkp when the rater resolves to the owner", () => {
  const selfRated: SkpParties = { employeeId: OWNER, raterEmployeeId: OWNER, atasanEmployeeId: RATER };
  const cases: [string, SkpActor, SkpAction, boolean][] = [
    ...rater.map((action): [string, SkpActor, SkpAction, boolean] => [
      `does not let the owner ${action} as rater of their own SKP`,
      actors["the owner"],
      action,
      false,
    ]),
    ...owner.map((action): [string, SkpActor, SkpAction, boolean] => [
      `still lets the owner ${action} their own SKP`,
      actors["the owner"],
      action,
      true,
    ]),
    [
      "does not let a pengelola kinerja who is owner and rater review their own SKP",
      actors["a pengelola kinerja who is the owner"],
      "review",
      false,
    ],
    [
      "does not let the atasan of the owner approve in the rater's place",
      { employeeId: RATER, roles: [] },
      "approve",
      false,
    ],
  ];
  for (const [what, actor, action, allowed] of cases) {
    it(what, () => {
      assert.equal(canActOnSkp(actor, action, selfRated), allowed);
    });
  }
});

describe("canActOnSkp for an SKP without a resolved rater", () => {
  const noRater: SkpParties = { employeeId: OWNER, raterEmployeeId: null, atasanEmployeeId: null };
  for (const action of rater) {
    it(`does not let an account without employee ${action} an SKP whose rater is not resolved`, () => {
      assert.equal(canActOnSkp(actors["an account without employee and without roles"], action, noRater), false);
    });
    it(`does not let a super admin ${action} an SKP whose rater is not resolved`, () => {
      assert.equal(canActOnSkp(actors["a super admin without employee record"], action, noRater), false);
    });
  }

  it("still lets the owner submit", () => {
    assert.equal(canActOnSkp(actors["the owner"], "submit", noRater), true);
  });

  it("still lets a pengelola kinerja review", () => {
    assert.equal(canActOnSkp(actors["a pengelola kinerja who is not the owner"], "review", noRater), true);
  });
});

describe("canActOnSkp for people with several hats", () => {
  const cases: [string, SkpActor, SkpAction, boolean][] = [
    [
      "lets a rater who is also pengelola kinerja approve",
      { employeeId: RATER, roles: ["pengelola_kinerja"] },
      "approve",
      true,
    ],
    [
      "does not let a rater who is also pengelola kinerja review the SKP they rate",
      { employeeId: RATER, roles: ["pengelola_kinerja"] },
      "review",
      false,
    ],
    [
      "does not let a rater who is also pengelola kinerja send it back as pengelola",
      { employeeId: RATER, roles: ["pengelola_kinerja"] },
      "review_return",
      false,
    ],
    [
      "lets the atasan of the rater who is pengelola kinerja review",
      { employeeId: ATASAN, roles: ["pengelola_kinerja"] },
      "review",
      true,
    ],
    ["does not let a rater edit the SKP of the ratee", actors["the rater"], "edit", false],
    [
      "does not let a super admin who is the owner review",
      { employeeId: OWNER, roles: ["super_admin"] },
      "review",
      false,
    ],
    [
      "lets a pengelola kinerja without employee record review",
      { employeeId: null, roles: ["pengelola_kinerja"] },
      "review",
      true,
    ],
    ["does not let an auditor who is the rater review", { employeeId: RATER, roles: ["auditor"] }, "review", false],
  ];
  for (const [what, actor, action, allowed] of cases) {
    it(what, () => {
      assert.equal(canActOnSkp(actor, action, parties), allowed);
    });
  }
});

describe("canReadSkp for every kind of actor", () => {
  for (const kind of actorKinds) {
    const reads = expected[kind].reads;
    it(`${reads ? "lets" : "does not let"} ${kind} read the SKP`, () => {
      assert.equal(canReadSkp(actors[kind], parties), reads);
    });
  }
});

describe("canReadSkp in edge cases", () => {
  const noRater: SkpParties = { employeeId: OWNER, raterEmployeeId: null, atasanEmployeeId: null };
  const cases: [string, SkpActor, SkpParties, boolean][] = [
    [
      "does not let an account without employee read an SKP whose rater and atasan are not resolved",
      actors["an account without employee and without roles"],
      noRater,
      false,
    ],
    ["lets an auditor without employee record read", { employeeId: null, roles: ["auditor"] }, parties, true],
    [
      "lets a pengelola kinerja without employee record read",
      { employeeId: null, roles: ["pengelola_kinerja"] },
      parties,
      true,
    ],
    ["lets the owner read while no rater is resolved", actors["the owner"], noRater, true],
    ["does not let the former rater read once no rater is resolved any more", actors["the rater"], noRater, false],
  ];
  for (const [what, actor, skp, reads] of cases) {
    it(what, () => {
      assert.equal(canReadSkp(actor, skp), reads);
    });
  }
});
