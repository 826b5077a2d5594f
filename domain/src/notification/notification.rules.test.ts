import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { waitedTooLong } from "./notification.rules";
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
