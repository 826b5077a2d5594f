import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { loadCatalog, loadedMessages, messages, subscribeMessages } from "./messages";

/** The files the first download renders (routes.tsx keeps every other screen lazy). */
const SIGN_IN_FILES = [
  "../features/auth/login-page.tsx",
  "../features/auth/second-factor-step.tsx",
  "../features/auth/sign-in-error.ts",
  "../features/auth/demo-accounts.tsx",
  "../app/demo-banner.tsx",
  "../app/page-loader.tsx",
];

function keysUsedIn(file: string): string[] {
  const text = readFileSync(new URL(file, import.meta.url), "utf8");
  return [...text.matchAll(/\bt\(\s*"([\w.]+)"/g)].map((match) => match[1] ?? "");
}

describe("the strings of the first download (issue 11, decision 0049)", () => {
  it("hold every key the sign-in page asks for, in both languages, before the catalogue loads", () => {
    const keys = SIGN_IN_FILES.flatMap(keysUsedIn);
    assert.ok(keys.length > 20, `found only ${keys.length} keys: the pattern no longer matches the pages`);
    for (const locale of ["id", "en"] as const) {
      const missing = keys.filter((key) => !(key in messages(locale)));
      assert.deepEqual(missing, [], `${locale}: add these keys' part to public-catalog.ts`);
    }
  });

  it("leave the signed-in screens' strings to the catalogue chunk, which fills them in and tells the provider", async () => {
    assert.equal(messages("en")["nav.mySkp"], "My SKP (performance plan)", "the common part is there from the start");
    assert.equal(messages("id")["audit.title"], undefined, "the audit screen's strings wait for the catalogue");
    const before = loadedMessages();
    let told = 0;
    const unsubscribe = subscribeMessages(() => {
      told += 1;
    });
    await Promise.all([loadCatalog(), loadCatalog()]);
    unsubscribe();
    assert.equal(told, 1, "one download, one notice");
    assert.notEqual(loadedMessages(), before, "a new snapshot, so useSyncExternalStore re-renders");
    assert.equal(typeof messages("id")["audit.title"], "string");
    assert.equal(typeof messages("en")["audit.title"], "string");
  });
});
