import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { sessionRenewed } from "../../lib/session-expiry";
import { subscribeUnread } from "./unread-stream";

/** Stands in for the browser's EventSource: records every stream the module opens and lets the test play the server. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly named = new Map<string, () => void>();
  readonly url: string;

  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }
  addEventListener(name: string, handler: () => void) {
    this.named.set(name, handler);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  /** The server accepted the stream and sent a marker. */
  accept(unread: number) {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
    this.onmessage?.({ data: JSON.stringify({ unread, latestAt: null }) });
  }
  /** The server's last event before it ends a signed-out session's stream. */
  sessionEnded() {
    this.named.get("session_ended")?.();
  }
}

const latest = <T>(list: T[]): T => {
  const last = list.at(-1);
  assert.ok(last !== undefined);
  return last;
};

describe("the tab's notification stream (decision 0064)", () => {
  let unsubscribe: () => void = () => {};
  let liveStates: boolean[];
  let markers: number[];
  beforeEach(() => {
    FakeEventSource.opened = [];
    (globalThis as { EventSource?: unknown }).EventSource = FakeEventSource;
    liveStates = [];
    markers = [];
    unsubscribe = subscribeUnread({ marker: (m) => markers.push(m.unread), live: (l) => liveStates.push(l) });
  });
  afterEach(() => unsubscribe());

  it("opens one stream for the tab, reports it live and passes on its markers", () => {
    assert.equal(FakeEventSource.opened.length, 1);
    assert.equal(latest(FakeEventSource.opened).url, "/api/notifications/stream");
    latest(FakeEventSource.opened).accept(3);
    assert.equal(latest(liveStates), true);
    assert.deepEqual(markers, [3]);
    const second = subscribeUnread({ marker: () => {}, live: () => {} });
    assert.equal(FakeEventSource.opened.length, 1, "a second bell shares the stream");
    second();
  });

  it("closes a stream whose session ended and opens a new one only after signing in through the dialog", () => {
    const first = latest(FakeEventSource.opened);
    first.accept(0);
    first.sessionEnded();
    assert.equal(first.readyState, FakeEventSource.CLOSED, "no reconnect with the dead session");
    assert.equal(latest(liveStates), false, "not live: the bell's check runs at once and opens the dialog");
    assert.equal(FakeEventSource.opened.length, 1);
    sessionRenewed();
    assert.equal(FakeEventSource.opened.length, 2, "the new session's stream opens at once");
    latest(FakeEventSource.opened).accept(1);
    assert.equal(latest(liveStates), true);
  });

  it("replaces a stream still open on the old session when the user signs in again", () => {
    const old = latest(FakeEventSource.opened);
    old.accept(0);
    sessionRenewed();
    assert.equal(old.readyState, FakeEventSource.CLOSED);
    assert.equal(FakeEventSource.opened.length, 2);
  });

  it("closes the stream when the last bell leaves, and no sign-in reopens it then", () => {
    const only = latest(FakeEventSource.opened);
    unsubscribe();
    unsubscribe = () => {};
    assert.equal(only.readyState, FakeEventSource.CLOSED);
    sessionRenewed();
    assert.equal(FakeEventSource.opened.length, 1);
  });
});
