import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { plajuInUnits, plajuUnitTree, unitOfSeat } from "./organisation.fixture";
import {
  headOneLevelUp,
  membersOf,
  organisationAbove,
  organisationOf,
  organisationsBelow,
  organisationsLedBy,
  organisationUnitKinds,
  pimpinanOn,
  type UnitTree,
} from "./organisation.rules";
import { DATE, employeesIn, holder, holders, kelurahan, officer, placement, seats, sorted } from "./rater.fixture";
import type { ResolvedOfficer } from "./rater.rules";

const tree = plajuUnitTree();
const kelurahanIds = kelurahan.map(([code]) => `kel-${code}`);

describe("organisationUnitKinds", () => {
  it("counts the kelurahan as an organisation beside the kecamatan, the perangkat daerah and the pemerintah daerah", () => {
    assert.deepEqual([...organisationUnitKinds].sort(), [
      "kecamatan",
      "kelurahan",
      "pemerintah_daerah",
      "perangkat_daerah",
    ]);
  });
});

describe("organisationOf over the Plaju chart", () => {
  const cases: [string, string | null][] = [
    ["pemkot", "pemkot"],
    ["setda", "setda"],
    ["kec", "kec"],
    ["sek", "kec"],
    ["subuk", "kec"],
    ["seksi-pem", "kec"],
    ["seksi-yanum", "kec"],
    ["kel-tpt", "kel-tpt"],
    ["kel-tpt-sek", "kel-tpt"],
    ["kel-tpt-pem", "kel-tpt"],
    ["kel-kmp-pmks", "kel-kmp"],
    ["tidak-ada", null],
  ];
  for (const [unit, expected] of cases) {
    it(`puts ${unit} in the organisation ${expected ?? "none"}`, () => {
      assert.equal(organisationOf(tree, unit), expected);
    });
  }

  it("stops on a loop of units that holds no organisation", () => {
    const loop: UnitTree = new Map([
      ["a", { id: "a", parentId: "b", kind: "seksi", headPositionId: null }],
      ["b", { id: "b", parentId: "a", kind: "seksi", headPositionId: null }],
    ]);
    assert.equal(organisationOf(loop, "a"), null);
  });

  it("puts every seat of the chart in exactly the organisation of its unit", () => {
    for (const seat of seats) {
      const org = organisationOf(tree, unitOfSeat(seat.id));
      assert.ok(org, `${seat.id} belongs to an organisation`);
    }
  });
});

describe("organisationAbove and headOneLevelUp over the Plaju chart", () => {
  const cases: [string, string | null, string | null][] = [
    ["kel-tpt", "kec", "camat"],
    ["kel-tpt-pem", "kec", "camat"],
    ["kel-kmp-sek", "kec", "camat"],
    ["seksi-pem", "pemkot", "walikota"],
    ["sek", "pemkot", "walikota"],
    ["kec", "pemkot", "walikota"],
    ["setda", "pemkot", "walikota"],
    ["pemkot", null, null],
  ];
  for (const [unit, organisation, head] of cases) {
    it(`gives ${unit} the organisation ${organisation ?? "none"} above, led by ${head ?? "nobody"}`, () => {
      assert.equal(organisationAbove(tree, unit), organisation);
      assert.deepEqual(
        headOneLevelUp(tree, unit),
        organisation ? { organisationId: organisation, positionId: head } : null,
      );
    });
  }

  for (const id of kelurahanIds) {
    it(`makes the Camat the head one level up of ${id}`, () => {
      assert.equal(headOneLevelUp(tree, id)?.positionId, "camat");
    });
  }
});

