import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError } from "../assertions";
import { codeStep, enrol, nextCode, passwordStep, sessionClient, totpAt } from "../given-two-factor";
import { createTestApp, json, type TestApp } from "../test-app";

// Issue 8, "Two-factor sign-in": someone who knows the password still cannot get in, or guess their way in.
const PASSWORD = "kata-sandi-yang-benar";
const ATTACKER = { remoteAddress: "198.51.100.7" };
const OWNER = { remoteAddress: "10.20.30.40" };
const wrongCode = (right: string) => String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");

describe("attack: a stolen password against the second factor", () => {
  let t: TestApp;
  let secret: string;
  let ownerId: string;
  beforeEach(async () => {
    t = await createTestApp();
    const owner = await t.given.user({ username: "pak.camat", password: PASSWORD });
    ownerId = owner.userId;
    ({ secret } = await enrol(t, await t.as(owner)));
  });
  afterEach(() => t.close());

  it("ends a challenge after five wrong codes: even the right code is then refused", async () => {
    const sessionsBefore = await t.db.selectFrom("session").select("id").execute();
    const { challenge } = await passwordStep(t, "pak.camat", PASSWORD, ATTACKER);
    for (let i = 0; i < 5; i++) {
      const res = await codeStep(t, challenge, { method: "totp", code: `00000${i}` }, ATTACKER);
      assertError(res, 401, "invalid_second_factor_code");
    }
    const right = await codeStep(t, challenge, { method: "totp", code: nextCode(t, secret) }, ATTACKER);
    assertError(right, 401, "second_factor_challenge_expired");
    assert.deepEqual(await t.db.selectFrom("session").select("id").execute(), sessionsBefore);
  });

  it("does not reset the count of wrong codes when the password is entered again", async () => {
    let refusedAt = -1;
    for (let round = 0; round < 4 && refusedAt < 0; round++) {
      const { res, challenge } = await passwordStep(t, "pak.camat", PASSWORD, ATTACKER);
      if (res.statusCode === 429) {
        refusedAt = round;
        break;
      }
      const code = await codeStep(
        t,
        challenge,
        { method: "totp", code: wrongCode(totpAt(secret, t.clock.now)) },
        ATTACKER,
      );
      assertError(code, 401, "invalid_second_factor_code");
      await codeStep(t, challenge, { method: "totp", code: wrongCode(totpAt(secret, t.clock.now)) }, ATTACKER);
    }
    assert.equal(refusedAt, 3, "six wrong codes in three rounds: the fourth password step waits");
    const owner = await passwordStep(t, "pak.camat", PASSWORD, OWNER);
    const ok = await codeStep(t, owner.challenge, { method: "totp", code: nextCode(t, secret) }, OWNER);
    assert.equal(ok.statusCode, 200, "the owner, from an address that has not failed, still gets in");
  });

  it("refuses a code from the step the owner just used, on the attacker's own challenge", async () => {
    const code = nextCode(t, secret);
    const owner = await passwordStep(t, "pak.camat", PASSWORD, OWNER);
    assert.equal((await codeStep(t, owner.challenge, { method: "totp", code }, OWNER)).statusCode, 200);
    const attacker = await passwordStep(t, "pak.camat", PASSWORD, ATTACKER);
    assertError(
      await codeStep(t, attacker.challenge, { method: "totp", code }, ATTACKER),
      401,
      "invalid_second_factor_code",
    );
  });

  it("binds the challenge to its account: another account's code does not complete it", async () => {
    const other = await t.given.user({ username: "penyusup", password: PASSWORD });
    const { secret: otherSecret } = await enrol(t, await t.as(other));
    const { challenge } = await passwordStep(t, "pak.camat", PASSWORD, ATTACKER);
    const res = await codeStep(t, challenge, { method: "totp", code: nextCode(t, otherSecret) }, ATTACKER);
    assertError(res, 401, "invalid_second_factor_code");
  });

  it("counts wrong codes when turning the factor off from a stolen session, until it must wait", async () => {
    const stolen = await t.as({ userId: ownerId });
    for (let i = 0; i < 5; i++) {
      const res = await stolen.post("/api/auth/second-factor/disable", { password: PASSWORD, code: `11111${i}` });
      assertError(res, 422, "invalid_second_factor_code");
    }
    // The right code for the next step, without moving the clock past the one-second wait.
    const right = totpAt(secret, new Date(t.clock.now.getTime() + 30_000));
    const res = await stolen.post("/api/auth/second-factor/disable", { password: PASSWORD, code: right });
    assertError(res, 429, "too_many_attempts");
    assert.equal(json(await stolen.get("/api/auth/second-factor")).enabled, true);
  });
});

describe("attack: a session restricted to enrolment", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("cannot reach anything else, reads or writes, before a factor is enrolled", async () => {
    const victim = await t.given.user();
    await t.given.user({ username: "pengelola", roles: ["pengelola_kinerja"], password: PASSWORD });
    const res = await t.anonymous().post("/api/auth/login", { identifier: "pengelola", password: PASSWORD });
    const client = sessionClient(t, res);
    const attempts = [
      client.get("/api/employees"),
      client.post(`/api/accounts/${victim.userId}/password`, { newPassword: "sandi-baru-sekali" }),
      client.delete(`/api/accounts/${victim.userId}/second-factor`),
      client.post("/api/auth/second-factor/disable", { password: PASSWORD, code: "123456" }),
      client.post("/api/auth/second-factor/recovery-codes", { code: "123456" }),
      client.get("/api/notifications"),
    ];
    for (const attempt of await Promise.all(attempts)) {
      assertError(attempt, 403, "second_factor_enrolment_required");
    }
    assert.equal((await client.post("/api/auth/second-factor/enrolment")).statusCode, 200);
    assert.equal((await client.post("/api/auth/logout")).statusCode, 200);
  });
});
