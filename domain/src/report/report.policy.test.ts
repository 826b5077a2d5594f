import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  canActOnReport,
  canDownloadEvidence,
  canReadReport,
  type ReportActor,
  type ReportParties,
} from "./report.policy";
import { type ReportAction, reportActions } from "./report.rules";

/** The report of a pelaksana in Seksi Pelayanan Umum: rated by the Kasi, with the Camat as atasan of the rater. */
const OWNER = "pegawai-staf-yanum";
const RATER = "pegawai-kasi-yanum";
const ATASAN = "pegawai-camat";
const parties: ReportParties = { employeeId: OWNER, raterEmployeeId: RATER, atasanEmployeeId: ATASAN };

type ActorKind =
  | "the owner"
  | "the rater"
  | "the atasan of the rater"
  | "a pengelola kinerja"
  | "a pengelola kinerja without employee record"
  | "an auditor"
  | "a super admin without employee record"
  | "a super admin who is an unrelated pegawai"
  | "an unrelated pegawai"
  | "an account without employee and without roles"
  | "the owner who is also super admin"
  | "the rater who is also pengelola kinerja";

const actors: Record<ActorKind, ReportActor> = {
  "the owner": { employeeId: OWNER, roles: ["pegawai"] },
  "the rater": { employeeId: RATER, roles: ["pegawai"] },
  "the atasan of the rater": { employeeId: ATASAN, roles: ["pegawai"] },
  "a pengelola kinerja": { employeeId: "pegawai-kasubbag-umum", roles: ["pegawai", "pengelola_kinerja"] },
  "a pengelola kinerja without employee record": { employeeId: null, roles: ["pengelola_kinerja"] },
  "an auditor": { employeeId: "pegawai-inspektorat", roles: ["pegawai", "auditor"] },
  "a super admin without employee record": { employeeId: null, roles: ["super_admin"] },
  "a super admin who is an unrelated pegawai": { employeeId: "pegawai-prakom", roles: ["pegawai", "super_admin"] },
  "an unrelated pegawai": { employeeId: "pegawai-staf-trantib", roles: ["pegawai"] },
  "an account without employee and without roles": { employeeId: null, roles: [] },
  "the owner who is also super admin": { employeeId: OWNER, roles: ["pegawai", "super_admin"] },
  "the rater who is also pengelola kinerja": { employeeId: RATER, roles: ["pegawai", "pengelola_kinerja"] },
};

const owner = ["edit", "submit", "acknowledge", "comment"] as const satisfies readonly ReportAction[];
const rater = ["give_feedback", "accept", "request_revision", "comment"] as const satisfies readonly ReportAction[];

/** What each kind of actor may do with the report, read it, and download its bukti dukung. */
const expected: Record<ActorKind, { acts: readonly ReportAction[]; reads: boolean; downloads: boolean }> = {
  "the owner": { acts: owner, reads: true, downloads: true },
  "the rater": { acts: rater, reads: true, downloads: true },
  "the atasan of the rater": { acts: [], reads: true, downloads: true },
  "a pengelola kinerja": { acts: [], reads: true, downloads: true },
  "a pengelola kinerja without employee record": { acts: [], reads: true, downloads: true },
  "an auditor": { acts: [], reads: true, downloads: true },
  "a super admin without employee record": { acts: [], reads: true, downloads: false },
  "a super admin who is an unrelated pegawai": { acts: [], reads: true, downloads: false },
  "an unrelated pegawai": { acts: [], reads: false, downloads: false },
  "an account without employee and without roles": { acts: [], reads: false, downloads: false },
  "the owner who is also super admin": { acts: owner, reads: true, downloads: true },
  "the rater who is also pengelola kinerja": { acts: rater, reads: true, downloads: true },
};

const actorKinds = Object.keys(actors) as ActorKind[];

describe("canActOnReport for every action and kind of actor", () => {
  for (const kind of actorKinds) {
    for (const action of reportActions) {
      const allowed = expected[kind].acts.includes(action);
      it(`${allowed ? "lets" : "does not let"} ${kind} ${action} the report`, () => {
        assert.equal(canActOnReport(actors[kind], action, parties), allowed);
      });
    }
  }
});

describe("canReadReport for every kind of actor", () => {
  for (const kind of actorKinds) {
    const allowed = expected[kind].reads;
    it(`${allowed ? "lets" : "does not let"} ${kind} read the report`, () => {
      assert.equal(canReadReport(actors[kind], parties), allowed);
    });
  }
});

describe("canDownloadEvidence for every kind of actor", () => {
  for (const kind of actorKinds) {
    const allowed = expected[kind].downloads;
    it(`${allowed ? "lets" : "does not let"} ${kind} download the bukti dukung`, () => {
      assert.equal(canDownloadEvidence(actors[kind], parties), allowed);
    });
  }

  it("lets no one download what they may not read", () => {
    for (const kind of actorKinds) {
      if (canDownloadEvidence(actors[kind], parties)) {
        assert.ok(canReadReport(actors[kind], parties), kind);
      }
    }
  });
});

describe("a report whose rater resolves to its owner", () => {
  const selfRated: ReportParties = { employeeId: OWNER, raterEmployeeId: OWNER, atasanEmployeeId: RATER };
  for (const action of reportActions) {
    const allowed = (owner as readonly ReportAction[]).includes(action);
    it(`${allowed ? "still lets" : "does not let"} the owner ${action} as their own rater`, () => {
      assert.equal(canActOnReport(actors["the owner"], action, selfRated), allowed);
    });
  }

  it("lets the owner read it and download its bukti dukung", () => {
    assert.equal(canReadReport(actors["the owner"], selfRated), true);
    assert.equal(canDownloadEvidence(actors["the owner"], selfRated), true);
  });
});

describe("a report whose rater and atasan are not resolved", () => {
  const unrated: ReportParties = { employeeId: OWNER, raterEmployeeId: null, atasanEmployeeId: null };
  const cases: [ActorKind, readonly ReportAction[], boolean, boolean][] = [
    ["the owner", owner, true, true],
    ["the rater", [], false, false],
    ["the atasan of the rater", [], false, false],
    ["a pengelola kinerja", [], true, true],
    ["an auditor", [], true, true],
    ["a super admin without employee record", [], true, false],
    ["an account without employee and without roles", [], false, false],
  ];
  for (const [kind, acts, reads, downloads] of cases) {
    for (const action of reportActions) {
      const allowed = acts.includes(action);
      it(`${allowed ? "lets" : "does not let"} ${kind} ${action} it`, () => {
        assert.equal(canActOnReport(actors[kind], action, unrated), allowed);
      });
    }
    it(`${reads ? "lets" : "does not let"} ${kind} read it`, () => {
      assert.equal(canReadReport(actors[kind], unrated), reads);
    });
    it(`${downloads ? "lets" : "does not let"} ${kind} download its bukti dukung`, () => {
      assert.equal(canDownloadEvidence(actors[kind], unrated), downloads);
    });
  }
});
