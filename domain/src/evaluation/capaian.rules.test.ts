import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { UnitKind } from "../org/org.schema";
import { RuleViolation } from "../rule-violation";
import {
  assertCapaianUnit,
  type CapaianSetter,
  capaianRefusal,
  capaianSetterOf,
  evaluationUnitOf,
  lastFinishedPeriod,
} from "./capaian.rules";

const unit = (id: string, parentId: string | null, kind: UnitKind) => [id, { id, parentId, kind }] as const;
const tree = new Map([
  unit("pemkot", null, "pemerintah_daerah"),
  unit("setda", "pemkot", "perangkat_daerah"),
  unit("kec", "pemkot", "kecamatan"),
  unit("sekret", "kec", "sekretariat"),
  unit("subbag", "sekret", "subbagian"),
  unit("seksi", "kec", "seksi"),
  unit("kel", "kec", "kelurahan"),
  unit("kel-seksi", "kel", "seksi"),
]);

describe("evaluationUnitOf: the unit whose curve counts an employee", () => {
  const cells: [string, string | null][] = [
    ["kec", "kec"],
    ["sekret", "kec"],
    ["subbag", "kec"],
    ["seksi", "kec"],
    ["kel", "kel"],
    ["kel-seksi", "kel"],
    ["setda", null],
    ["pemkot", null],
    ["missing", null],
  ];
  for (const [from, expected] of cells) {
    it(`${from} is counted in ${expected}`, () => {
      assert.equal(evaluationUnitOf(tree, from), expected);
    });
  }
  it("stops on a loop instead of running forever", () => {
    const loop = new Map([unit("a", "b", "seksi"), unit("b", "a", "seksi")]);
    assert.equal(evaluationUnitOf(loop, "a"), null);
  });
});

describe("assertCapaianUnit", () => {
  for (const kind of ["kecamatan", "kelurahan"] as const) {
    it(`accepts the ${kind}`, () => assert.equal(assertCapaianUnit(kind), kind));
  }
  for (const kind of ["seksi", "sekretariat", "subbagian", "perangkat_daerah", "pemerintah_daerah"] as const) {
    it(`refuses a ${kind} with capaian_unit_kind`, () => {
      assert.throws(
        () => assertCapaianUnit(kind),
        (e: unknown) => e instanceof RuleViolation && e.code === "capaian_unit_kind",
      );
    });
  }
});

describe("capaianSetterOf: who sets a unit's capaian", () => {
  const camat = { positionId: "p-camat", employeeId: "e-camat", acting: null, delegated: false };
  const sekda = { positionId: "p-sekda", employeeId: "e-sekda", acting: null, delegated: false };
  it("the Camat for a kelurahan, when he uses SIMKIN", () => {
    assert.deepEqual(capaianSetterOf("kelurahan", camat, true), {
      mode: "internal",
      employeeId: "e-camat",
      positionId: "p-camat",
    });
  });
  it("nobody for a kelurahan whose Camat seat is empty or has no account", () => {
    assert.deepEqual(capaianSetterOf("kelurahan", null, false), { mode: "none" });
    assert.deepEqual(capaianSetterOf("kelurahan", camat, false), { mode: "none" });
  });
  it("the Sekda for the kecamatan when she uses SIMKIN", () => {
    assert.equal(capaianSetterOf("kecamatan", sekda, true).mode, "internal");
  });
  it("the pengelola from the letter when the Sekda has no account, or the seat is empty", () => {
    assert.deepEqual(capaianSetterOf("kecamatan", sekda, false), {
      mode: "external",
      employeeId: "e-sekda",
      positionId: "p-sekda",
    });
    assert.deepEqual(capaianSetterOf("kecamatan", null, false), {
      mode: "external",
      employeeId: null,
      positionId: null,
    });
  });
  it("the kepala daerah's office (no employee) is never a setter in SIMKIN", () => {
    const office = { positionId: "p-wako", employeeId: null, acting: null, delegated: false };
    assert.equal(capaianSetterOf("kecamatan", office, true).mode, "external");
  });
});

describe("capaianRefusal", () => {
  const internal: CapaianSetter = { mode: "internal", employeeId: "e-camat", positionId: "p" };
  const external: CapaianSetter = { mode: "external", employeeId: "e-sekda", positionId: "p" };
  const none: CapaianSetter = { mode: "none" };
  const camat = { employeeId: "e-camat", isPengelola: false };
  const other = { employeeId: "e-other", isPengelola: false };
  const pengelola = { employeeId: "e-pk", isPengelola: true };
  const cells: [string, Parameters<typeof capaianRefusal>, string | null][] = [
    ["the setter sets", [camat, internal, "internal"], null],
    ["someone else may not set", [other, internal, "internal"], "capaian_not_setter"],
    ["a pengelola may not set in SIMKIN", [pengelola, internal, "internal"], "capaian_not_setter"],
    ["nobody sets without a setter", [camat, none, "internal"], "capaian_no_setter"],
    ["nobody sets an external decision in SIMKIN", [other, external, "internal"], "capaian_not_setter"],
    ["the pengelola records an external decision", [pengelola, external, "external"], null],
    [
      "the pengelola may not record what the Sekda decides in SIMKIN",
      [pengelola, internal, "external"],
      "capaian_decided_in_simkin",
    ],
    ["the pengelola may not record a kelurahan's", [pengelola, none, "external"], "capaian_not_external"],
    ["only a pengelola records", [camat, external, "external"], "capaian_not_setter"],
  ];
  for (const [name, args, expected] of cells) {
    it(name, () => assert.equal(capaianRefusal(...args), expected));
  }
});

describe("lastFinishedPeriod", () => {
  const periods = [
    { code: "TW1", end: "2026-03-31" },
    { code: "TW2", end: "2026-06-30" },
    { code: "TW3", end: "2026-09-30" },
    { code: "TW4", end: "2026-12-31" },
  ];
  it("is the latest period ended before today", () => {
    assert.equal(lastFinishedPeriod(periods, "2026-12-07")?.code, "TW3");
    assert.equal(lastFinishedPeriod(periods, "2026-10-01")?.code, "TW3");
    assert.equal(lastFinishedPeriod(periods, "2026-09-30")?.code, "TW2");
  });
  it("is null before the first period ends", () => {
    assert.equal(lastFinishedPeriod(periods, "2026-03-31"), null);
  });
});
