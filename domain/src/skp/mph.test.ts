import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { legacyAssignmentIki, type MphRhk, mphCell, mphColumns, mphOutside } from "./mph";

const iki = (id: string) => ({ id, indicator: `Indikator ${id}`, target: "100", unit: "%" });

/** A Camat's SKP: two utama RHK (two IKI and one), a tambahan RHK listed first in storage, and an RHK without IKI. */
const camat: MphRhk[] = [
  { id: "tambahan", text: "Tugas tambahan", kind: "tambahan", ikis: [iki("t1")] },
  { id: "pelayanan", text: "Pelayanan prima", kind: "utama", ikis: [iki("p1"), iki("p2")] },
  { id: "kosong", text: "RHK tanpa IKI", kind: "utama", ikis: [] },
  { id: "pbb", text: "Penerimaan PBB-P2", kind: "utama", ikis: [iki("b1")] },
];

describe("mphColumns: the leader's IKI across the top row (REGULATIONS.md §2.2 MPH)", () => {
  const layout = mphColumns(camat);

  it("has one column per IKI of the leader, not one per RHK", () => {
    assert.deepEqual(
      layout.columns.map((c) => c.iki.id),
      ["p1", "p2", "b1", "t1"],
    );
  });

  it("numbers each IKI under the number of its RHK, utama before tambahan", () => {
    assert.deepEqual(
      layout.columns.map((c) => c.ikiNo),
      ["1.1", "1.2", "3.1", "4.1"],
    );
  });

  it("groups the IKI columns under their RHK heading with its span", () => {
    assert.deepEqual(
      layout.groups.map((g) => [g.rhk.id, g.rhkNo, g.span]),
      [
        ["pelayanan", 1, 2],
        ["pbb", 3, 1],
        ["tambahan", 4, 1],
      ],
    );
  });

  it("gives an RHK without IKI no column", () => {
    assert.ok(!layout.groups.some((g) => g.rhk.id === "kosong"));
  });

  it("is empty for a leader without an approved SKP", () => {
    assert.deepEqual(mphColumns([]), { groups: [], columns: [] });
  });
});

describe("mphCell and mphOutside", () => {
  const assignments = [
    { id: "a", raterIkiId: "p1", employeeId: "sekcam", text: "Koordinasi" },
    { id: "b", raterIkiId: "p2", employeeId: "sekcam", text: "Survei" },
    { id: "c", raterIkiId: "p1", employeeId: "kasi", text: "Loket" },
    { id: "d", raterIkiId: "p1", employeeId: "sekcam", text: "Laporan" },
    { id: "e", raterIkiId: "old-iki", employeeId: "kasi", text: "Dari revisi lama" },
    { id: "f", raterIkiId: null, employeeId: "kasi", text: "Tanpa IKI" },
  ];

  it("puts in a cell only the subordinate's peran-hasil under that IKI, in order", () => {
    assert.deepEqual(
      mphCell(assignments, "sekcam", "p1").map((a) => a.id),
      ["a", "d"],
    );
    assert.deepEqual(
      mphCell(assignments, "kasi", "p2").map((a) => a.id),
      [],
    );
  });

  it("lists assignments that fall in no column", () => {
    assert.deepEqual(
      mphOutside(assignments, mphColumns(camat)).map((a) => a.id),
      ["e", "f"],
    );
  });
});

describe("legacyAssignmentIki: assignments made against a whole RHK", () => {
  const cases: [string, { id: string; sortOrder: number }[], { ikiId: string; unambiguous: boolean } | null][] = [
    ["an RHK with one IKI goes to it, unambiguously", [{ id: "x", sortOrder: 0 }], { ikiId: "x", unambiguous: true }],
    [
      "an RHK with several IKI goes to its first, by order",
      [
        { id: "second", sortOrder: 1 },
        { id: "first", sortOrder: 0 },
      ],
      { ikiId: "first", unambiguous: false },
    ],
    ["an RHK without IKI goes nowhere", [], null],
  ];
  for (const [name, ikis, expected] of cases) {
    it(name, () => {
      assert.deepEqual(legacyAssignmentIki(ikis), expected);
    });
  }
});
