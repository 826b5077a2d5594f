import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import {
  assertJenjangFits,
  assertPlacementFits,
  assertPositionLinks,
  assertUnitParent,
  jenjangByKind,
  type PlacementSpan,
  wouldCreateCycle,
} from "./org.rules";
import { type Jenjang, jenjangSchema, type PositionKind, positionKindSchema } from "./org.schema";

/** The unit tree of the demo office: Pemkot > Kecamatan > Sekretariat > Subbagian; seksi and kelurahan under it. */
const unitParents: ReadonlyMap<string, string | null> = new Map([
  ["pemkot", null],
  ["setda", "pemkot"],
  ["kec", "pemkot"],
  ["sek", "kec"],
  ["subuk", "sek"],
  ["subpk", "sek"],
  ["seksi-pem", "kec"],
  ["kel-tpt", "kec"],
  ["kel-tpt-sek", "kel-tpt"],
  ["kel-tpt-pem", "kel-tpt"],
]);

describe("wouldCreateCycle", () => {
  const cases: [string, string, string | null, boolean][] = [
    ["making a unit its own parent", "kec", "kec", true],
    ["moving a unit under its child", "kec", "sek", true],
    ["moving a unit under its grandchild", "kec", "subuk", true],
    ["moving the root under a unit three levels down", "pemkot", "kel-tpt-pem", true],
    ["moving a kelurahan under one of its own seksi", "kel-tpt", "kel-tpt-pem", true],
    ["keeping a unit under its current parent", "subuk", "sek", false],
    ["moving a subbagian to a sibling branch", "subuk", "seksi-pem", false],
    ["moving a unit up to its grandparent", "subuk", "kec", false],
    ["moving a unit under a sibling", "seksi-pem", "kel-tpt", false],
    ["making a unit a root", "sek", null, false],
    ["making the root a root again", "pemkot", null, false],
    ["placing a new unit, not yet in the map, under a known unit", "kel-baru", "kel-tpt", false],
    ["placing a unit under a parent missing from the map", "sek", "unknown", false],
  ];
  for (const [what, id, parentId, expected] of cases) {
    it(`${expected ? "detects a cycle when" : "finds no cycle when"} ${what}`, () => {
      assert.equal(wouldCreateCycle(unitParents, id, parentId), expected);
    });
  }

  it("stops and reports a cycle when the existing chain above the new parent already loops", () => {
    const broken = new Map<string, string | null>([
      ["a", "b"],
      ["b", "a"],
      ["c", null],
    ]);
    assert.equal(wouldCreateCycle(broken, "c", "a"), true);
  });
});

describe("assertUnitParent", () => {
  const refused: [string, string, string][] = [
    ["a unit as its own parent", "kec", "kec"],
    ["a unit under its child", "kec", "seksi-pem"],
    ["a unit under its grandchild", "sek", "subpk"],
    ["the root under a kelurahan seksi", "pemkot", "kel-tpt-pem"],
  ];
  for (const [what, id, parentId] of refused) {
    it(`refuses ${what} with unit_cycle on parentId`, () => {
      const violation = violationOf(() => assertUnitParent(unitParents, id, parentId));
      assert.equal(violation.code, "unit_cycle");
      assert.equal(violation.field, "parentId");
      assert.deepEqual(violation.details, { id });
    });
  }

  const allowed: [string, string, string | null][] = [
    ["a subbagian under the sekretariat", "subuk", "sek"],
    ["a seksi moved to a kelurahan", "seksi-pem", "kel-tpt"],
    ["a unit made a root", "kec", null],
    ["a new unit under the kecamatan", "kel-baru", "kec"],
  ];
  for (const [what, id, parentId] of allowed) {
    it(`allows ${what}`, () => {
      assert.doesNotThrow(() => assertUnitParent(unitParents, id, parentId));
    });
  }
});

type Links = { parentPositionId: string | null; raterPositionId: string | null };
const link = (parentPositionId: string | null, raterPositionId: string | null = null): Links => ({
  parentPositionId,
  raterPositionId,
});

