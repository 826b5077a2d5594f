import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Role } from "./roles";
import {
  formatRecoveryCode,
  isFreshTotpStep,
  normaliseRecoveryCode,
  recoveryCodeAlphabet,
  secondFactorRequired,
} from "./two-factor.rules";
import { totpCodeSchema } from "./two-factor.schema";

describe("secondFactorRequired: super admin and pengelola kinerja, in production only", () => {
  const cases: [Role[], "demo" | "production", boolean][] = [
    [["pegawai"], "production", false],
    [["auditor"], "production", false],
    [["pegawai", "auditor"], "production", false],
    [["pengelola_kinerja"], "production", true],
    [["pegawai", "pengelola_kinerja"], "production", true],
    [["super_admin"], "production", true],
    [["auditor", "super_admin"], "production", true],
    [[], "production", false],
    [["pegawai"], "demo", false],
    [["pengelola_kinerja"], "demo", false],
    [["super_admin"], "demo", false],
  ];
  for (const [roles, mode, required] of cases) {
    it(`${roles.join("+") || "no role"} in ${mode}: ${required ? "required" : "optional"}`, () => {
      assert.equal(secondFactorRequired(roles, mode), required);
    });
  }
});

describe("isFreshTotpStep: a code's time step is used once", () => {
  const cases: [number, number | null, boolean][] = [
    [59_000_000, null, true],
    [59_000_001, 59_000_000, true],
    [59_000_000, 59_000_000, false],
    [58_999_999, 59_000_000, false],
  ];
  for (const [step, last, fresh] of cases) {
    it(`step ${step} after ${last}: ${fresh ? "accepted" : "refused"}`, () => {
      assert.equal(isFreshTotpStep(step, last), fresh);
    });
  }
});

describe("recovery codes", () => {
  it("are printed in four groups of four", () => {
    assert.equal(formatRecoveryCode("abcdefghjkmnpqrs"), "abcd-efgh-jkmn-pqrs");
  });

  const typed: [string, string][] = [
    ["abcd-efgh-jkmn-pqrs", "abcdefghjkmnpqrs"],
    ["ABCD-EFGH-JKMN-PQRS", "abcdefghjkmnpqrs"],
    [" abcd efgh jkmn pqrs ", "abcdefghjkmnpqrs"],
    ["abcd--efgh - jkmn-pqrs", "abcdefghjkmnpqrs"],
  ];
  for (const [input, normal] of typed) {
    it(`"${input}" is compared as ${normal}`, () => {
      assert.equal(normaliseRecoveryCode(input), normal);
    });
  }

  it("use no characters that are confused on paper", () => {
    for (const ambiguous of ["0", "o", "1", "l", "i"]) {
      assert.equal(recoveryCodeAlphabet.includes(ambiguous), false, ambiguous);
    }
    assert.equal(new Set(recoveryCodeAlphabet).size, recoveryCodeAlphabet.length);
  });
});

describe("totpCodeSchema", () => {
  const accepted: [string, string][] = [
    ["123456", "123456"],
    [" 123456 ", "123456"],
    ["123 456", "123456"],
  ];
  for (const [input, code] of accepted) {
    it(`accepts "${input}" as ${code}`, () => {
      assert.equal(totpCodeSchema.parse(input), code);
    });
  }
  for (const input of ["", "12345", "1234567", "12345a", "abcdef"]) {
    it(`refuses "${input}"`, () => {
      assert.equal(totpCodeSchema.safeParse(input).success, false);
    });
  }
});
