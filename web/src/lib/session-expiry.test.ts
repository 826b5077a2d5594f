import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { authApi, reportApi } from "@simkin/domain";
import { ApiError, call, NetworkError, setCsrfToken } from "./api";
import { safeNextPath, sessionRenewed, signInPageUrl, waitForSignIn } from "./session-expiry";

type Sent = { url: string; method: string; csrf: string | null };

/** Replaces fetch with answers given in order, recording what was sent. */
function stubFetch(answers: (() => Response)[]): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ url: String(input), method: init?.method ?? "GET", csrf: headers.get("x-csrf-token") });
    const answer = answers.shift();
    if (!answer) {
      throw new TypeError("Failed to fetch");
    }
    return answer();
  };
  return sent;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const unauthenticated = () =>
  json(401, { code: "unauthenticated", message: "Silakan masuk terlebih dahulu", details: {} });
const saved = () =>
  json(200, { id: "r1", version: 4, updatedAt: "2026-12-07T05:00:00.000Z", changedRealisations: false });
const content = { realisations: [], actions: [], achievements: "teks", challenges: "", improvements: "", version: 3 };
const realFetch = globalThis.fetch;
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
});

describe("a request whose session ended", () => {
  it("waits for the sign-in dialog and is sent again with the new session's CSRF token", async () => {
    setCsrfToken("old-token");
    const sent = stubFetch([unauthenticated, saved]);
    let done = false;
    const result = call(reportApi.save, { params: { id: "r1" }, body: content }).then((r) => {
      done = true;
      return r;
    });
    await tick();
    assert.equal(done, false, "the save waits instead of failing");
    assert.equal(sent.length, 1);
    setCsrfToken("new-token");
    sessionRenewed();
    assert.equal((await result).version, 4);
    assert.deepEqual(
      sent.map((s) => [s.method, s.csrf]),
      [
        ["PUT", "old-token"],
        ["PUT", "new-token"],
      ],
    );
  });

  it("lets every request waiting at the same time go out once the user signed in", async () => {
    setCsrfToken("old-token");
    stubFetch([unauthenticated, unauthenticated, saved, saved]);
    const both = Promise.all([
      call(reportApi.save, { params: { id: "r1" }, body: content }),
      call(reportApi.save, { params: { id: "r1" }, body: content }),
    ]);
    await tick();
    sessionRenewed();
    assert.equal((await both).length, 2);
  });

  it("fails at once without a session (first page load) so the app goes to the sign-in page", async () => {
    stubFetch([unauthenticated]);
    await assert.rejects(call(authApi.me, {}), (e) => e instanceof ApiError && e.status === 401);
  });

  it("fails at once for sign-out and for a wrong password (public), never opening the dialog", async () => {
    setCsrfToken("token");
    stubFetch([unauthenticated]);
    await assert.rejects(call(authApi.logout, {}), (e) => e instanceof ApiError && e.code === "unauthenticated");
    stubFetch([() => json(401, { code: "invalid_credentials", message: "salah", details: {} })]);
    await assert.rejects(
      call(authApi.login, { body: { identifier: "a", password: "b" } }),
      (e) => e instanceof ApiError && e.code === "invalid_credentials",
    );
  });

  it("answers another 401 after signing in as an error instead of waiting again", async () => {
    setCsrfToken("token");
    stubFetch([unauthenticated, unauthenticated]);
    const result = call(authApi.me, {});
    await tick();
    sessionRenewed();
    await assert.rejects(result, (e) => e instanceof ApiError && e.status === 401);
  });
});

describe("a request that cannot reach the server", () => {
  it("fails as a NetworkError (a PUT at once; nothing was saved)", async () => {
    stubFetch([]);
    await assert.rejects(
      call(reportApi.save, { params: { id: "r1" }, body: content }),
      (e) => e instanceof NetworkError,
    );
  });
});

describe("the sign-in dialog's store", () => {
  it("resolves every waiter when the session is renewed", async () => {
    const waits = [waitForSignIn(), waitForSignIn()];
    sessionRenewed();
    await Promise.all(waits);
  });
});

describe("the sign-in page's way back", () => {
  it("carries the page, the reason and the user", () => {
    const url = new URL(signInPageUrl("/reports/r1?tab=2", "penata.yanum"), "http://x");
    assert.equal(url.pathname, "/login");
    assert.equal(url.searchParams.get("next"), "/reports/r1?tab=2");
    assert.equal(url.searchParams.get("reason"), "session_expired");
    assert.equal(url.searchParams.get("user"), "penata.yanum");
  });

  it("returns only to a path on this site", () => {
    assert.equal(safeNextPath("/reports/r1"), "/reports/r1");
    assert.equal(safeNextPath("//evil.example/x"), null);
    assert.equal(safeNextPath("/\\evil.example"), null);
    assert.equal(safeNextPath("https://evil.example"), null);
    assert.equal(safeNextPath(null), null);
  });
});
