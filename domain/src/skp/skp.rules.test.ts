import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { violationOf } from "../violation.fixture";
import { assertSubmittable, parseTarget, type SkpDraft, skpProblems } from "./skp.rules";
import { lampiranKindSchema } from "./skp.schema";
import {
  jaJfKualitatif,
  jaJfKuantitatif,
  jptKuantitatif,
  RATER_RHK_1,
  raterRhk,
  withIki,
  withLampiran,
  withRhk,
} from "./skp-draft.fixture";

describe("parseTarget", () => {
  const numbers: [string, number][] = [
    ["1.200", 1200],
    ["85,71", 85.71],
    ["1.234,5", 1234.5],
    ["95", 95],
    ["85.5", 85.5],
    ["0", 0],
    ["12", 12],
    ["1.000.000", 1_000_000],
    ["1.234.567,89", 1_234_567.89],
    ["0,5", 0.5],
    ["1,200", 1.2],
    ["1234,5", 1234.5],
    ["1.20", 1.2],
    ["1.2345", 1.2345],
    ["1234.567", 1234.567],
    ["0.500", 0.5],
    ["0.123", 0.123],
    ["007", 7],
    [" 95 ", 95],
    ["\t1.500\n", 1500],
  ];
  for (const [input, expected] of numbers) {
    it(`reads ${JSON.stringify(input)} as ${expected}`, () => {
      assert.equal(parseTarget(input), expected);
    });
  }

  const notNumbers: (string | null)[] = [
    "12 Bulan",
    "abc",
    "",
    "   ",
    "1,2,3",
    "-5",
    "+5",
    "90%",
    "1.2.3",
    "1.234.56",
    "1 200",
    ".5",
    "5.",
    ",5",
    "1e3",
    "Infinity",
    "NaN",
    "0x10",
    "1.200,5,0",
    null,
  ];
  for (const input of notNumbers) {
    it(`reads ${JSON.stringify(input)} as no number`, () => {
      assert.equal(parseTarget(input), null);
    });
  }
});

const codesAndPaths = (draft: SkpDraft, raterRhkIds: ReadonlySet<string> | null): [string, string][] =>
  skpProblems(draft, raterRhkIds).map((p) => [p.code, p.path]);

describe("skpProblems of complete SKPs", () => {
  const cases: [string, SkpDraft, ReadonlySet<string> | null][] = [
    ["a JA/JF kuantitatif SKP with every aspect, target and unit", jaJfKuantitatif(), raterRhk],
    ["a JA/JF kualitatif SKP with a narrative target and no aspek or unit", jaJfKualitatif(), raterRhk],
    ["a JPT SKP with perspektif and no intervened RHK, while the rater has no approved SKP", jptKuantitatif(), null],
    [
      "a JPT SKP with perspektif and no intervened RHK, while the rater has an approved SKP",
      jptKuantitatif(),
      raterRhk,
    ],
    ["a JPT kualitatif SKP with a narrative target", { ...jptKuantitatif(), approach: "kualitatif" }, null],
    ["an SKP of a single day", { ...jaJfKuantitatif(), periodStart: "2026-12-31", periodEnd: "2026-12-31" }, raterRhk],
    [
      "a JA/JF SKP that intervenes the same rater RHK twice",
      withRhk(jaJfKuantitatif(), 1, { parentRhkId: RATER_RHK_1 }),
      raterRhk,
    ],
    [
      "a JA/JF kuantitatif SKP with the optional biaya aspect",
      withIki(jaJfKuantitatif(), 1, 0, { aspek: "biaya", target: "15.000.000", unit: "rupiah" }),
      raterRhk,
    ],
  ];
  for (const [what, draft, raterRhkIds] of cases) {
    it(`finds no problem in ${what}`, () => {
      assert.deepEqual(skpProblems(draft, raterRhkIds), []);
    });
  }
});

