import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatNip,
  type NiPppkParts,
  type NipErrorCode,
  type NipParts,
  normalizeNip,
  parseEmployeeNumber,
  parseNiPppk,
  parseNip,
} from "./nip";

describe("parseNip accepts valid NIP PNS and splits them into their parts", () => {
  const cases: [string, string, NipParts][] = [
    [
      "the example from Perka BKN 22/2007 in its printed form",
      "19660801 198803 1 001",
      { nip: "196608011988031001", birthDate: "1966-08-01", tmt: "1988-03", gender: "pria", serial: 1 },
    ],
    [
      "the same example typed without spaces",
      "196608011988031001",
      { nip: "196608011988031001", birthDate: "1966-08-01", tmt: "1988-03", gender: "pria", serial: 1 },
    ],
    [
      "a number typed with tabs, a line break and surrounding spaces",
      " 19660801\t198803 1\n001 ",
      { nip: "196608011988031001", birthDate: "1966-08-01", tmt: "1988-03", gender: "pria", serial: 1 },
    ],
    [
      "a woman (gender digit 2) with a two-digit serial",
      "19850214 200901 2 045",
      { nip: "198502142009012045", birthDate: "1985-02-14", tmt: "2009-01", gender: "wanita", serial: 45 },
    ],
    [
      "the highest serial, 999",
      "19781123 200312 1 999",
      { nip: "197811232003121999", birthDate: "1978-11-23", tmt: "2003-12", gender: "pria", serial: 999 },
    ],
    [
      "a birth date on 29 February of a leap year divisible by 4",
      "19960229 202104 2 003",
      { nip: "199602292021042003", birthDate: "1996-02-29", tmt: "2021-04", gender: "wanita", serial: 3 },
    ],
    [
      "a birth date on 29 February 2000, a leap year because it is divisible by 400",
      "20000229 201803 1 010",
      { nip: "200002292018031010", birthDate: "2000-02-29", tmt: "2018-03", gender: "pria", serial: 10 },
    ],
    [
      "a TMT CPNS in exactly the month of the 18th birthday",
      "19900515 200805 1 100",
      { nip: "199005152008051100", birthDate: "1990-05-15", tmt: "2008-05", gender: "pria", serial: 100 },
    ],
    [
      "a birth on the last day of December with a TMT in January 18 years and one month later",
      "19701231 198901 2 002",
      { nip: "197012311989012002", birthDate: "1970-12-31", tmt: "1989-01", gender: "wanita", serial: 2 },
    ],
    [
      "the earliest birth year accepted, 1900",
      "19000101 191801 1 001",
      { nip: "190001011918011001", birthDate: "1900-01-01", tmt: "1918-01", gender: "pria", serial: 1 },
    ],
    [
      "the last day of a 30-day month",
      "19800930 200510 1 007",
      { nip: "198009302005101007", birthDate: "1980-09-30", tmt: "2005-10", gender: "pria", serial: 7 },
    ],
    [
      "the last day of a 31-day month",
      "19800131 200510 2 008",
      { nip: "198001312005102008", birthDate: "1980-01-31", tmt: "2005-10", gender: "wanita", serial: 8 },
    ],
  ];
  for (const [what, input, expected] of cases) {
    it(`accepts ${what}`, () => {
      assert.deepEqual(parseNip(input), { ok: true, value: expected });
    });
  }
});

