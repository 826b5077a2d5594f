import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  coachingFeedbackGroups,
  coachingFeedbackInputSchema,
  coachingFeedbackStatements,
  competencyEvaluationInputSchema,
  likertLabels,
} from "./coaching.schema";

/** Format B.1.8 as REGULATIONS.md §6.6 gives it (PermenPANRB 6/2022 lampiran): three groups of three statements. */
const b18: [string, string[]][] = [
  [
    "Tentang pegawai",
    [
      "Saya merasa diperhatikan dan dipahami",
      "Saya merasa tindakan/langkah yang telah saya lakukan dihargai",
      "Saya merasa dapat dengan bebas mengemukakan pendapat/pemikiran saya",
    ],
  ],
  [
    "Tentang pimpinan/pihak lain yang diberikan penugasan khusus",
    [
      "Saya merasa bahwa pandangan yang diberikan berdasarkan data/fakta yang akurat",
      "Saya merasa bahwa pandangan/pendapat yang diberikan kepada saya bersifat positif",
      "Lebih banyak menggunakan metode bertanya dibandingkan menggurui",
    ],
  ],
  [
    "Tentang pegawai dan pimpinan/pihak lain yang diberikan penugasan khusus",
    [
      "Saya merasa dibantu dalam mencari solusi dan aksi tindak lanjut",
      "Saya tahu apa yang harus saya lakukan setelah mengikuti kegiatan bimbingan kinerja ini",
      "Saya memahami maksud dan tujuan kegiatan bimbingan kinerja ini",
    ],
  ],
];

describe("the nine B.1.8 statements", () => {
  it("are nine, in three groups of three, in the order of the form", () => {
    assert.equal(coachingFeedbackStatements.length, 9);
    assert.deepEqual(
      coachingFeedbackStatements.map((s) => s.group),
      b18.flatMap(([group, texts]) => texts.map(() => group)),
    );
  });

  b18.forEach(([group, texts], g) => {
    texts.forEach((text, i) => {
      const number = g * 3 + i + 1;
      it(`has statement ${number} in "${group}" with the wording of the form`, () => {
        const statement = coachingFeedbackStatements[number - 1];
        assert.ok(statement, `statement ${number} is missing`);
        assert.equal(statement.group, group);
        // Word for word: issue 9 rule 14 found "Saya merasa bahwa" dropped from 4-5 and the third heading cut.
        assert.equal(statement.text, text);
        assert.equal(statement.no, number, "answers are keyed by the statement's number");
      });
    });
  });

  it("lists the three headings of the form in order", () => {
    assert.deepEqual(
      [...coachingFeedbackGroups],
      b18.map(([group]) => group),
    );
  });

  it("labels the five answers from sangat tidak setuju to sangat setuju", () => {
    assert.deepEqual(
      [...likertLabels],
      ["Sangat tidak setuju", "Tidak setuju", "Ragu-ragu", "Setuju", "Sangat setuju"],
    );
  });
});

describe("coachingFeedbackInputSchema", () => {
  const nine = (value: number) => Array.from({ length: 9 }, () => value);
  const cases: [string, unknown, boolean][] = [
    ["nine answers of 1", { answers: nine(1) }, true],
    ["nine answers of 5 with a comment", { answers: nine(5), comment: "Sangat membantu." }, true],
    ["nine mixed answers", { answers: [1, 2, 3, 4, 5, 4, 3, 2, 1] }, true],
    ["eight answers", { answers: nine(3).slice(0, 8) }, false],
    ["ten answers", { answers: [...nine(3), 3] }, false],
    ["no answers", { answers: [] }, false],
    ["a missing answers list", {}, false],
    ["an answer of 0", { answers: [0, 3, 3, 3, 3, 3, 3, 3, 3] }, false],
    ["an answer of 6", { answers: [3, 3, 3, 3, 3, 3, 3, 3, 6] }, false],
    ["an answer of 2.5", { answers: [3, 3, 3, 2.5, 3, 3, 3, 3, 3] }, false],
    ["an answer given as text", { answers: ["3", 3, 3, 3, 3, 3, 3, 3, 3] }, false],
    ["an empty answer", { answers: [null, 3, 3, 3, 3, 3, 3, 3, 3] }, false],
    ["a comment over 2000 characters", { answers: nine(4), comment: "a".repeat(2001) }, false],
    ["an unknown field", { answers: nine(4), signedAt: "2026-01-01" }, false],
  ];
  for (const [name, input, ok] of cases) {
    it(`${ok ? "accepts" : "rejects"} ${name}`, () => {
      assert.equal(coachingFeedbackInputSchema.safeParse(input).success, ok);
    });
  }

  it("requires one answer per statement", () => {
    const result = coachingFeedbackInputSchema.safeParse({ answers: [4, 4] });
    assert.equal(result.success, false);
    assert.equal(result.error?.issues[0]?.message, "Jawab kesembilan pernyataan");
  });

  it("defaults the comment to empty and trims it", () => {
    assert.deepEqual(coachingFeedbackInputSchema.parse({ answers: nine(4) }), { answers: nine(4), comment: "" });
    assert.equal(coachingFeedbackInputSchema.parse({ answers: nine(4), comment: "  Baik. " }).comment, "Baik.");
  });
});

describe("competencyEvaluationInputSchema", () => {
  const row = (score: unknown, competency = "Kerja sama", reason = "Aktif dalam rapat koordinasi") => ({
    competency,
    score,
    reason,
  });
  const cases: [string, unknown, boolean][] = [
    ["one row with score 1", { rows: [row(1)] }, true],
    ["one row with score 5", { rows: [row(5)] }, true],
    ["twenty rows", { rows: Array.from({ length: 20 }, () => row(3)) }, true],
    ["a score of 0", { rows: [row(0)] }, false],
    ["a score of 6", { rows: [row(6)] }, false],
    ["a score of 3.5", { rows: [row(3.5)] }, false],
    ["a score given as text", { rows: [row("4")] }, false],
    ["a missing score", { rows: [{ competency: "Kerja sama", reason: "Aktif" }] }, false],
    ["no rows", { rows: [] }, false],
    ["a missing rows list", {}, false],
    ["twenty-one rows", { rows: Array.from({ length: 21 }, () => row(3)) }, false],
    ["a row with an empty competency", { rows: [row(4, "")] }, false],
    ["a row with a blank competency", { rows: [row(4, "   ")] }, false],
    ["a row with an empty reason", { rows: [row(4, "Kerja sama", "")] }, false],
    ["an empty row", { rows: [{}] }, false],
    ["a competency over 200 characters", { rows: [row(4, "a".repeat(201))] }, false],
    ["a reason over 1000 characters", { rows: [row(4, "Kerja sama", "a".repeat(1001))] }, false],
    ["an unknown field in a row", { rows: [{ ...row(4), weight: 2 }] }, false],
  ];
  for (const [name, input, ok] of cases) {
    it(`${ok ? "accepts" : "rejects"} ${name}`, () => {
      assert.equal(competencyEvaluationInputSchema.safeParse(input).success, ok);
    });
  }

  it("names the 1-5 scale when a score is out of range", () => {
    const result = competencyEvaluationInputSchema.safeParse({ rows: [row(6)] });
    assert.equal(result.error?.issues[0]?.message, "Nilai skala 1-5");
    assert.deepEqual(result.error?.issues[0]?.path, ["rows", 0, "score"]);
  });
});
