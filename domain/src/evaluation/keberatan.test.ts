import assert from "node:assert/strict";
import { test } from "node:test";
import { KEBERATAN_DAYS, keberatanDeadline, keberatanOpen } from "./keberatan";

test("fourteen calendar days after the day of delivery", () => {
  assert.equal(KEBERATAN_DAYS, 14);
  assert.equal(keberatanDeadline("2026-04-06"), "2026-04-20");
});

test("across month and year ends, leap and common February", () => {
  assert.equal(keberatanDeadline("2026-01-25"), "2026-02-08");
  assert.equal(keberatanDeadline("2026-02-20"), "2026-03-06");
  assert.equal(keberatanDeadline("2028-02-20"), "2028-03-05");
  assert.equal(keberatanDeadline("2026-04-30"), "2026-05-14");
  assert.equal(keberatanDeadline("2026-12-28"), "2027-01-11");
});

test("an office's own window", () => {
  assert.equal(keberatanDeadline("2026-03-31", 7), "2026-04-07");
});

test("the last day counts until 23:59 WIB, delivery counted by its WIB date", () => {
  // Delivered 2026-01-10 20:00 WIB (13:00 UTC): the deadline is 2026-01-24.
  const delivered = "2026-01-10T13:00:00.000Z";
  assert.equal(keberatanOpen(delivered, new Date("2026-01-24T16:59:59.000Z")), true);
  assert.equal(keberatanOpen(delivered, new Date("2026-01-24T17:00:00.000Z")), false);
  // Delivered 2026-01-10 01:00 WIB is 2026-01-09 18:00 UTC: still the 10th in Palembang.
  assert.equal(keberatanOpen("2026-01-09T18:00:00.000Z", new Date("2026-01-24T16:00:00.000Z")), true);
});