describe("parseNip rejects malformed NIP PNS with the code of the first broken rule", () => {
  const cases: [string, string, NipErrorCode][] = [
    ["an empty string", "", "nip_format"],
    ["only spaces", "     ", "nip_format"],
    ["17 digits", "19660801198803100", "nip_format"],
    ["19 digits", "1966080119880310011", "nip_format"],
    ["a letter among the digits", "19660801198803100A", "nip_format"],
    ["the letter O typed for a zero", "19660801 198803 1 OO1", "nip_format"],
    ["hyphens as separators", "19660801-198803-1-001", "nip_format"],
    ["dots as separators", "19660801.198803.1.001", "nip_format"],
    ["a leading plus sign", "+19660801198803100", "nip_format"],
    ["a birth month 00", "19660001 198803 1 001", "nip_birth_date"],
    ["a birth month 13", "19661301 198803 1 001", "nip_birth_date"],
    ["a birth day 00", "19660800 198803 1 001", "nip_birth_date"],
    ["a birth day 32", "19660832 198803 1 001", "nip_birth_date"],
    ["31 April", "19660431 198803 1 001", "nip_birth_date"],
    ["31 June", "19660631 198803 1 001", "nip_birth_date"],
    ["31 September", "19660931 198803 1 001", "nip_birth_date"],
    ["31 November", "19661131 198803 1 001", "nip_birth_date"],
    ["30 February of a leap year", "19960230 202104 2 003", "nip_birth_date"],
    ["29 February of a common year", "19970229 202104 2 003", "nip_birth_date"],
    ["29 February 1900, a century year that is not a leap year", "19000229 192001 1 001", "nip_birth_date"],
    ["a birth year before 1900", "18991231 192001 1 001", "nip_birth_date"],
    ["a birth year 0000", "00000101 198803 1 001", "nip_birth_date"],
    ["a TMT month 00", "19660801 198800 1 001", "nip_tmt"],
    ["a TMT month 13", "19660801 198813 1 001", "nip_tmt"],
    ["a TMT year before 1900", "19000101 189912 1 001", "nip_tmt"],
    ["a TMT one month before the 18th birthday", "19660801 198407 1 001", "nip_tmt_too_early"],
    ["a TMT in the year of the 18th birthday but before its month", "19661201 198411 1 001", "nip_tmt_too_early"],
    ["a TMT at age 17", "19660801 198308 1 001", "nip_tmt_too_early"],
    ["a TMT before the birth date", "19660801 196001 1 001", "nip_tmt_too_early"],
    ["a gender digit 0", "19660801 198803 0 001", "nip_gender"],
    ["a gender digit 3", "19660801 198803 3 001", "nip_gender"],
    ["a gender digit 9", "19660801 198803 9 001", "nip_gender"],
    ["a serial 000", "19660801 198803 1 000", "nip_serial"],
    ["an invalid TMT and an invalid gender (TMT reported first)", "19660801 198813 9 001", "nip_tmt"],
    ["a TMT too early and an invalid gender (TMT reported first)", "19660801 198001 9 001", "nip_tmt_too_early"],
    ["an invalid birth date and an invalid TMT (birth date reported first)", "19661301 198813 1 001", "nip_birth_date"],
    ["an invalid gender and serial 000 (gender reported first)", "19660801 198803 5 000", "nip_gender"],
    ["an NI PPPK, whose digits 13-14 are not a month", "200012312024211001", "nip_tmt"],
  ];
  for (const [what, input, code] of cases) {
    it(`rejects ${what} with ${code}`, () => {
      const result = parseNip(input);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.equal(result.error.code, code);
        assert.ok(result.error.message.length > 0, "the error carries a message for people");
      }
    });
  }
});

describe("parseNiPppk accepts valid NI PPPK and splits them into their parts", () => {
  const cases: [string, string, NiPppkParts][] = [
    [
      "the reference example",
      "200012312024211001",
      { nip: "200012312024211001", birthDate: "2000-12-31", tmt: "2024", frequency: 1, gender: "pria", serial: 1 },
    ],
    [
      "a second real-world example",
      "198508142025211003",
      { nip: "198508142025211003", birthDate: "1985-08-14", tmt: "2025", frequency: 1, gender: "pria", serial: 3 },
    ],
    [
      "a number typed with spaces between its parts",
      "20001231 2024 2 1 1 001",
      { nip: "200012312024211001", birthDate: "2000-12-31", tmt: "2024", frequency: 1, gender: "pria", serial: 1 },
    ],
    [
      "a woman appointed for the ninth time with serial 999",
      "199002282019292999",
      { nip: "199002282019292999", birthDate: "1990-02-28", tmt: "2019", frequency: 9, gender: "wanita", serial: 999 },
    ],
    [
      "a birth date on 29 February of a leap year",
      "199202292023222015",
      { nip: "199202292023222015", birthDate: "1992-02-29", tmt: "2023", frequency: 2, gender: "wanita", serial: 15 },
    ],
    [
      "the earliest TMT year, 2019",
      "197001012019211001",
      { nip: "197001012019211001", birthDate: "1970-01-01", tmt: "2019", frequency: 1, gender: "pria", serial: 1 },
    ],
    [
      "a TMT year equal to the birth year plus 18 (only the year is known)",
      "200712312025211001",
      { nip: "200712312025211001", birthDate: "2007-12-31", tmt: "2025", frequency: 1, gender: "pria", serial: 1 },
    ],
  ];
  for (const [what, input, expected] of cases) {
    it(`accepts ${what}`, () => {
      assert.deepEqual(parseNiPppk(input), { ok: true, value: expected });
    });
  }
});