describe("skpProblems finds each problem with its path", () => {
  const noUtama = withRhk(jaJfKuantitatif(), 0, { kind: "tambahan" });
  const cases: [string, SkpDraft, ReadonlySet<string> | null, [string, string][]][] = [
    [
      "a period that runs into the next year",
      { ...jaJfKuantitatif(), periodStart: "2026-07-01", periodEnd: "2027-06-30" },
      raterRhk,
      [["skp_period", "period"]],
    ],
    [
      "a period that ends before it starts",
      { ...jaJfKuantitatif(), periodStart: "2026-12-31", periodEnd: "2026-01-01" },
      raterRhk,
      [["skp_period", "period"]],
    ],
    ["only tambahan RHK", noUtama, raterRhk, [["rhk_utama_required", "rhk"]]],
    ["no RHK at all", { ...jaJfKuantitatif(), rhk: [] }, raterRhk, [["rhk_utama_required", "rhk"]]],
    [
      "a JA/JF SKP while the rater has no approved SKP in SIMKIN and no RHK atasan is typed from outside",
      withRhk(jaJfKuantitatif(), 0, { parentRhkId: null }),
      null,
      [
        ["rhk_external_parent_required", "rhk.0.externalParent.text"],
        ["rhk_external_parent_required", "rhk.1.externalParent.text"],
      ],
    ],
    [
      "a JA/JF kualitatif SKP while the rater has no approved SKP in SIMKIN",
      jaJfKualitatif(),
      null,
      [["rhk_external_parent_required", "rhk.0.externalParent.text"]],
    ],
    [
      "a JA/JF RHK without the intervened RHK",
      withRhk(jaJfKuantitatif(), 1, { parentRhkId: null }),
      raterRhk,
      [["rhk_parent_required", "rhk.1.parentRhkId"]],
    ],
    [
      "a JA/JF kualitatif RHK without the intervened RHK",
      withRhk(jaJfKualitatif(), 0, { parentRhkId: null }),
      raterRhk,
      [["rhk_parent_required", "rhk.0.parentRhkId"]],
    ],
    [
      "a JA/JF RHK that intervenes an RHK the rater did not approve",
      withRhk(jaJfKuantitatif(), 0, { parentRhkId: "rhk-orang-lain" }),
      raterRhk,
      [["rhk_parent_invalid", "rhk.0.parentRhkId"]],
    ],
    [
      "JA/JF RHK against a rater whose approved SKP has no RHK",
      jaJfKuantitatif(),
      new Set<string>(),
      [
        ["rhk_parent_invalid", "rhk.0.parentRhkId"],
        ["rhk_parent_invalid", "rhk.1.parentRhkId"],
      ],
    ],
    [
      "a JPT RHK without perspektif",
      withRhk(jptKuantitatif(), 1, { perspektif: null }),
      null,
      [["rhk_perspektif_required", "rhk.1.perspektif"]],
    ],
    [
      "a JPT kualitatif RHK without perspektif",
      withRhk({ ...jptKuantitatif(), approach: "kualitatif" }, 0, { perspektif: null }),
      null,
      [["rhk_perspektif_required", "rhk.0.perspektif"]],
    ],
    [
      "a JA/JF RHK without IKI",
      withRhk(jaJfKuantitatif(), 1, { ikis: [] }),
      raterRhk,
      [["iki_required", "rhk.1.ikis"]],
    ],
    [
      "a kualitatif RHK without IKI",
      withRhk(jaJfKualitatif(), 0, { ikis: [] }),
      raterRhk,
      [["iki_required", "rhk.0.ikis"]],
    ],
    ["a JPT RHK without IKI", withRhk(jptKuantitatif(), 0, { ikis: [] }), null, [["iki_required", "rhk.0.ikis"]]],
    [
      "a JA/JF kuantitatif IKI without aspek",
      withIki(jaJfKuantitatif(), 0, 2, { aspek: null }),
      raterRhk,
      [["iki_aspek_required", "rhk.0.ikis.2.aspek"]],
    ],
    [
      "a kuantitatif IKI without target",
      withIki(jaJfKuantitatif(), 0, 1, { target: null }),
      raterRhk,
      [["iki_target_required", "rhk.0.ikis.1.target"]],
    ],
    [
      "a kuantitatif IKI with an empty target",
      withIki(jaJfKuantitatif(), 0, 1, { target: "" }),
      raterRhk,
      [["iki_target_required", "rhk.0.ikis.1.target"]],
    ],
    [
      "a kuantitatif IKI whose target is only spaces",
      withIki(jaJfKuantitatif(), 0, 1, { target: "   " }),
      raterRhk,
      [["iki_target_required", "rhk.0.ikis.1.target"]],
    ],
    [
      "a JPT kuantitatif IKI without target",
      withIki(jptKuantitatif(), 1, 0, { target: null }),
      null,
      [["iki_target_required", "rhk.1.ikis.0.target"]],
    ],
    [
      "a kualitatif IKI without target",
      withIki(jaJfKualitatif(), 0, 0, { target: null }),
      raterRhk,
      [["iki_target_required", "rhk.0.ikis.0.target"]],
    ],
    [
      "a kualitatif IKI whose target is only spaces",
      withIki(jaJfKualitatif(), 0, 0, { target: " \t " }),
      raterRhk,
      [["iki_target_required", "rhk.0.ikis.0.target"]],
    ],
    [
      "a kuantitatif target written with its unit",
      withIki(jaJfKuantitatif(), 0, 2, { target: "12 Bulan" }),
      raterRhk,
      [["iki_target_not_number", "rhk.0.ikis.2.target"]],
    ],
    [
      "a kuantitatif target that is a word",
      withIki(jaJfKuantitatif(), 1, 0, { target: "empat" }),
      raterRhk,
      [["iki_target_not_number", "rhk.1.ikis.0.target"]],
    ],
    [
      "a JPT kuantitatif target with a percent sign",
      withIki(jptKuantitatif(), 1, 0, { target: "95%" }),
      null,
      [["iki_target_not_number", "rhk.1.ikis.0.target"]],
    ],
    [
      "a kuantitatif IKI without unit",
      withIki(jaJfKuantitatif(), 0, 0, { unit: null }),
      raterRhk,
      [["iki_unit_required", "rhk.0.ikis.0.unit"]],
    ],
    [
      "a kuantitatif IKI with an empty unit",
      withIki(jaJfKuantitatif(), 0, 0, { unit: "" }),
      raterRhk,
      [["iki_unit_required", "rhk.0.ikis.0.unit"]],
    ],
    [
      "a kuantitatif IKI whose unit is only spaces",
      withIki(jaJfKuantitatif(), 0, 0, { unit: "  " }),
      raterRhk,
      [["iki_unit_required", "rhk.0.ikis.0.unit"]],
    ],
    [
      "a JPT kuantitatif IKI without unit",
      withIki(jptKuantitatif(), 0, 0, { unit: null }),
      null,
      [["iki_unit_required", "rhk.0.ikis.0.unit"]],
    ],
  ];
  for (const kind of lampiranKindSchema.options) {
    cases.push([
      `an empty ${kind} list in the lampiran`,
      withLampiran(jaJfKuantitatif(), { [kind]: [] }),
      raterRhk,
      [["lampiran_required", `lampiran.${kind}`]],
    ]);
  }
  cases.push([
    "an empty lampiran",
    withLampiran(jaJfKuantitatif(), { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] }),
    raterRhk,
    [
      ["lampiran_required", "lampiran.dukungan_sumber_daya"],
      ["lampiran_required", "lampiran.skema_pertanggungjawaban"],
      ["lampiran_required", "lampiran.konsekuensi"],
    ],
  ]);

  for (const [what, draft, raterRhkIds, expected] of cases) {
    it(`reports ${expected.map(([code]) => code).join(" and ")} for ${what}`, () => {
      assert.deepEqual(codesAndPaths(draft, raterRhkIds), expected);
    });
  }
});

