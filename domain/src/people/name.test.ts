import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { displayName, maskedName } from "./name";

describe("maskedName keeps only the initial of each word of the name", () => {
  const cases: [string, string, string][] = [
    ["the example of issue 8: a back title after a comma", "Ahmad Fauzi, S.Kom.", "A*** F***"],
    ["several back titles", "Hj. Siti Aminah, S.E., M.M.", "S*** A***"],
    ["several front titles", "Dr. Ir. H. Budi Santoso, M.Si.", "B*** S***"],
    ["a Palembang title without a dot stays a word", "Nyimas Ratna Dewi", "N*** R*** D***"],
    ["a front title made of initials", "R.A. Sri Lestari", "S*** L***"],
    ["a back title typed without a comma", "Ahmad Fauzi S.Kom", "A*** F***"],
    ["an abbreviated first name is left out like a title", "M. Rizki Pratama", "R*** P***"],
    ["one word", "Sukarno", "S***"],
    ["lower case and extra spaces", "  ahmad   fauzi ", "A*** F***"],
    ["an apostrophe inside a word", "Nur'aini Putri", "N*** P***"],
    ["a hyphenated name is one word", "Abdul-Rahman Syah", "A*** S***"],
    ["a leading apostrophe is skipped for the initial", "'Aisyah Zahra", "A*** Z***"],
    ["a letter with a diacritic", "Çakra Éka", "Ç*** É***"],
    ["a word without letters is dropped", "Budi - Santoso", "B*** S***"],
    ["only abbreviations: their initials", "M. A.", "M*** A***"],
    ["nothing to show", "", "***"],
    ["only a back title", ", S.Kom.", "***"],
  ];
  for (const [label, printed, expected] of cases) {
    it(label, () => assert.equal(maskedName(printed), expected));
  }

  it("masks the name exactly as displayName prints it", () => {
    assert.equal(maskedName(displayName("Hj.", "Siti Aminah", "S.E., M.M.")), "S*** A***");
    assert.equal(maskedName(displayName(null, "Ahmad Fauzi", null)), "A*** F***");
  });

  it("does not reveal the length of a word", () => {
    assert.equal(maskedName("Al Bartholomeus"), "A*** B***");
  });
});
