import assert from "node:assert/strict";
import { RuleViolation } from "./rule-violation";

/** Calls `action` and returns the RuleViolation it throws, failing the test if it throws nothing or something else. */
export function violationOf(action: () => void): RuleViolation {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof RuleViolation, `expected a RuleViolation, got ${String(error)}`);
    return error;
  }
  assert.fail("expected a RuleViolation, but nothing was thrown");
}