/** Positions of the demo office with their atasan and, for the JF, a delegated rater. */
const positionLinks: ReadonlyMap<string, Links> = new Map([
  ["walikota", link(null)],
  ["sekda", link("walikota")],
  ["camat", link("sekda")],
  ["sekcam", link("camat")],
  ["kasubbag-umum", link("sekcam")],
  ["prakom", link("kasubbag-umum", "sekcam")],
  ["kasi-pem", link("camat")],
  ["staf-pem", link("kasi-pem")],
  ["lurah-tpt", link("camat")],
  ["seklur-tpt", link("lurah-tpt")],
  ["staf-tpt", link("seklur-tpt", "lurah-tpt")],
  ["analis-setda", link("sekda", "lurah-tpt")],
]);

describe("assertPositionLinks refuses links that would let a position end up rating itself", () => {
  const cases: [string, string, Links, string, string][] = [
    ["the position as its own delegated rater", "kasi-pem", link("camat", "kasi-pem"), "self_rater", "raterPositionId"],
    ["the position as its own atasan", "kasi-pem", link("kasi-pem"), "position_cycle", "parentPositionId"],
    [
      "the position as both its own atasan and its own rater (the rater is reported)",
      "kasi-pem",
      link("kasi-pem", "kasi-pem"),
      "self_rater",
      "raterPositionId",
    ],
    ["a direct subordinate as atasan", "camat", link("sekcam"), "position_cycle", "parentPositionId"],
    ["a subordinate two levels down as atasan", "camat", link("kasubbag-umum"), "position_cycle", "parentPositionId"],
    [
      "a kelurahan staff position as the atasan of the Sekda",
      "sekda",
      link("staf-tpt"),
      "position_cycle",
      "parentPositionId",
    ],
    ["a subordinate as delegated rater", "camat", link("sekda", "kasi-pem"), "self_rater", "raterPositionId"],
    [
      "a delegated rater whose own delegated rater is this position",
      "sekcam",
      link("camat", "prakom"),
      "self_rater",
      "raterPositionId",
    ],
    [
      "an atasan that reaches this position only through its delegated rater",
      "lurah-tpt",
      link("analis-setda"),
      "position_cycle",
      "parentPositionId",
    ],
  ];
  for (const [what, id, next, code, field] of cases) {
    it(`refuses ${what} with ${code} on ${field}`, () => {
      const violation = violationOf(() => assertPositionLinks(positionLinks, id, next));
      assert.equal(violation.code, code);
      assert.equal(violation.field, field);
      assert.deepEqual(violation.details, { id });
    });
  }
});

describe("assertPositionLinks allows links that keep the chart free of loops", () => {
  const cases: [string, string, Links][] = [
    ["the existing links of the Camat", "camat", link("sekda")],
    ["a position without atasan or rater", "walikota", link(null)],
    ["a delegated rater above the atasan", "staf-pem", link("kasi-pem", "camat")],
    ["a delegated rater in a sibling branch", "staf-pem", link("kasi-pem", "lurah-tpt")],
    ["a delegated rater in the sekretariat for a seksi head", "kasi-pem", link("camat", "sekcam")],
    ["moving a position to another branch", "staf-pem", link("seklur-tpt")],
    ["removing a delegated rater", "prakom", link("kasubbag-umum")],
    ["a new position not yet in the chart", "kasi-trantib", link("camat", "sekcam")],
    ["a new position whose atasan is missing from the chart", "kasi-baru", link("unknown")],
  ];
  for (const [what, id, next] of cases) {
    it(`allows ${what}`, () => {
      assert.doesNotThrow(() => assertPositionLinks(positionLinks, id, next));
    });
  }

  it("does not change the links it was given", () => {
    const before = new Map(positionLinks);
    assertPositionLinks(positionLinks, "staf-pem", link("seklur-tpt"));
    assert.deepEqual(positionLinks, before);
  });
});

const span = (
  id: string,
  employeeId: string,
  positionId: string,
  kind: PlacementSpan["kind"],
  startDate: string,
  endDate: string | null,
): PlacementSpan => ({ id, employeeId, positionId, kind, startDate, endDate });

