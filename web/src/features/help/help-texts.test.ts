import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { catalog } from "../../i18n/catalog";
import { helpKey, helpParts, helpTopics, helpVars } from "./topics";

/** Sentence ends, leaving "jo." (juncto, as in "PP 18/2016 jo. PP 72/2019") alone. */
const sentences = (text: string) => text.split(/(?<!\bjo)[.!?](?=\s|$)/).filter((s) => s.trim() !== "").length;

describe("screen help texts", () => {
  it("says what each screen is for, which rule it follows and what comes next, in two to four sentences", () => {
    for (const locale of ["id", "en"] as const) {
      for (const topic of helpTopics) {
        const texts = helpParts.map((part) => catalog[locale][helpKey(topic, part)]);
        const count = texts.reduce((n, text) => n + sentences(text), 0);
        assert.ok(count >= 2 && count <= 4, `${locale} ${topic}: ${count} sentences`);
      }
    }
  });

  it("names the regulation of each screen, or says that none sets it", () => {
    const basis = /PermenPANRB|PP \d|UU \d|SE MenPANRB|Perka BKN|regulasi|regulation|aturan|one meaning/;
    for (const topic of helpTopics) {
      assert.match(catalog.id[helpKey(topic, "rule")], basis, topic);
      assert.match(catalog.en[helpKey(topic, "rule")], basis, topic);
    }
  });

  it("fills every number it quotes from the domain's rules", () => {
    for (const locale of ["id", "en"] as const) {
      for (const topic of helpTopics) {
        for (const part of helpParts) {
          for (const [, name] of catalog[locale][helpKey(topic, part)].matchAll(/\{(\w+)\}/g)) {
            assert.ok(name && name in helpVars, `${topic}.${part}: {${name}}`);
          }
        }
      }
    }
  });

  it("shows English in English: no help text is left in Indonesian", () => {
    for (const topic of helpTopics) {
      for (const part of helpParts) {
        assert.notEqual(catalog.en[helpKey(topic, part)], catalog.id[helpKey(topic, part)], `${topic}.${part}`);
      }
    }
  });
});