describe("parseNiPppk rejects malformed NI PPPK with the code of the first broken rule", () => {
  const cases: [string, string, NipErrorCode][] = [
    ["an empty string", "", "nip_format"],
    ["17 digits", "20001231202421100", "nip_format"],
    ["19 digits", "2000123120242110011", "nip_format"],
    ["a letter among the digits", "20001231202421100X", "nip_format"],
    ["a birth month 13", "200013312024211001", "nip_birth_date"],
    ["30 February", "200002302024211001", "nip_birth_date"],
    ["29 February of a common year", "200102292024211001", "nip_birth_date"],
    ["29 February 1900", "190002292024211001", "nip_birth_date"],
    ["31 April", "200004312024211001", "nip_birth_date"],
    ["a birth day 00", "200012002024211001", "nip_birth_date"],
    ["a TMT year 2018, before the first PPPK appointments", "200001012018211001", "nip_tmt"],
    ["a TMT year 0000", "200001010000211001", "nip_tmt"],
    ["a TMT year before the 18th birthday year", "201001012027211001", "nip_tmt_too_early"],
    ["a TMT year before the birth year", "203001012025211001", "nip_tmt_too_early"],
    ["a PPPK code 1 in digit 13", "200012312024111001", "nip_pppk_code"],
    ["a PPPK code 0 in digit 13", "200012312024011001", "nip_pppk_code"],
    ["a frequency 0 in digit 14", "200012312024201001", "nip_pppk_code"],
    ["a gender digit 0", "200012312024210001", "nip_gender"],
    ["a gender digit 3", "200012312024213001", "nip_gender"],
    ["a serial 000", "200012312024211000", "nip_serial"],
    ["a NIP PNS, whose TMT year is before 2019", "196608011988031001", "nip_tmt"],
  ];
  for (const [what, input, code] of cases) {
    it(`rejects ${what} with ${code}`, () => {
      const result = parseNiPppk(input);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.equal(result.error.code, code);
        assert.ok(result.error.message.length > 0, "the error carries a message for people");
      }
    });
  }
});

describe("parseEmployeeNumber reads the number that goes with the employment status", () => {
  const cases: ["pns" | "pppk", string][] = [
    ["pns", "19660801 198803 1 001"],
    ["pns", "198502142009012045"],
    ["pns", "200012312024211001"],
    ["pns", "1966"],
    ["pppk", "200012312024211001"],
    ["pppk", "198508142025211003"],
    ["pppk", "196608011988031001"],
    ["pppk", "1966"],
  ];
  for (const [status, input] of cases) {
    const parser = status === "pns" ? "parseNip" : "parseNiPppk";
    it(`reads "${input}" for a ${status.toUpperCase()} exactly as ${parser} does`, () => {
      assert.deepEqual(parseEmployeeNumber(status, input), status === "pns" ? parseNip(input) : parseNiPppk(input));
    });
  }

  it("accepts a NIP PNS for a PNS and rejects it for a PPPK", () => {
    assert.equal(parseEmployeeNumber("pns", "196608011988031001").ok, true);
    assert.equal(parseEmployeeNumber("pppk", "196608011988031001").ok, false);
  });

  it("accepts an NI PPPK for a PPPK and rejects it for a PNS", () => {
    assert.equal(parseEmployeeNumber("pppk", "200012312024211001").ok, true);
    assert.equal(parseEmployeeNumber("pns", "200012312024211001").ok, false);
  });

  it("returns the frequency of an NI PPPK along with the common parts", () => {
    const result = parseEmployeeNumber("pppk", "200012312024211001");
    assert.ok(result.ok);
    assert.equal((result.value as NiPppkParts).frequency, 1);
  });
});

describe("normalizeNip removes every kind of whitespace and nothing else", () => {
  const cases: [string, string][] = [
    ["19660801 198803 1 001", "196608011988031001"],
    ["196608011988031001", "196608011988031001"],
    ["  19660801  198803  1  001  ", "196608011988031001"],
    ["19660801\t198803\n1\r\n001", "196608011988031001"],
    ["19660801\u00a0198803\u00a01\u00a0001", "196608011988031001"],
    ["19660801-198803-1-001", "19660801-198803-1-001"],
    ["", ""],
    ["   ", ""],
  ];
  for (const [input, expected] of cases) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => {
      assert.equal(normalizeNip(input), expected);
    });
  }
});

describe("formatNip prints an 18-digit number as YYYYMMDD YYYYMM G NNN and leaves anything else as typed", () => {
  const cases: [string, string][] = [
    ["196608011988031001", "19660801 198803 1 001"],
    ["19660801 198803 1 001", "19660801 198803 1 001"],
    ["1966 0801 1988 0310 01", "19660801 198803 1 001"],
    [" 196608011988031001\n", "19660801 198803 1 001"],
    ["200012312024211001", "20001231 202421 1 001"],
    ["12345", "12345"],
    ["1966080119880310011", "1966080119880310011"],
    ["19660801-198803-1-001", "19660801-198803-1-001"],
    ["1966 0801 abc", "1966 0801 abc"],
    ["", ""],
  ];
  for (const [input, expected] of cases) {
    it(`prints ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => {
      assert.equal(formatNip(input), expected);
    });
  }

  it("formats any valid NIP so that parsing the printed form gives back the same parts", () => {
    const nip = "198502142009012045";
    assert.deepEqual(parseNip(formatNip(nip)), parseNip(nip));
  });
});