/** Existing placements: Andi leaves his seksi at mid-year, Budi holds the Lurah post, Citra is Plt of the Kasi post. */
const existing: readonly PlacementSpan[] = [
  span("p-andi", "andi", "staf-pem", "definitif", "2024-01-01", "2026-06-30"),
  span("p-budi", "budi", "lurah-tpt", "definitif", "2024-01-01", null),
  span("p-citra", "citra", "kasi-kesos", "plt", "2026-02-01", null),
  span("p-dewi", "dewi", "kasi-kesos", "definitif", "2020-01-01", "2025-12-31"),
];

describe("assertPlacementFits refuses placements that clash", () => {
  const cases: [string, PlacementSpan, string, string, Record<string, unknown>][] = [
    [
      "an end date before the start date",
      span("new", "eko", "staf-tpt", "definitif", "2026-07-01", "2026-06-30"),
      "placement_dates",
      "endDate",
      {},
    ],
    [
      "an end date before the start date even when it clashes with nothing else",
      span("new", "eko", "staf-tpt", "plh", "2030-01-02", "2030-01-01"),
      "placement_dates",
      "endDate",
      {},
    ],
    [
      "a second definitive position starting on the last day of the first",
      span("new", "andi", "staf-tpt", "definitif", "2026-06-30", null),
      "placement_overlap",
      "startDate",
      { conflictingPlacementId: "p-andi" },
    ],
    [
      "a second definitive position ending on the first day of the first",
      span("new", "andi", "staf-tpt", "definitif", "2023-01-01", "2024-01-01"),
      "placement_overlap",
      "startDate",
      { conflictingPlacementId: "p-andi" },
    ],
    [
      "an open-ended definitive position covering an existing one",
      span("new", "andi", "staf-tpt", "definitif", "2020-01-01", null),
      "placement_overlap",
      "startDate",
      { conflictingPlacementId: "p-andi" },
    ],
    [
      "a second definitive position inside an open-ended one",
      span("new", "budi", "camat", "definitif", "2030-01-01", "2030-12-31"),
      "placement_overlap",
      "startDate",
      { conflictingPlacementId: "p-budi" },
    ],
    [
      "a definitive holder for a post that already has one",
      span("new", "eko", "lurah-tpt", "definitif", "2026-01-01", null),
      "position_occupied",
      "positionId",
      { conflictingPlacementId: "p-budi" },
    ],
    [
      "a definitive holder that overlaps the current one by a single day",
      span("new", "eko", "staf-pem", "definitif", "2026-06-30", null),
      "position_occupied",
      "positionId",
      { conflictingPlacementId: "p-andi" },
    ],
    [
      "a second Plt on a post that already has one",
      span("new", "eko", "kasi-kesos", "plt", "2026-03-01", "2026-04-30"),
      "position_occupied",
      "positionId",
      { conflictingPlacementId: "p-citra" },
    ],
    [
      "a Plt on the post the employee holds definitively",
      span("new", "budi", "lurah-tpt", "plt", "2026-03-01", null),
      "acting_on_own_position",
      "kind",
      { conflictingPlacementId: "p-budi" },
    ],
    [
      "a Plh on the post the employee holds definitively",
      span("new", "budi", "lurah-tpt", "plh", "2026-03-01", "2026-03-10"),
      "acting_on_own_position",
      "kind",
      { conflictingPlacementId: "p-budi" },
    ],
    [
      "a definitive placement on the post the employee is already acting on",
      span("new", "citra", "kasi-kesos", "definitif", "2026-03-01", null),
      "acting_on_own_position",
      "kind",
      { conflictingPlacementId: "p-citra" },
    ],
  ];
  for (const [what, candidate, code, field, details] of cases) {
    it(`refuses ${what} with ${code} on ${field}`, () => {
      const violation = violationOf(() => assertPlacementFits(candidate, existing));
      assert.equal(violation.code, code);
      assert.equal(violation.field, field);
      assert.deepEqual(violation.details, details);
    });
  }
});

