import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseNiPppk, parseNip } from "@simkin/domain";
import { copyTag, dayShift, renamePlace, shiftDate, shiftNip } from "../src/modules/seed/scale/scale-copy";
import { MAX_COPIES } from "../src/modules/seed/scale/scale-seed";

describe("the scale clone's renumbering", () => {
  it("moves each copy's birth dates by a different number of days, the demo office by none", () => {
    const shifts = Array.from({ length: MAX_COPIES }, (_, i) => dayShift(i + 1));
    assert.equal(shifts[0], 0);
    assert.deepEqual(shifts.slice(1, 5), [-1, 1, -2, 2]);
    assert.equal(new Set(shifts).size, MAX_COPIES);
    assert.ok(shifts.slice(0, 926).every((d) => Math.abs(d) <= 463));
  });

  it("keeps a NIP and an NI PPPK valid and their other digits unchanged when the birth date moves", () => {
    assert.equal(shiftNip("197405031998012001", -463), "197301251998012001");
    assert.equal(parseNip(shiftNip("197405031998012001", -463)).ok, true);
    assert.equal(shiftNip("199012312022211005", 1), "199101012022211005");
    assert.equal(parseNiPppk(shiftNip("199012312022211005", 1)).ok, true);
    assert.equal(shiftDate("2024-02-28", 1), "2024-02-29");
    assert.equal(shiftDate("2024-03-01", -1), "2024-02-29");
  });

  it("numbers the office's place names, the longest name first, and leaves other words alone", () => {
    assert.equal(renamePlace("Kecamatan Plaju", copyTag(42)), "Kecamatan Plaju 0042");
    assert.equal(renamePlace("Lurah Plaju Darat", "0042"), "Lurah Plaju Darat 0042");
    assert.equal(renamePlace("Sekretaris Lurah Talang Putri", "0007"), "Sekretaris Lurah Talang Putri 0007");
    assert.equal(renamePlace("Seksi Pemerintahan", "0042"), "Seksi Pemerintahan");
  });
});
