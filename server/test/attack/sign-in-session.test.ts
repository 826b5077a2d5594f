import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import { afterEach, beforeEach, describe, it } from "node:test";
import { SESSION_COOKIE } from "../../src/http/session";
import { cookieValue } from "../given-two-factor";
import { createTestApp, json, type TestApp } from "../test-app";

// Issue 8, the sign-in part of the attack suite: timing of unknown names, session fixation and sign-out.
const PASSWORD = "kata-sandi-yang-benar";
const login = (t: TestApp, identifier: string, password: string, extra: { remoteAddress?: string; cookie?: string }) =>
  t.anonymous().post(
    "/api/auth/login",
    { identifier, password },
    {
      remoteAddress: extra.remoteAddress,
      headers: extra.cookie ? { cookie: `${SESSION_COOKIE}=${extra.cookie}` } : {},
    },
  );
const me = (t: TestApp, token: string) =>
  t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: `${SESSION_COOKIE}=${token}` } });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

describe("attack: sign-in timing and sessions", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("answers an unknown name exactly like a wrong password, and about as slowly", async () => {
    await t.given.user({ username: "ada.orang", password: PASSWORD });
    const timed = async (identifier: string, remoteAddress: string) => {
      const start = performance.now();
      const res = await login(t, identifier, "salah-salah-salah", { remoteAddress });
      return { res, ms: performance.now() - start };
    };
    await timed("pemanasan", "10.50.1.1"); // the dummy hash is made on first use
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 8; i++) {
      // A fresh address each round keeps both below the delays; the order alternates so load hits both alike.
      const pair = i % 2 === 0 ? ["nobody", "known"] : ["known", "nobody"];
      const results: Record<string, Awaited<ReturnType<typeof timed>>> = {};
      for (const which of pair) {
        results[which] = await timed(which === "known" ? "ada.orang" : `tidak.ada.${i}`, `10.50.0.${i}`);
      }
      const [a, b] = [results.nobody, results.known];
      assert.ok(a && b);
      assert.equal(a.res.statusCode, 401);
      assert.deepEqual(json(a.res), json(b.res));
      unknown.push(a.ms);
      wrong.push(b.ms);
    }
    // Without the dummy hash an unknown name answers about 20 times faster; a factor of 3 either way cannot flake.
    const ratio = median(unknown) / median(wrong);
    assert.ok(
      ratio > 1 / 3 && ratio < 3,
      `unknown ${median(unknown).toFixed(1)} ms, wrong ${median(wrong).toFixed(1)} ms`,
    );
  });

  it("replaces a planted session cookie at sign-in: the planted value never becomes a session", async () => {
    await t.given.user({ username: "korban", password: PASSWORD });
    const planted = "a".repeat(43);
    const res = await login(t, "korban", PASSWORD, { cookie: planted });
    assert.equal(res.statusCode, 200);
    const issued = cookieValue(res, SESSION_COOKIE);
    assert.ok(issued && issued !== planted);
    assert.equal((await me(t, planted)).statusCode, 401);
    assert.equal(json(await me(t, issued)).user.username, "korban");
  });

  it("ends an attacker's own session planted in the victim's browser when the victim signs in", async () => {
    await t.given.user({ username: "penyerang", password: PASSWORD });
    await t.given.user({ username: "korban", password: PASSWORD });
    const attacker = cookieValue(await login(t, "penyerang", PASSWORD, {}), SESSION_COOKIE);
    assert.ok(attacker);
    const victim = cookieValue(await login(t, "korban", PASSWORD, { cookie: attacker }), SESSION_COOKIE);
    assert.ok(victim && victim !== attacker);
    assert.equal((await me(t, attacker)).statusCode, 401);
    assert.equal(json(await me(t, victim)).user.username, "korban");
  });

  it("ends the session on the server at sign-out: a copied cookie is refused afterwards", async () => {
    const user = await t.given.user({ username: "keluar", password: PASSWORD });
    const res = await login(t, "keluar", PASSWORD, {});
    const token = cookieValue(res, SESSION_COOKIE);
    assert.ok(token);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      payload: {},
      headers: { cookie: `${SESSION_COOKIE}=${token}`, "x-csrf-token": json(res).csrfToken },
    });
    assert.equal(out.statusCode, 200);
    assert.equal(cookieValue(out, SESSION_COOKIE), "");
    assert.equal((await me(t, token)).statusCode, 401);
    const left = await t.db.selectFrom("session").select("id").where("user_id", "=", user.userId).execute();
    assert.deepEqual(left, []);
  });
});
