import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupByDay, waitedTooLong } from "./notification.rules";
import { emailChoiceKinds, isEmailOptional, notificationKindSchema } from "./notification.schema";

describe("waitedTooLong", () => {
  const submitted = "2026-03-02T03:00:00.000Z";
  it("is false before five full days", () => {
    assert.equal(waitedTooLong(submitted, new Date("2026-03-07T02:59:59.999Z")), false);
  });
  it("is true at five days exactly and after", () => {
    assert.equal(waitedTooLong(submitted, new Date("2026-03-07T03:00:00.000Z")), true);
    assert.equal(waitedTooLong(submitted, new Date("2026-04-01T00:00:00.000Z")), true);
  });
});

describe("e-mail choice", () => {
  it("offers every workflow kind, once", () => {
    assert.equal(new Set(emailChoiceKinds).size, emailChoiceKinds.length);
    for (const kind of emailChoiceKinds) {
      assert.ok(notificationKindSchema.options.includes(kind));
    }
  });
  it("always e-mails account notices and no longer offers the retired acknowledgement reminder", () => {
    for (const kind of notificationKindSchema.options) {
      const always = kind.startsWith("account_") || kind === "second_factor_reset" || kind === "feedback_awaiting_ack";
      assert.equal(isEmailOptional(kind), !always, kind);
    }
  });
});

describe("groupByDay", () => {
  const at = (createdAt: string, id = createdAt) => ({
    id,
    kind: "skp_submitted" as const,
    title: id,
    body: "",
    link: "/skp",
    createdAt,
    readAt: null,
  });
  it("groups by the WIB day: today, yesterday, then each earlier date", () => {
    // 7 December 2026, 08.00 WIB.
    const now = new Date("2026-12-07T01:00:00.000Z");
    const groups = groupByDay(
      [
        at("2026-12-06T17:30:00.000Z"), // 00.30 WIB on the 7th: today, though the UTC date is the 6th
        at("2026-12-06T16:59:00.000Z"), // 23.59 WIB on the 6th
        at("2026-12-06T01:00:00.000Z"),
        at("2026-11-30T05:00:00.000Z"),
      ],
      now,
    );
    assert.deepEqual(
      groups.map((g) => [g.day, g.when, g.items.length]),
      [
        ["2026-12-07", "today", 1],
        ["2026-12-06", "yesterday", 2],
        ["2026-11-30", "earlier", 1],
      ],
    );
  });
  it("gives nothing for nothing", () => {
    assert.deepEqual(groupByDay([], new Date()), []);
  });
});
