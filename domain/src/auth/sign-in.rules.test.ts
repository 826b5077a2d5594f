import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  addressKey,
  decideSignIn,
  defaultSignInPolicy,
  delayAfter,
  lockChangesAfterFailure,
  normaliseIdentifier,
  type SignInHistory,
  type SignInPolicy,
} from "./sign-in.rules";

const policy: SignInPolicy = {
  freeFailures: 3,
  baseDelaySeconds: 1,
  maxDelaySeconds: 60,
  failureMemoryMinutes: 24 * 60,
  addressMaxFailures: 4,
  addressWindowMinutes: 15,
};
const now = new Date("2026-03-16T03:00:00.000Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
const history = (over: Partial<SignInHistory> = {}): SignInHistory => ({
  pairFailures: 0,
  lastPairFailureAt: null,
  recentAddressFailures: [],
  ...over,
});

describe("delayAfter: no wait for the first few failures, then 1 s doubling up to the cap", () => {
  const cases: [number, number][] = [
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 1],
    [4, 2],
    [5, 4],
    [6, 8],
    [7, 16],
    [8, 32],
    [9, 60],
    [10, 60],
    [500, 60],
  ];
  for (const [failures, seconds] of cases) {
    it(`after ${failures} failures waits ${seconds} s`, () => {
      assert.equal(delayAfter(failures, policy), seconds);
    });
  }

  it("with the default policy: five free failures, then 1 s … 512 s, capped at 15 minutes", () => {
    assert.equal(delayAfter(4, defaultSignInPolicy), 0);
    assert.equal(delayAfter(5, defaultSignInPolicy), 1);
    assert.equal(delayAfter(14, defaultSignInPolicy), 512);
    assert.equal(delayAfter(15, defaultSignInPolicy), 900);
    assert.equal(delayAfter(10_000, defaultSignInPolicy), 900);
  });
});

describe("decideSignIn", () => {
  const cases: [string, SignInHistory, ReturnType<typeof decideSignIn>][] = [
    ["a clean address on a clean account", history(), { allowed: true }],
    [
      "an address with failures below the free count, just after the last one",
      history({ pairFailures: 2, lastPairFailureAt: ago(0) }),
      { allowed: true },
    ],
    [
      "the first delayed attempt, too early",
      history({ pairFailures: 3, lastPairFailureAt: ago(0.2) }),
      { allowed: false, reason: "account_delay", retryAfterSeconds: 1 },
    ],
    [
      "the first delayed attempt, after its second",
      history({ pairFailures: 3, lastPairFailureAt: ago(1) }),
      { allowed: true },
    ],
    [
      "after six failures it must wait 8 s; 3 s have passed",
      history({ pairFailures: 6, lastPairFailureAt: ago(3) }),
      { allowed: false, reason: "account_delay", retryAfterSeconds: 5 },
    ],
    [
      "at the cap it waits the cap, rounded up to whole seconds",
      history({ pairFailures: 40, lastPairFailureAt: ago(0.5) }),
      { allowed: false, reason: "account_delay", retryAfterSeconds: 60 },
    ],
    [
      "at the cap, once the cap has passed",
      history({ pairFailures: 40, lastPairFailureAt: ago(60) }),
      { allowed: true },
    ],
    [
      "an address below its failure limit",
      history({ recentAddressFailures: [ago(1), ago(2), ago(3)] }),
      { allowed: true },
    ],
    [
      "an address at its limit waits until its oldest counted failure leaves the window",
      history({ recentAddressFailures: [ago(1), ago(2), ago(3), ago(600)] }),
      { allowed: false, reason: "address_limit", retryAfterSeconds: 300 },
    ],
    [
      "an address at its limit whose oldest counted failure has left the window",
      history({ recentAddressFailures: [ago(1), ago(2), ago(3), ago(900)] }),
      { allowed: true },
    ],
    [
      "the address limit comes first when both apply",
      history({ pairFailures: 9, lastPairFailureAt: ago(1), recentAddressFailures: [ago(1), ago(2), ago(3), ago(4)] }),
      { allowed: false, reason: "address_limit", retryAfterSeconds: 896 },
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.deepEqual(decideSignIn(input, policy, now), expected);
    });
  }

  it("never slows an address that has not failed on the account, however often others failed", () => {
    // The owner signing in from the office: no failures of their own, the attacker's live on other pairs.
    assert.deepEqual(decideSignIn(history({ pairFailures: 0 }), policy, now), { allowed: true });
  });
});

describe("lockChangesAfterFailure: one audit event per state change, not per failure", () => {
  const cases: [string, SignInHistory, { pairDelayed: boolean; addressLimited: boolean }][] = [
    ["the first failure", history(), { pairDelayed: false, addressLimited: false }],
    [
      "the failure that starts the pair's delays",
      history({ pairFailures: 2, recentAddressFailures: [ago(1), ago(2)] }),
      { pairDelayed: true, addressLimited: false },
    ],
    [
      "a failure while already delayed",
      history({ pairFailures: 3, recentAddressFailures: [ago(1)] }),
      { pairDelayed: false, addressLimited: false },
    ],
    [
      "the failure that reaches the address limit",
      history({ pairFailures: 0, recentAddressFailures: [ago(1), ago(2), ago(3)] }),
      { pairDelayed: false, addressLimited: true },
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.deepEqual(lockChangesAfterFailure(input, policy), expected);
    });
  }
});

describe("normaliseIdentifier: one key for every way of typing the same name or NIP", () => {
  const cases: [string, string][] = [
    ["19810110 200912 1 009", "198101102009121009"],
    ["198101102009121009", "198101102009121009"],
    [" 19810110\t2009121009 ", "198101102009121009"],
    ["Budi.S", "budi.s"],
    ["  BUDI.S  ", "budi.s"],
    ["budi .s", "budi.s"],
  ];
  for (const [typed, key] of cases) {
    it(`"${typed}" → ${key}`, () => {
      assert.equal(normaliseIdentifier(typed), key);
    });
  }
});

describe("addressKey: IPv4 as is, IPv6 by its /64", () => {
  const cases: [string, string][] = [
    ["10.1.2.3", "10.1.2.3"],
    ["::ffff:10.1.2.3", "10.1.2.3"],
    ["::FFFF:203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::99", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["not-an-address", "not-an-address"],
    ["1:2:3", "1:2:3"],
  ];
  for (const [ip, key] of cases) {
    it(`${ip} → ${key}`, () => {
      assert.equal(addressKey(ip), key);
    });
  }
});
