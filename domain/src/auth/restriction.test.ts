import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Restriction } from "../http/contract";
import { restrictionOf } from "./restriction";

describe("restrictionOf", () => {
  const cases: [string | null, "second_factor_enrolment" | null, Restriction | null][] = [
    [null, null, null],
    ["2026-03-01T00:00:00.000Z", null, "password_change"],
    [null, "second_factor_enrolment", "second_factor_enrolment"],
    ["2026-03-01T00:00:00.000Z", "second_factor_enrolment", "password_change"],
  ];
  for (const [passwordResetAt, session, expected] of cases) {
    it(`is ${expected} with${passwordResetAt ? "" : "out"} a temporary password and session ${session}`, () => {
      assert.equal(restrictionOf({ passwordResetAt }, session), expected);
    });
  }
});
