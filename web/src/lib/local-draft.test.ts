import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  DRAFT_MAX_CHARS,
  DRAFT_MAX_PER_USER,
  DRAFT_TTL_MS,
  type DraftStore,
  differsFromSaved,
  draftKey,
  listDrafts,
  pruneDrafts,
  readDraft,
  removeDraft,
  writeDraft,
} from "./local-draft";

/** localStorage's interface over a Map, in insertion order like the browser's. */
function memoryStore(): DraftStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const now = new Date("2026-12-07T05:00:00.000Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const ani = { userId: "user-ani", form: "report", recordId: "rep-1" };
const draftOf = (ref: typeof ani, text = "Pencapaian bulan ini") => ({
  ...ref,
  baseVersion: 3,
  values: { achievements: text },
  path: `/reports/${ref.recordId}`,
  title: "Laporan Desember 2026",
});

describe("local drafts: keys", () => {
  it("keys by user, form and record, so two users or two forms never share a slot", () => {
    const keys = new Set([
      draftKey(ani),
      draftKey({ ...ani, userId: "user-budi" }),
      draftKey({ ...ani, form: "feedback" }),
      draftKey({ ...ani, recordId: "rep-2" }),
    ]);
    assert.equal(keys.size, 4);
  });

  it("escapes separators, so an id with a colon cannot reach another user's slot", () => {
    assert.notEqual(
      draftKey({ userId: "a:report", form: "x", recordId: "1" }),
      draftKey({ userId: "a", form: "report:x", recordId: "1" }),
    );
  });
});

describe("local drafts: write and read", () => {
  it("reads back what was written, with the time it was written", () => {
    const store = memoryStore();
    assert.equal(writeDraft(store, draftOf(ani), now), "stored");
    const draft = readDraft(store, ani, now);
    assert.deepEqual(draft?.values, { achievements: "Pencapaian bulan ini" });
    assert.equal(draft?.baseVersion, 3);
    assert.equal(draft?.savedAt, now.toISOString());
  });

  it("answers null for nothing stored, damaged text or a body that names another owner", () => {
    const store = memoryStore();
    assert.equal(readDraft(store, ani, now), null);
    store.setItem(draftKey(ani), "{not json");
    assert.equal(readDraft(store, ani, now), null);
    store.setItem(draftKey(ani), JSON.stringify({ ...draftOf(ani), userId: "user-budi", savedAt: now.toISOString() }));
    assert.equal(readDraft(store, ani, now), null);
  });

  it("refuses a draft over the size cap and keeps the previous one", () => {
    const store = memoryStore();
    writeDraft(store, draftOf(ani), now);
    assert.equal(writeDraft(store, draftOf(ani, "x".repeat(DRAFT_MAX_CHARS)), now), "too_large");
    assert.deepEqual(readDraft(store, ani, now)?.values, { achievements: "Pencapaian bulan ini" });
  });

  it("says unavailable when the browser refuses to store (quota, private mode)", () => {
    const store = memoryStore();
    store.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    assert.equal(writeDraft(store, draftOf(ani), now), "unavailable");
  });

  it("removes a draft once the server confirmed the save", () => {
    const store = memoryStore();
    writeDraft(store, draftOf(ani), now);
    removeDraft(store, ani);
    assert.equal(readDraft(store, ani, now), null);
  });
});

describe("local drafts: expiry", () => {
  it("keeps a draft up to its age limit and drops it after", () => {
    const store = memoryStore();
    writeDraft(store, draftOf(ani), now);
    assert.notEqual(readDraft(store, ani, later(DRAFT_TTL_MS)), null);
    assert.equal(readDraft(store, ani, later(DRAFT_TTL_MS + 1)), null);
    assert.equal(store.map.size, 0, "the expired draft is removed, not only hidden");
  });

  it("prunes every user's expired or damaged drafts and nothing else", () => {
    const store = memoryStore();
    const budi = { ...ani, userId: "user-budi" };
    writeDraft(store, draftOf(ani), now);
    writeDraft(store, draftOf(budi), later(DRAFT_TTL_MS));
    store.setItem("simkin.draft.v1:broken", "{");
    store.setItem("other-app", "kept");
    pruneDrafts(store, later(DRAFT_TTL_MS + 1));
    assert.deepEqual([...store.map.keys()].sort(), [draftKey(budi), "other-app"].sort());
  });
});

describe("local drafts: ownership on a shared computer", () => {
  it("lists only the user's own drafts, newest first", () => {
    const store = memoryStore();
    writeDraft(store, draftOf(ani), now);
    writeDraft(store, draftOf({ ...ani, form: "feedback" }), later(1000));
    writeDraft(store, draftOf({ ...ani, userId: "user-budi" }), later(2000));
    const mine = listDrafts(store, "user-ani", later(3000));
    assert.deepEqual(
      mine.map((d) => d.form),
      ["feedback", "report"],
    );
    assert.deepEqual(
      listDrafts(store, "user-budi", later(3000)).map((d) => d.userId),
      ["user-budi"],
    );
    assert.deepEqual(listDrafts(store, "user-citra", later(3000)), []);
  });

  it("does not list a body copied under the user's key from another user's draft", () => {
    const store = memoryStore();
    const budiDraft = JSON.stringify({ ...draftOf({ ...ani, userId: "user-budi" }), savedAt: now.toISOString() });
    store.setItem(draftKey(ani), budiDraft);
    assert.deepEqual(listDrafts(store, "user-ani", now), []);
    assert.equal(readDraft(store, ani, now), null);
  });

  it("keeps at most the cap per user, dropping the oldest, and leaves other users' drafts alone", () => {
    const store = memoryStore();
    writeDraft(store, draftOf({ ...ani, userId: "user-budi" }), now);
    for (let i = 0; i <= DRAFT_MAX_PER_USER; i++) {
      writeDraft(store, draftOf({ ...ani, recordId: `rep-${i}` }), later(i * 1000));
    }
    const mine = listDrafts(store, "user-ani", later(DRAFT_MAX_PER_USER * 1000));
    assert.equal(mine.length, DRAFT_MAX_PER_USER);
    assert.equal(
      mine.some((d) => d.recordId === "rep-0"),
      false,
    );
    assert.equal(listDrafts(store, "user-budi", now).length, 1);
  });
});

describe("local drafts: offering a draft", () => {
  it("offers a draft only when it differs from what is saved", () => {
    const store = memoryStore();
    writeDraft(store, draftOf(ani), now);
    const draft = readDraft(store, ani, now);
    assert.ok(draft);
    assert.equal(differsFromSaved(draft, { achievements: "Pencapaian bulan ini" }), false);
    assert.equal(differsFromSaved(draft, { achievements: "" }), true);
  });
});