describe("skpProblems does not ask what the model or approach leaves out", () => {
  const cases: [string, SkpDraft, ReadonlySet<string> | null][] = [
    ["an aspek on a JPT IKI", withIki(jptKuantitatif(), 0, 0, { aspek: null }), null],
    ["an intervened RHK on a JPT RHK", withRhk(jptKuantitatif(), 0, { parentRhkId: null }), null],
    ["a perspektif on a JA/JF RHK", withRhk(jaJfKuantitatif(), 0, { perspektif: null }), raterRhk],
    ["an aspek or a unit on a kualitatif IKI", withIki(jaJfKualitatif(), 0, 0, { aspek: null, unit: null }), raterRhk],
    [
      "a number as target on a kualitatif IKI",
      withIki(jaJfKualitatif(), 0, 0, { target: "Laporan diterima pimpinan 12 Bulan" }),
      raterRhk,
    ],
    ["a tambahan RHK when there is an utama one", withRhk(jaJfKuantitatif(), 1, { kind: "utama" }), raterRhk],
  ];
  for (const [what, draft, raterRhkIds] of cases) {
    it(`does not require ${what}`, () => {
      assert.deepEqual(skpProblems(draft, raterRhkIds), []);
    });
  }
});

describe("skpProblems on an SKP with everything wrong", () => {
  const draft: SkpDraft = {
    model: "ja_jf",
    approach: "kuantitatif",
    periodStart: "2026-01-01",
    periodEnd: "2027-01-01",
    rhk: [
      {
        kind: "tambahan",
        parentRhkId: "rhk-orang-lain",
        perspektif: null,
        ikis: [
          { aspek: null, indicator: "Jumlah laporan", target: null, unit: null },
          { aspek: "waktu", indicator: "Ketepatan waktu", target: "12 Bulan", unit: "bulan" },
        ],
      },
      { kind: "tambahan", parentRhkId: null, perspektif: null, ikis: [] },
    ],
    lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: ["Dilaporkan setiap bulan"], konsekuensi: [] },
  };
  const problems = skpProblems(draft, raterRhk);

  it("lists the problems in form order: period, RHK, then each RHK and its IKI, then the lampiran", () => {
    assert.deepEqual(
      problems.map((p) => [p.code, p.path]),
      [
        ["skp_period", "period"],
        ["rhk_utama_required", "rhk"],
        ["rhk_parent_invalid", "rhk.0.parentRhkId"],
        ["iki_aspek_required", "rhk.0.ikis.0.aspek"],
        ["iki_target_required", "rhk.0.ikis.0.target"],
        ["iki_unit_required", "rhk.0.ikis.0.unit"],
        ["iki_target_not_number", "rhk.0.ikis.1.target"],
        ["rhk_parent_required", "rhk.1.parentRhkId"],
        ["iki_required", "rhk.1.ikis"],
        ["lampiran_required", "lampiran.dukungan_sumber_daya"],
        ["lampiran_required", "lampiran.konsekuensi"],
      ],
    );
  });

  for (const problem of problems) {
    const rhk = /^rhk\.(\d+)/.exec(problem.path);
    const iki = /\.ikis\.(\d+)\./.exec(problem.path);
    const prefix = rhk ? `RHK ${Number(rhk[1]) + 1}${iki ? ` IKI ${Number(iki[1]) + 1}` : ""}:` : "";
    it(`writes a message for ${problem.code} at ${problem.path}${prefix ? ` starting "${prefix}"` : ""}`, () => {
      assert.ok(problem.message.length > 0);
      assert.ok(problem.message.startsWith(prefix), problem.message);
    });
  }
});

