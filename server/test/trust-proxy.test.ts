import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig, parseTrustProxy } from "../src/config";

describe("TRUST_PROXY: which proxies may say who the client is", () => {
  const accepted: [string | undefined, ReturnType<typeof parseTrustProxy>][] = [
    [undefined, false],
    ["", false],
    ["  ", false],
    ["false", false],
    ["1", 1],
    ["2", 2],
    ["10.0.0.1", ["10.0.0.1"]],
    ["10.0.0.1, 10.0.0.2", ["10.0.0.1", "10.0.0.2"]],
    ["10.0.0.0/8,192.168.1.0/24", ["10.0.0.0/8", "192.168.1.0/24"]],
    ["::1,fd00::/8", ["::1", "fd00::/8"]],
    ["loopback, uniquelocal", ["loopback", "uniquelocal"]],
  ];
  for (const [value, expected] of accepted) {
    it(`${JSON.stringify(value)} → ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(parseTrustProxy(value), expected);
    });
  }

  const refused = ["true", "0", "11", "10.0.0.1,", "proxy.example", "10.0.0.0/33", "fd00::/129", "10.0.0.1/8/8"];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)} at start`, () => {
      assert.throws(() => parseTrustProxy(value), /TRUST_PROXY/);
    });
  }

  it("is off by default, and the sign-in limits come from the environment", () => {
    const config = loadConfig({
      LOGIN_MAX_FAILURES: "3",
      LOGIN_MAX_DELAY_SECONDS: "600",
      LOGIN_ADDRESS_MAX_FAILURES: "500",
      LOGIN_WINDOW_MINUTES: "30",
    });
    assert.equal(config.trustProxy, false);
    assert.equal(config.loginLimit.freeFailures, 3);
    assert.equal(config.loginLimit.maxDelaySeconds, 600);
    assert.equal(config.loginLimit.addressMaxFailures, 500);
    assert.equal(config.loginLimit.addressWindowMinutes, 30);
    assert.equal(loadConfig({}).loginLimit.addressMaxFailures, 200);
  });
});
