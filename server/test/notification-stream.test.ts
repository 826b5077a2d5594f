import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, it } from "node:test";
import { SESSION_COOKIE } from "../src/http/session";
import { assertError } from "./assertions";
import type { Office } from "./given";
import { officeWithRaterSkp, submittedStaffSkp } from "./skp-flow";
import { createTestApp, json, type TestApp } from "./test-app";

type Marker = { unread: number; latestAt: string | null };

/** An open event stream read over a real socket: its markers as they come, and whether it has ended. */
async function openStream(t: TestApp, token: string) {
  const { port } = t.app.server.address() as AddressInfo; // listening on TCP (listen below), so an AddressInfo
  const controller = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/api/notifications/stream`, {
    headers: { cookie: `${SESSION_COOKIE}=${token}` },
    signal: controller.signal,
  });
  const reader = (res.body ?? new ReadableStream()).getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  const markers = (): Marker[] => [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1] ?? "null") as Marker);
  const pump = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted by the test
    }
    ended = true;
  })();
  /** Waits (up to `ms`) until the stream holds `count` markers, or has ended when count is "end". */
  async function until(count: number | "end", ms = 2000): Promise<Marker[]> {
    const start = Date.now();
    while (count === "end" ? !ended : markers().length < count) {
      if (Date.now() - start > ms) {
        assert.fail(`waited ${ms} ms for ${count} (have ${markers().length}, ended ${ended}): ${text}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return markers();
  }
  return {
    res,
    text: () => text,
    open: () => !ended,
    until,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}

describe("the bell's event stream (decision 0064)", () => {
  let t: TestApp;
  let office: Office;
  let kasiRhk: string[];
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-20T03:00:00.000Z", config: { notificationStreamMinutes: 30 } });
    ({ office, kasiRhk } = await officeWithRaterSkp(t));
    await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterEach(() => t.close());

  it("answers 401 without a session or with a stale one, as JSON, before opening anything", async () => {
    assertError(await t.anonymous().get("/api/notifications/stream"), 401, "unauthenticated");
    const stale = await t.app.inject({
      url: "/api/notifications/stream",
      headers: { cookie: `${SESSION_COOKIE}=not-a-session` },
    });
    assertError(stale, 401, "unauthenticated");
  });

  it("sends the marker on connect, and a new one as soon as a step that notified the caller commits", async () => {
    const kasi = await t.as(office.kasi);
    const stream = await openStream(t, kasi.session?.token ?? "");
    assert.equal(stream.res.status, 200);
    assert.equal(stream.res.headers.get("content-type"), "text/event-stream; charset=utf-8");
    assert.equal(stream.res.headers.get("cache-control"), "no-store");
    assert.deepEqual(await stream.until(1), [{ unread: 0, latestAt: null }]);
    assert.match(stream.text(), /^retry: \d+\n\n/);

    await submittedStaffSkp(t, office, kasiRhk[0] ?? null);
    // Within a second of the step's answer (signalled at its commit, so usually before the answer).
    const [, told] = await stream.until(2, 1000);
    assert.equal(told?.unread, 1);
    assert.equal(told?.latestAt, t.clock.now.toISOString());
    assert.equal(json(await kasi.get("/api/notifications/unread")).unread, 1, "the stream agrees with the poll");

    // Reading in another tab moves this tab's count too.
    assert.equal((await kasi.post("/api/notifications/read-all")).statusCode, 200);
    const [, , read] = await stream.until(3);
    assert.equal(read?.unread, 0);
    await stream.close();
  });

  it("stays silent for another user's notices and for a step that was refused", async () => {
    const staff = await t.as(office.staff);
    const stream = await openStream(t, staff.session?.token ?? "");
    await stream.until(1);
    const { skp } = await submittedStaffSkp(t, office, kasiRhk[0] ?? null); // tells the Kasi, not the staff
    const kasi = await t.as(office.kasi);
    const refused = await kasi.post(`/api/skps/${skp.id}/return`, { reason: "x", version: skp.version + 7 });
    assert.equal(refused.statusCode, 409, refused.body);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await stream.until(1)).length, 1, stream.text());
    await stream.close();
  });

  it("closes at once when its session signs out, and not when another session of the user does", async () => {
    const kasi = await t.as(office.kasi);
    const otherTab = await t.as(office.kasi);
    const stream = await openStream(t, kasi.session?.token ?? "");
    await stream.until(1);
    assert.equal((await otherTab.post("/api/auth/logout")).statusCode, 200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(stream.open(), "another session's sign-out leaves this one's stream open");
    assert.equal((await kasi.post("/api/auth/logout")).statusCode, 200);
    await stream.until("end", 1000);
    assert.match(stream.text(), /event: session_ended\n/, "tells the browser not to reconnect");
    await stream.close();
  });

  it("ends with session_ended at once when a password change ends the user's other sessions", async () => {
    const password = "Rahasia#Panjang-2025";
    const user = await t.given.user({ username: "pemilik.akun", password });
    const here = await t.as(user);
    const elsewhere = await t.as(user);
    const herStream = await openStream(t, here.session?.token ?? "");
    const otherStream = await openStream(t, elsewhere.session?.token ?? "");
    await Promise.all([herStream.until(1), otherStream.until(1)]);
    const changed = await here.post("/api/auth/password", {
      currentPassword: password,
      newPassword: "Kata#Sandi-Baru-26",
    });
    assert.equal(changed.statusCode, 200, changed.body);
    await otherStream.until("end", 1000);
    assert.match(otherStream.text(), /event: session_ended\n/);
    assert.ok(herStream.open(), "the session that changed the password keeps its stream");
    await Promise.all([herStream.close(), otherStream.close()]);
  });

  it("is not counted in flight: open streams never make the load shedding refuse other requests", async () => {
    await t.close();
    t = await createTestApp({ config: { notificationStreamMinutes: 30, maxInFlight: 1 } });
    office = await t.given.office();
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const kasi = await t.as(office.kasi);
    const streams = [await openStream(t, kasi.session?.token ?? ""), await openStream(t, kasi.session?.token ?? "")];
    for (const stream of streams) {
      await stream.until(1);
    }
    assert.equal((await kasi.get("/api/notifications/unread")).statusCode, 200);
    for (const stream of streams) {
      await stream.close();
    }
  });

  it("ends every open stream when the app closes, so shutting down does not hang", async () => {
    const kasi = await t.as(office.kasi);
    const stream = await openStream(t, kasi.session?.token ?? "");
    await stream.until(1);
    await t.close();
    await stream.until("end", 1000);
  });
});

describe("the bell's event stream with a lifetime of 0", () => {
  it("answers the marker and ends, so a probe by injection returns", async () => {
    const t = await createTestApp();
    try {
      const office = await t.given.office();
      const res = await (await t.as(office.staff)).get("/api/notifications/stream");
      assert.equal(res.statusCode, 200);
      assert.equal(res.body, 'retry: 5000\n\ndata: {"unread":0,"latestAt":null}\n\n');
    } finally {
      await t.close();
    }
  });
});