describe("pimpinanOn", () => {
  const pltKomperta = plajuInUnits({
    vacate: ["lurah-kmp"],
    add: [placement(holder("kasi-pem"), "lurah-kmp", "plt", "2026-01-02")],
  });
  const plhBagusKuning = (mayRate?: boolean) =>
    plajuInUnits({
      vacate: ["lurah-bgk"],
      add: [placement(holder("seklur-bgk"), "lurah-bgk", "plh", "2026-03-01", "2026-03-31", mayRate)],
    });
  const cases: [string, ReturnType<typeof plajuInUnits>, string, ResolvedOfficer | null][] = [
    ["the Lurah leads his kelurahan", plajuInUnits(), "kel-tpt", officer("lurah-tpt")],
    ["the Camat leads the kecamatan", plajuInUnits(), "kec", officer("camat")],
    ["the Wali Kota's office leads the pemerintah daerah", plajuInUnits(), "pemkot", officer("walikota")],
    [
      "a Plt Lurah leads the kelurahan",
      pltKomperta,
      "kel-kmp",
      officer("lurah-kmp", { employeeId: holder("kasi-pem"), acting: "plt" }),
    ],
    ["nobody leads a kelurahan whose Lurah post is empty", plajuInUnits({ vacate: ["lurah-tpt"] }), "kel-tpt", null],
    ["a Plh without authority does not lead", plhBagusKuning(), "kel-bgk", null],
    [
      "a Plh with authority leads",
      plhBagusKuning(true),
      "kel-bgk",
      officer("lurah-bgk", { employeeId: holder("seklur-bgk"), acting: "plh" }),
    ],
    ["a unit without a head position has no pimpinan", plajuInUnits(), "tidak-ada", null],
  ];
  for (const [what, chart, organisation, expected] of cases) {
    it(what, () => {
      assert.deepEqual(pimpinanOn(tree, chart, organisation, DATE), expected);
    });
  }
});

describe("organisationsLedBy and organisationsBelow", () => {
  const chart = plajuInUnits({
    vacate: ["lurah-kmp"],
    add: [placement(holder("kasi-pem"), "lurah-kmp", "plt", "2026-01-02")],
  });
  const led: [string, string[]][] = [
    ["camat", ["kec"]],
    ["lurah-tpt", ["kel-tpt"]],
    ["kasi-pem", ["kel-kmp"]],
    ["sekda", ["setda"]],
    ["sekcam", []],
    ["seklur-tpt", []],
    ["staf-yanum", []],
  ];
  for (const [seat, expected] of led) {
    it(`gives the holder of ${seat} the organisations ${expected.join(", ") || "none"} to lead`, () => {
      assert.deepEqual(organisationsLedBy(tree, chart, holder(seat), DATE), expected);
    });
  }

  const below: [string[], string[]][] = [
    [["kec"], kelurahanIds],
    [["kel-tpt"], []],
    [["pemkot"], ["setda", "kec"]],
    [["setda"], []],
  ];
  for (const [given, expected] of below) {
    it(`finds ${expected.join(", ") || "nothing"} one level below ${given.join(", ")}`, () => {
      assert.deepEqual(sorted(organisationsBelow(tree, given)), sorted(expected));
    });
  }
});

describe("membersOf counts each employee in exactly one organisation", () => {
  const chart = plajuInUnits();
  const kelurahanStaff = (code: string) => [
    `lurah-${code}`,
    `seklur-${code}`,
    ...["pem", "trantib", "pmks"].flatMap((s) => [`kasi-${s}-${code}`, `staf-${s}-${code}`]),
  ];

  it("makes the Lurah, the Sekretaris Lurah, the Kasi and the staff of a kelurahan its members", () => {
    assert.deepEqual(sorted([...membersOf(tree, chart, ["kel-tpt"], DATE).keys()]), holders(kelurahanStaff("tpt")));
  });

  it("does not count the kelurahan staff among the members of the kecamatan", () => {
    const kecamatan = membersOf(tree, chart, ["kec"], DATE);
    for (const [code] of kelurahan) {
      for (const seat of kelurahanStaff(code)) {
        assert.equal(kecamatan.has(holder(seat)), false, seat);
      }
    }
    assert.equal(kecamatan.has(holder("camat")), true);
    assert.equal(kecamatan.has(holder("analis-kebijakan")), true);
  });

  it("gives the Camat's scope (kecamatan and the kelurahan below) every employee but the Sekda, once each", () => {
    const scope = membersOf(tree, chart, ["kec", ...organisationsBelow(tree, ["kec"])], DATE);
    assert.deepEqual(sorted([...scope.keys()]), sorted(employeesIn(chart).filter((id) => id !== holder("sekda"))));
    assert.equal(scope.get(holder("staf-pem-tpt")), "kel-tpt");
    assert.equal(scope.get(holder("staf-pem")), "kec");
  });

  it("counts nobody for an organisation nobody is placed in", () => {
    assert.equal(membersOf(tree, chart, ["pemkot"], DATE).size, 0);
  });
});
