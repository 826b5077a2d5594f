import assert from "node:assert/strict";
import type { LightMyRequestResponse } from "fastify";
import { Secret, TOTP } from "otpauth";
import { SESSION_COOKIE } from "../src/http/session";
import { CHALLENGE_COOKIE } from "../src/modules/auth/sign-in.service";
import { type Client, clientFor, json, type TestApp } from "./test-app";

/** The code an authenticator app shows for this secret at this moment. */
export function totpAt(secret: string, at: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at.getTime() });
}

/** Moves the test clock to the next 30-second step (each step is accepted once) and returns its code. */
export function nextCode(t: TestApp, secret: string): string {
  t.clock.now = new Date(t.clock.now.getTime() + 30_000);
  return totpAt(secret, t.clock.now);
}

/** Enrols a second factor for the client's account through the API; returns the secret and the recovery codes. */
export async function enrol(t: TestApp, client: Client) {
  const start = await client.post("/api/auth/second-factor/enrolment");
  assert.equal(start.statusCode, 200, start.body);
  const secret: string = json(start).secret;
  const confirm = await client.post("/api/auth/second-factor/enrolment/confirm", { code: totpAt(secret, t.clock.now) });
  assert.equal(confirm.statusCode, 200, confirm.body);
  return { secret, recoveryCodes: json(confirm).recoveryCodes as string[] };
}

/** The value a response sets for a cookie ("" when it clears it, null when it does not mention it). */
export function cookieValue(res: LightMyRequestResponse, name: string): string | null {
  const header = res.headers["set-cookie"];
  const all = Array.isArray(header) ? header : header ? [String(header)] : [];
  for (const raw of all) {
    const match = raw.match(new RegExp(`^${name}=([^;]*)`));
    if (match) {
      return match[1] ?? "";
    }
  }
  return null;
}

type From = { remoteAddress?: string };

/** The password step; returns the response and the challenge cookie it set (if any). */
export async function passwordStep(t: TestApp, identifier: string, password: string, from: From = {}) {
  const res = await t.anonymous().post("/api/auth/login", { identifier, password }, from);
  return { res, challenge: cookieValue(res, CHALLENGE_COOKIE) };
}

/** The second step with a challenge cookie. */
export function codeStep(
  t: TestApp,
  challenge: string | null,
  body: { method: "totp" | "recovery_code"; code: string },
  from: From = {},
) {
  const headers = challenge ? { cookie: `${CHALLENGE_COOKIE}=${challenge}` } : {};
  return t.anonymous().post("/api/auth/login/second-factor", body, { ...from, headers });
}

/** A client for the session a sign-in response created (cookie + CSRF token), to call the API as that session. */
export function sessionClient(t: TestApp, res: LightMyRequestResponse): Client {
  const token = cookieValue(res, SESSION_COOKIE);
  assert.ok(token, `no session cookie in ${res.statusCode} ${res.body}`);
  return clientFor(t.app, { token, csrfToken: json(res).csrfToken });
}
