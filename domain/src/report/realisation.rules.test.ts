import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Approach } from "../skp/skp.schema";
import { violationOf } from "../violation.fixture";
import { assertQualitativeEvidence, assertRealisations, realisationProblem } from "./realisation.rules";
import { feedbackInputSchema, reportContentSchema } from "./report.schema";

/** Issue 9 rule 9: a kualitatif SKP's IKI are reported in words, with bukti dukung. */
describe("realisationProblem", () => {
  const long = "a".repeat(2001);
  const cases: [Approach, string, boolean][] = [
    ["kuantitatif", "", true],
    ["kuantitatif", "120", true],
    ["kuantitatif", "1.200", true],
    ["kuantitatif", "85,5", true],
    ["kuantitatif", "85.5", true],
    ["kuantitatif", " 96 ", true],
    ["kuantitatif", "banyak", false],
    ["kuantitatif", "Standar pelayanan telah direviu", false],
    ["kuantitatif", "12 berkas", false],
    ["kuantitatif", "1".repeat(21), false],
    ["kualitatif", "", true],
    ["kualitatif", "Standar pelayanan dispensasi nikah direviu dan dipasang di ruang tunggu", true],
    ["kualitatif", "120", true],
    ["kualitatif", "a".repeat(2000), true],
    ["kualitatif", long, false],
  ];
  for (const [approach, value, ok] of cases) {
    const shown = value.length > 40 ? `${value.slice(0, 20)}… (${value.length})` : JSON.stringify(value);
    it(`${ok ? "accepts" : "refuses"} ${shown} for a ${approach} SKP`, () => {
      assert.equal(realisationProblem(approach, value) === null, ok);
    });
  }
});

describe("assertRealisations", () => {
  it("names the first number-less realisation of a kuantitatif SKP", () => {
    const v = violationOf(() => assertRealisations("kuantitatif", [{ value: "12" }, { value: "dua belas" }]));
    assert.equal(v.code, "realisation_not_number");
    assert.equal(v.field, "realisations/1/value");
  });
  it("names a too long text of a kualitatif SKP", () => {
    const v = violationOf(() => assertRealisations("kualitatif", [{ value: "x".repeat(2001) }]));
    assert.equal(v.code, "realisation_too_long");
    assert.equal(v.field, "realisations/0/value");
  });
  it("lets a kualitatif SKP report in words", () => {
    assert.doesNotThrow(() => assertRealisations("kualitatif", [{ value: "Telaahan disampaikan kepada Camat" }]));
  });
});

describe("assertQualitativeEvidence", () => {
  const rhk = [
    { text: "RHK satu", ikiIds: ["a", "b"], evidenceCount: 1 },
    { text: "RHK dua", ikiIds: ["c"], evidenceCount: 0 },
  ];
  const cases: [string, Approach, string[], string | null][] = [
    ["a reported RHK without evidence in a kualitatif SKP", "kualitatif", ["a", "c"], "rhk/1/evidence"],
    ["only reported RHK with evidence", "kualitatif", ["a", "b"], null],
    ["an unreported RHK without evidence", "kualitatif", [], null],
    ["a kuantitatif SKP without evidence", "kuantitatif", ["c"], null],
  ];
  for (const [name, approach, reported, field] of cases) {
    it(`${field ? "refuses" : "accepts"} ${name}`, () => {
      const run = () => assertQualitativeEvidence(approach, rhk, new Set(reported));
      if (field === null) {
        assert.doesNotThrow(run);
        return;
      }
      const v = violationOf(run);
      assert.equal(v.code, "evidence_required");
      assert.equal(v.field, field);
      assert.match(v.message, /RHK 2/);
    });
  }
});

describe("the report schemas", () => {
  const uuid = "0193a6f0-0000-7000-8000-000000000001";
  it("lets a realisation be a text up to 2000 characters (the approach decides later)", () => {
    const body = { realisations: [{ ikiId: uuid, value: "Telaahan selesai" }], actions: [], version: 1 };
    assert.equal(reportContentSchema.safeParse(body).success, true);
    const tooLong = { ...body, realisations: [{ ikiId: uuid, value: "x".repeat(2001) }] };
    assert.equal(reportContentSchema.safeParse(tooLong).success, false);
  });

  /** Issue 9 rule 10: feedback per BerAKHLAK value beside the feedback per RHK. */
  it("takes feedback per BerAKHLAK value, by its code, once per value", () => {
    const ok = feedbackInputSchema.safeParse({
      perRhk: [],
      perValue: [{ valueCode: "berorientasi_pelayanan", text: "Ramah dan cekatan melayani pemohon" }],
      version: 2,
    });
    assert.equal(ok.success, true);
    assert.deepEqual(feedbackInputSchema.parse({ perRhk: [], version: 1 }).perValue, []);
    const twice = feedbackInputSchema.safeParse({
      perRhk: [],
      perValue: [
        { valueCode: "akuntabel", text: "a" },
        { valueCode: "akuntabel", text: "b" },
      ],
      version: 1,
    });
    assert.equal(twice.success, false);
    const unknown = feedbackInputSchema.safeParse({
      perRhk: [],
      perValue: [{ valueCode: "jujur", text: "a" }],
      version: 1,
    });
    assert.equal(unknown.success, false);
  });
});