describe("assertPlacementFits allows placements that fit", () => {
  const cases: [string, PlacementSpan][] = [
    ["a one-day placement", span("new", "eko", "staf-tpt", "plh", "2026-05-04", "2026-05-04")],
    [
      "a new definitive position from the day after the old one ends",
      span("new", "andi", "staf-tpt", "definitif", "2026-07-01", null),
    ],
    [
      "a definitive position that ended the day before the old one began",
      span("new", "andi", "staf-tpt", "definitif", "2020-01-01", "2023-12-31"),
    ],
    [
      "a Plt on another post alongside the employee's definitive post",
      span("new", "andi", "lurah-tpt", "plt", "2026-02-01", null),
    ],
    [
      "a Plh on a post that has a definitive holder",
      span("new", "eko", "lurah-tpt", "plh", "2026-05-04", "2026-05-15"),
    ],
    ["a Plh on a post that has a Plt", span("new", "eko", "kasi-kesos", "plh", "2026-05-04", "2026-05-15")],
    [
      "a definitive holder on a post whose Plt is still acting",
      span("new", "eko", "kasi-kesos", "definitif", "2026-07-01", null),
    ],
    [
      "a Plt that ends the day before the next Plt starts",
      span("new", "eko", "kasi-kesos", "plt", "2026-01-01", "2026-01-31"),
    ],
    [
      "a definitive holder after the previous one left",
      span("new", "eko", "staf-pem", "definitif", "2026-07-01", null),
    ],
    [
      "a Plt on the employee's former post after leaving it",
      span("new", "andi", "staf-pem", "plt", "2026-07-01", "2026-07-31"),
    ],
    [
      "a Plt on the employee's future post before holding it",
      span("new", "dewi", "kasi-kesos", "plt", "2019-01-01", "2019-12-31"),
    ],
    [
      "an edit of an existing placement, which does not clash with itself",
      span("p-andi", "andi", "staf-pem", "definitif", "2024-01-01", null),
    ],
    [
      "a second acting duty for the same employee",
      span("new", "citra", "lurah-tpt", "plh", "2026-03-01", "2026-03-05"),
    ],
  ];
  for (const [what, candidate] of cases) {
    it(`allows ${what}`, () => {
      assert.doesNotThrow(() => assertPlacementFits(candidate, existing));
    });
  }

  it("allows any valid placement when there is nothing else", () => {
    assert.doesNotThrow(() => assertPlacementFits(span("new", "eko", "camat", "definitif", "2026-01-01", null), []));
  });
});

describe("assertJenjangFits", () => {
  const allowedFor: Record<PositionKind, readonly (Jenjang | null)[]> = {
    kepala_daerah: [null],
    jpt: ["utama", "madya", "pratama"],
    administrator: [null],
    pengawas: [null],
    pelaksana: [null],
    fungsional: ["ahli_pertama", "ahli_muda", "ahli_madya", "ahli_utama", "pemula", "terampil", "mahir", "penyelia"],
  };
  const jenjangOrNone: (Jenjang | null)[] = [null, ...jenjangSchema.options];

  it("lists the same jenjang per kind as jenjangByKind", () => {
    for (const kind of positionKindSchema.options) {
      assert.deepEqual(
        [...jenjangByKind[kind]],
        allowedFor[kind].filter((j) => j !== null),
      );
    }
  });

  for (const kind of positionKindSchema.options) {
    for (const jenjang of jenjangOrNone) {
      const fits = allowedFor[kind].includes(jenjang);
      it(`${fits ? "allows" : "refuses"} a ${kind} position with jenjang ${jenjang ?? "none"}`, () => {
        if (fits) {
          assert.doesNotThrow(() => assertJenjangFits(kind, jenjang));
        } else {
          const violation = violationOf(() => assertJenjangFits(kind, jenjang));
          assert.equal(violation.code, "jenjang_mismatch");
          assert.equal(violation.field, "jenjang");
          assert.deepEqual(violation.details, { kind, jenjang });
        }
      });
    }
  }
});
