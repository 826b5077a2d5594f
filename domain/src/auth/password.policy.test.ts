import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultPasswordPolicy, type PasswordProblem, passwordProblemsOf, personalWords } from "./password.policy";

const owner = { username: "budi.santoso", nip: "198101102009121009", name: "Ratnasari Wulandari" };
const common = new Set(["password12", "qwerty123456", "nick1234-rem936"]);
const isCommon = (password: string) => common.has(password);

/** Each case: the candidate and every problem the default policy (12, four classes) finds in it. */
const cases: [string, PasswordProblem[]][] = [
  ["Sungai#Musi-2026", []],
  ["1234567890", ["too_short", "missing_upper", "missing_lower", "missing_symbol"]],
  ["aaaaaaaaaa", ["too_short", "missing_upper", "missing_digit", "missing_symbol", "too_repetitive"]],
  ["password12", ["too_short", "missing_upper", "missing_symbol", "common_password"]],
  ["Sungaimusi2026", ["missing_symbol"]],
  ["SUNGAI#MUSI-2026", ["missing_lower"]],
  ["sungai#musi-2026", ["missing_upper"]],
  ["Sungai#Musi-dua", ["missing_digit"]],
  ["Aa1!Aa1!Aa1!", ["too_repetitive"]],
  ["198101102009121009", ["missing_upper", "missing_lower", "missing_symbol", "contains_personal_data"]],
  ["X#198101102009121009y", ["contains_personal_data"]],
  ["Ratnasari#2026x", ["contains_personal_data"]],
  ["Sungai#WULANDARI-1", ["contains_personal_data"]],
  ["Budi.Santoso#2026", ["contains_personal_data"]],
  ["Santoso!Kuat2026", ["contains_personal_data"]],
  ["Nick1234-Rem936", ["common_password"]],
  ["Śląsk#Ęmu-2026x", []],
  [`Aa1!${"abcdefghij".repeat(20)}`, ["too_long"]],
];

describe("passwordProblemsOf under the default policy", () => {
  for (const [password, problems] of cases) {
    it(`finds ${problems.length ? problems.join(", ") : "nothing"} in ${password.slice(0, 24)}`, () => {
      assert.deepEqual(passwordProblemsOf(password, defaultPasswordPolicy, owner, isCommon), problems);
    });
  }

  it("leaves the common-password check out when no list is passed (the web's live feedback)", () => {
    assert.deepEqual(passwordProblemsOf("Nick1234-Rem936", defaultPasswordPolicy, owner), []);
  });

  it("counts characters, not UTF-16 units, for the length", () => {
    assert.deepEqual(passwordProblemsOf("Śląsk#Ęmu-26", defaultPasswordPolicy), []);
  });
});

describe("passwordProblemsOf under an office's own policy", () => {
  const relaxed = { minLength: 10, requireClasses: false };
  const cases: [string, PasswordProblem[]][] = [
    ["kopi susu pagi", []],
    ["kopisusu", ["too_short"]],
    ["qwerty123456", ["common_password"]],
    ["aaaaaaaaaaaa", ["too_repetitive"]],
  ];
  for (const [password, problems] of cases) {
    it(`finds ${problems.length ? problems.join(", ") : "nothing"} in ${password}`, () => {
      assert.deepEqual(passwordProblemsOf(password, relaxed, owner, isCommon), problems);
    });
  }
});

describe("personalWords", () => {
  it("takes the whole username, NIP and name and each word of at least three characters", () => {
    assert.deepEqual(personalWords({ username: "admin.kec", nip: null, name: "M. Ali bin Hj Umar" }), [
      "admin.kec",
      "m.alibinhjumar",
      "admin",
      "kec",
      "ali",
      "bin",
      "umar",
    ]);
  });
});
