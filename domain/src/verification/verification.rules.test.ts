import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verificationApi } from "./verification.contract";
import {
  formatVerificationCode,
  issuingOffice,
  isVerificationCode,
  normalizeVerificationCode,
  VERIFICATION_ALPHABET,
  VERIFICATION_CODE_LENGTH,
} from "./verification.rules";

describe("verification codes", () => {
  it("carry at least 80 bits", () => {
    assert.equal(VERIFICATION_ALPHABET.length, 32);
    assert.equal(new Set(VERIFICATION_ALPHABET).size, 32);
    assert.ok(Math.log2(VERIFICATION_ALPHABET.length) * VERIFICATION_CODE_LENGTH >= 80);
  });

  it("leave out the symbols that are confused on paper", () => {
    for (const symbol of ["0", "O", "1", "I"]) {
      assert.ok(!VERIFICATION_ALPHABET.includes(symbol), symbol);
    }
  });

  const normalised: [string, string, string][] = [
    ["as printed, in groups", "ABCD-EFGH-JKLM-NPQR", "ABCDEFGHJKLMNPQR"],
    ["typed in lower case with spaces", " abcd efgh jklm npqr ", "ABCDEFGHJKLMNPQR"],
    ["an older eight-symbol code", "7kq2m9xd", "7KQ2M9XD"],
    ["doubled separators", "ABCD--EFGH  JKLM-NPQR", "ABCDEFGHJKLMNPQR"],
  ];
  for (const [label, raw, expected] of normalised) {
    it(`normalises a code ${label}`, () => assert.equal(normalizeVerificationCode(raw), expected));
  }

  const plausible: [string, string, boolean][] = [
    ["a current code", "ABCDEFGHJKLMNPQR", true],
    ["an older eight-symbol code", "7KQ2M9XD", true],
    ["an older code of six", "ABC234", true],
    ["an older code of twelve", "ABCDEFGH2345", true],
    ["too short", "ABC23", false],
    ["thirteen symbols", "ABCDEFGH23456", false],
    ["sixteen with a symbol outside the alphabet", "ABCDEFGHJKLMNPQ0", false],
    ["seventeen", "ABCDEFGHJKLMNPQRS", false],
    ["lower case (not normalised)", "abcdefgh", false],
    ["punctuation", "ABCD/EFGH", false],
  ];
  for (const [label, code, expected] of plausible) {
    it(`${expected ? "accepts" : "refuses"} ${label}`, () => assert.equal(isVerificationCode(code), expected));
  }

  it("prints a current code in four groups of four and an older code unchanged", () => {
    assert.equal(formatVerificationCode("ABCDEFGHJKLMNPQR"), "ABCD-EFGH-JKLM-NPQR");
    assert.equal(formatVerificationCode("7KQ2M9XD"), "7KQ2M9XD");
  });

  it("is accepted by the contract as printed and handed on in its stored form", () => {
    const parsed = verificationApi.get.params.safeParse({ code: "abcd-efgh-jklm-npqr" });
    assert.ok(parsed.success);
    assert.equal(parsed.data.code, "ABCDEFGHJKLMNPQR");
    assert.equal(verificationApi.get.params.safeParse({ code: "abc" }).success, false);
    assert.equal(verificationApi.get.params.safeParse({ code: "x".repeat(41) }).success, false);
  });
});

describe("issuingOffice names the organisation and the government above it", () => {
  const cases: [string, Parameters<typeof issuingOffice>[0], string | null][] = [
    [
      "a seksi of the kecamatan",
      [
        { name: "Seksi Pelayanan Umum", kind: "seksi" },
        { name: "Kecamatan Plaju", kind: "kecamatan" },
        { name: "Pemerintah Kota Palembang", kind: "pemerintah_daerah" },
      ],
      "Kecamatan Plaju, Pemerintah Kota Palembang",
    ],
    [
      "a kelurahan belongs to its kecamatan",
      [
        { name: "Kelurahan Talang Putri", kind: "kelurahan" },
        { name: "Kecamatan Plaju", kind: "kecamatan" },
        { name: "Pemerintah Kota Palembang", kind: "pemerintah_daerah" },
      ],
      "Kecamatan Plaju, Pemerintah Kota Palembang",
    ],
    [
      "the kecamatan itself (the camat)",
      [
        { name: "Kecamatan Plaju", kind: "kecamatan" },
        { name: "Pemerintah Kota Palembang", kind: "pemerintah_daerah" },
      ],
      "Kecamatan Plaju, Pemerintah Kota Palembang",
    ],
    [
      "a perangkat daerah",
      [
        { name: "Sekretariat Daerah Kota Palembang", kind: "perangkat_daerah" },
        { name: "Pemerintah Kota Palembang", kind: "pemerintah_daerah" },
      ],
      "Sekretariat Daerah Kota Palembang, Pemerintah Kota Palembang",
    ],
    [
      "an organisation without a government above it",
      [{ name: "Kecamatan Plaju", kind: "kecamatan" }],
      "Kecamatan Plaju",
    ],
    [
      "no organisation: the top of the chart",
      [
        { name: "Seksi Pelayanan Umum", kind: "seksi" },
        { name: "Sekretariat Kecamatan", kind: "sekretariat" },
      ],
      "Sekretariat Kecamatan",
    ],
    ["no units", [], null],
  ];
  for (const [label, path, expected] of cases) {
    it(label, () => assert.equal(issuingOffice(path), expected));
  }
});
