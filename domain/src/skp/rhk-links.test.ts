import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import {
  assertRhkLinks,
  assignmentMarker,
  carriersByPkTarget,
  DEFAULT_ASSIGNER,
  type ExternalParent,
  externalParentAllowed,
  externalParentKey,
  type PkCarrier,
  pkTargetLabel,
  type RhkLinksContext,
  type RhkLinksInput,
  rhkTextWithAssignment,
} from "./rhk-links";
import { assertSubmittable, skpProblems } from "./skp.rules";
import { skpContentSchema } from "./skp.schema";
import { jaJfKuantitatif, jptKuantitatif, RATER_RHK_1, raterRhk, withRhk } from "./skp-draft.fixture";

const sekda: ExternalParent = {
  text: "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan",
  reference: "SKP Sekda 800/012/2026",
};
const external = (draft = jaJfKuantitatif()) => ({
  ...draft,
  rhk: draft.rhk.map((r) => ({ ...r, parentRhkId: null, externalParent: sekda })),
});
const carried = new Set([externalParentKey(sekda)]);

describe("externalParentAllowed (issue 9 rule 6)", () => {
  const cells: [string, boolean, ReadonlySet<string>, boolean][] = [
    ["the rater has no approved SKP in SIMKIN", false, new Set(), true],
    ["the rater has no approved SKP in SIMKIN, carried or not", false, carried, true],
    ["the rater has an approved SKP and the external RHK is new", true, new Set(), false],
    ["the rater has an approved SKP and the external RHK is carried from the approved revision", true, carried, true],
  ];
  for (const [what, raterHasSkp, carriedSet, allowed] of cells) {
    it(`${allowed ? "allows" : "refuses"} it when ${what}`, () => {
      assert.equal(externalParentAllowed(sekda, raterHasSkp, carriedSet), allowed);
    });
  }

  it("keys an external RHK by its text and reference, so another reference is another RHK", () => {
    assert.equal(externalParentKey({ ...sekda, text: ` ${sekda.text} ` }), externalParentKey(sekda));
    assert.notEqual(externalParentKey({ ...sekda, reference: null }), externalParentKey(sekda));
  });
});

describe("skpProblems with an RHK atasan outside SIMKIN", () => {
  it("lets a JA/JF SKP whose rater has no SKP in SIMKIN be submitted with external RHK atasan", () => {
    assert.deepEqual(skpProblems(external(), null), []);
    assert.doesNotThrow(() => assertSubmittable(external(), null));
  });

  it("asks for the external RHK atasan of each RHK that has none while the rater has no SKP in SIMKIN", () => {
    const draft = withRhk(external(), 1, { externalParent: null });
    assert.deepEqual(
      skpProblems(draft, null).map((p) => [p.code, p.path]),
      [["rhk_external_parent_required", "rhk.1.externalParent.text"]],
    );
  });

  it("flags an external RHK atasan once the rater's SKP is in SIMKIN, unless it is carried from the revision", () => {
    assert.deepEqual(
      skpProblems(external(), raterRhk).map((p) => [p.code, p.path]),
      [
        ["rhk_external_not_allowed", "rhk.0.externalParent.text"],
        ["rhk_external_not_allowed", "rhk.1.externalParent.text"],
      ],
    );
    assert.deepEqual(skpProblems(external(), raterRhk, carried), []);
  });

  it("lets a revision switch a carried external RHK atasan to the real RHK of the rater", () => {
    const switched = withRhk(external(), 0, { externalParent: null, parentRhkId: RATER_RHK_1 });
    assert.deepEqual(skpProblems(switched, raterRhk, carried), []);
  });

  it("asks nothing of a JPT SKP, which intervenes no RHK atasan", () => {
    assert.deepEqual(skpProblems(jptKuantitatif(), null), []);
  });
});