describe("assertSubmittable", () => {
  it("accepts a complete JA/JF kuantitatif SKP", () => {
    assert.doesNotThrow(() => assertSubmittable(jaJfKuantitatif(), raterRhk));
  });

  it("accepts a complete JPT SKP while the rater has no approved SKP", () => {
    assert.doesNotThrow(() => assertSubmittable(jptKuantitatif(), null));
  });

  it("refuses an incomplete SKP with skp_invalid, every problem in the details and the first as message", () => {
    const draft = withLampiran(withIki(jaJfKuantitatif(), 0, 1, { target: "banyak" }), { konsekuensi: [] });
    const violation = violationOf(() => assertSubmittable(draft, raterRhk));
    assert.equal(violation.code, "skp_invalid");
    const expected = skpProblems(draft, raterRhk);
    assert.equal(expected.length, 2);
    assert.deepEqual(violation.details, { problems: expected });
    assert.equal(violation.message, expected[0]?.message);
  });

  it("refuses a JA/JF SKP while the rater has no approved SKP", () => {
    const violation = violationOf(() => assertSubmittable(jaJfKuantitatif(), null));
    assert.equal(violation.code, "skp_invalid");
    assert.deepEqual(violation.details, { problems: skpProblems(jaJfKuantitatif(), null) });
  });
});
