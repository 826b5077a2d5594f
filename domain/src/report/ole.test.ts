import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { oleStreamNames } from "./ole";
import { compoundFile } from "./ole.fixture";

const word = ["\u0001CompObj", "\u0005SummaryInformation", "1Table", "Data", "WordDocument"];

describe("oleStreamNames", () => {
  const cases: [string, Uint8Array, string[]][] = [
    ["a Word file whose directory spans two 512-byte sectors", compoundFile(word), word],
    ["a file with 4096-byte sectors", compoundFile(["Workbook"], { sectorShift: 12 }), ["Workbook"]],
    ["a directory chain that loops back on itself", compoundFile(word, { loop: true }), word],
    ["a file with no streams", compoundFile([]), []],
    ["a header cut short", compoundFile(word).subarray(0, 40), []],
    ["a directory cut short", compoundFile(word).subarray(0, 512 * 3), word.slice(0, 3)],
  ];
  for (const [what, bytes, expected] of cases) {
    it(`reads ${what}`, () => {
      assert.deepEqual(oleStreamNames(bytes), expected);
    });
  }

  it("refuses a sector size other than 512 or 4096 bytes", () => {
    const bytes = compoundFile(word);
    bytes[0x1e] = 10;
    assert.deepEqual(oleStreamNames(bytes), []);
  });
});