const PK_1 = "0190a000-0000-7000-8000-000000000001";
const PK_2 = "0190a000-0000-7000-8000-000000000002";
const linkRhk = (change: Partial<RhkLinksInput["rhk"][number]> = {}) => ({
  parentRhkId: null,
  externalParent: null,
  assignedBy: null,
  pkTargetIds: [],
  ...change,
});
const context = (change: Partial<RhkLinksContext> = {}): RhkLinksContext => ({
  raterRhkIds: raterRhk,
  carriedExternal: new Set(),
  pkTargetIds: new Set([PK_1, PK_2]),
  ...change,
});

describe("assertRhkLinks refuses what a save may not store", () => {
  const refused: [string, RhkLinksInput, RhkLinksContext, string, string][] = [
    [
      "an intervened RHK that is not the rater's",
      { model: "ja_jf", rhk: [linkRhk({ parentRhkId: "someone-else" })] },
      context(),
      "rhk_parent_invalid",
      "rhk/0/parentRhkId",
    ],
    [
      "an intervened RHK while the rater has no SKP in SIMKIN",
      { model: "ja_jf", rhk: [linkRhk({ parentRhkId: RATER_RHK_1 })] },
      context({ raterRhkIds: null }),
      "rhk_parent_invalid",
      "rhk/0/parentRhkId",
    ],
    [
      "a new external RHK atasan while the rater's SKP is in SIMKIN",
      { model: "ja_jf", rhk: [linkRhk(), linkRhk({ externalParent: sekda })] },
      context(),
      "rhk_external_not_allowed",
      "rhk/1/externalParent/text",
    ],
    [
      "a penugasan marker on a JA/JF SKP",
      { model: "ja_jf", rhk: [linkRhk({ parentRhkId: RATER_RHK_1, assignedBy: DEFAULT_ASSIGNER })] },
      context(),
      "rhk_assignment_jpt_only",
      "rhk/0/assignedBy",
    ],
    [
      "a PK target of another organisation or year",
      { model: "jpt", rhk: [linkRhk({ pkTargetIds: [PK_1, "0190a000-0000-7000-8000-00000000ffff"] })] },
      context(),
      "rhk_pk_target_invalid",
      "rhk/0/pkTargetIds",
    ],
  ];
  for (const [what, input, ctx, code, field] of refused) {
    it(`refuses ${what} with ${code}`, () => {
      const violation = violationOf(() => assertRhkLinks(input, ctx));
      assert.equal(violation.code, code);
      assert.equal(violation.field, field);
    });
  }

  const accepted: [string, RhkLinksInput, RhkLinksContext][] = [
    ["the rater's approved RHK", { model: "ja_jf", rhk: [linkRhk({ parentRhkId: RATER_RHK_1 })] }, context()],
    [
      "an external RHK atasan while the rater has no SKP in SIMKIN",
      { model: "ja_jf", rhk: [linkRhk({ externalParent: sekda })] },
      context({ raterRhkIds: null }),
    ],
    [
      "an external RHK atasan carried from the approved revision",
      { model: "ja_jf", rhk: [linkRhk({ externalParent: sekda })] },
      context({ carriedExternal: carried }),
    ],
    [
      "a JPT RHK assigned by the Wali Kota carrying two PK targets",
      { model: "jpt", rhk: [linkRhk({ assignedBy: "Wali Kota", pkTargetIds: [PK_1, PK_2] })] },
      context({ raterRhkIds: null }),
    ],
  ];
  for (const [what, input, ctx] of accepted) {
    it(`accepts ${what}`, () => {
      assert.doesNotThrow(() => assertRhkLinks(input, ctx));
    });
  }
});

describe("the RHK input schema", () => {
  const content = (rhk: Record<string, unknown>) => ({
    model: "ja_jf",
    approach: "kuantitatif",
    rhk: [{ kind: "utama", text: "RHK", ikis: [], ...rhk }],
    lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] },
    version: 1,
  });

  it("refuses an RHK atasan from SIMKIN and one from outside at once", () => {
    const result = skpContentSchema.safeParse(
      content({ parentRhkId: "0190a000-0000-7000-8000-00000000aaaa", externalParent: sekda }),
    );
    assert.equal(result.success, false);
  });

  it("refuses the same PK target twice on one RHK", () => {
    assert.equal(skpContentSchema.safeParse(content({ pkTargetIds: [PK_1, PK_1] })).success, false);
  });

  it("stores an empty reference and an empty assigner as none", () => {
    const parsed = skpContentSchema.parse(content({ externalParent: { text: "RHK Sekda", reference: " " } }));
    assert.deepEqual(parsed.rhk[0]?.externalParent, { text: "RHK Sekda", reference: null });
    assert.equal(skpContentSchema.parse(content({ assignedBy: "  " })).rhk[0]?.assignedBy, null);
    assert.deepEqual(skpContentSchema.parse(content({})).rhk[0]?.pkTargetIds, []);
  });
});

describe("the penugasan marker (issue 9 rule 8, REGULATIONS.md §6.2)", () => {
  const cells: [string | null, string][] = [
    [null, ""],
    ["", ""],
    ["Wali Kota", "(penugasan dari Wali Kota)"],
    [" Wali Kota Palembang ", "(penugasan dari Wali Kota Palembang)"],
  ];
  for (const [assignedBy, marker] of cells) {
    it(`prints ${JSON.stringify(marker)} for ${JSON.stringify(assignedBy)}`, () => {
      assert.equal(assignmentMarker(assignedBy), marker);
    });
  }

  it("prints the marker after the RHK text, and the text alone without one", () => {
    assert.equal(
      rhkTextWithAssignment({ text: "Terselenggaranya MTQ tingkat kota", assignedBy: DEFAULT_ASSIGNER }),
      "Terselenggaranya MTQ tingkat kota (penugasan dari Wali Kota)",
    );
    assert.equal(rhkTextWithAssignment({ text: "RHK", assignedBy: null }), "RHK");
  });
});

describe("carriersByPkTarget (issue 9 rule 7)", () => {
  const targets = [
    { id: PK_1, sasaran: "Meningkatnya kualitas pelayanan publik" },
    { id: PK_2, sasaran: "Meningkatnya ketenteraman" },
    { id: "pk-3", sasaran: "Tertibnya administrasi" },
  ];
  const carrier = (change: Partial<PkCarrier>): PkCarrier => ({
    pkTargetId: PK_1,
    rhkId: "rhk-camat-1",
    rhkText: "Terwujudnya pelayanan prima",
    skpId: "skp-camat",
    skpStatus: "disetujui",
    employeeId: "camat",
    ...change,
  });
  const carriers = [
    carrier({}),
    carrier({ rhkId: "rhk-camat-2", rhkText: "Terwujudnya PATEN" }),
    carrier({ rhkId: "rhk-lurah", skpId: "skp-lurah", employeeId: "lurah" }),
    carrier({ pkTargetId: PK_2, rhkId: "rhk-camat-3" }),
    carrier({ pkTargetId: PK_2, rhkId: "rhk-draft", skpId: "skp-draft", skpStatus: "draft", employeeId: "x" }),
    carrier({ pkTargetId: PK_2, rhkId: "rhk-old", skpId: "skp-old", skpStatus: "diganti", employeeId: "y" }),
  ];

  it("lists per target, in the targets' order, the RHK of approved SKPs that carry it and their employees", () => {
    const result = carriersByPkTarget(targets, carriers);
    assert.deepEqual(
      result.map((r) => [r.target.id, r.carriers.map((c) => c.rhkId), r.employeeIds]),
      [
        [PK_1, ["rhk-camat-1", "rhk-camat-2", "rhk-lurah"], ["camat", "lurah"]],
        [PK_2, ["rhk-camat-3"], ["camat"]],
        ["pk-3", [], []],
      ],
    );
  });

  it("labels a target as sasaran, indicator and target", () => {
    assert.equal(
      pkTargetLabel({ sasaran: "Meningkatnya pelayanan", indicator: "Indeks kepuasan", target: "85", unit: "indeks" }),
      "Meningkatnya pelayanan - Indeks kepuasan: 85 indeks",
    );
  });
});
