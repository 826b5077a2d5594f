import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluationPeriods } from "../period/period.rules";
import { type AnnualPart, annualPredikat, daysHeld, seatPredikat } from "./annual-result";
import type { Predikat } from "./evaluation.enums";

const part = (skpId: string, periodStart: string, periodEnd: string, predikat: AnnualPart["predikat"]) => ({
  skpId,
  periodStart,
  periodEnd,
  predikat,
});

const janMay = part("a", "2026-01-01", "2026-05-31", "sangat_baik"); // 151 days
const junDec = part("b", "2026-06-01", "2026-12-31", "baik"); // 214 days
const janJun = part("c", "2026-01-01", "2026-06-30", "kurang"); // 181 days
const julDec = part("d", "2026-07-01", "2026-12-31", "butuh_perbaikan"); // 184 days
const janJul1 = part("e", "2026-01-01", "2026-07-02", "sangat_baik"); // 183 days
const jul3Dec = part("f", "2026-07-03", "2026-12-31", "baik"); // 182 days

describe("daysHeld counts both ends", () => {
  it("gives a whole year 365 days, a leap year 366, a single day 1", () => {
    assert.equal(daysHeld({ periodStart: "2026-01-01", periodEnd: "2026-12-31" }), 365);
    assert.equal(daysHeld({ periodStart: "2028-01-01", periodEnd: "2028-12-31" }), 366);
    assert.equal(daysHeld({ periodStart: "2026-03-29", periodEnd: "2026-03-29" }), 1);
    assert.equal(daysHeld(janMay), 151);
    assert.equal(daysHeld(junDec), 214);
  });
});

describe("annualPredikat, rule longest (the default)", () => {
  it("has no result for a year without an SKP", () => {
    assert.equal(annualPredikat([]), null);
  });
  it("takes the only SKP of a whole year", () => {
    assert.deepEqual(annualPredikat([part("x", "2026-01-01", "2026-12-31", "baik")]), {
      skpId: "x",
      predikat: "baik",
      days: 365,
    });
  });
  it("takes the SKP held longest, in either order", () => {
    assert.equal(annualPredikat([janMay, junDec])?.predikat, "baik");
    assert.equal(annualPredikat([junDec, janMay])?.predikat, "baik");
    assert.equal(annualPredikat([janJul1, jul3Dec])?.predikat, "sangat_baik");
  });
  it("takes the later one when two are held equally long", () => {
    const first = part("g", "2026-01-01", "2026-01-31", "kurang");
    const second = part("h", "2026-02-01", "2026-03-03", "baik"); // 31 days too
    assert.equal(annualPredikat([first, second])?.skpId, "h");
    assert.equal(annualPredikat([second, first])?.skpId, "h");
  });
  it("waits for the longest SKP's evaluation instead of falling back to a shorter one", () => {
    assert.deepEqual(annualPredikat([janMay, { ...junDec, predikat: null }]), {
      skpId: "b",
      predikat: null,
      days: 214,
    });
  });
  it("picks among three SKPs", () => {
    const three = [part("1", "2026-01-01", "2026-03-31", "baik"), part("2", "2026-04-01", "2026-09-30", "kurang")];
    assert.equal(annualPredikat([...three, part("3", "2026-10-01", "2026-12-31", "sangat_baik")])?.skpId, "2");
  });
  it("takes the longer of six months and six months and three days", () => {
    assert.equal(annualPredikat([janJun, julDec])?.predikat, "butuh_perbaikan");
  });
});

describe("annualPredikat, rule latest", () => {
  it("takes the last SKP of the year whatever its length", () => {
    assert.equal(annualPredikat([janJul1, jul3Dec], "latest")?.predikat, "baik");
    assert.equal(annualPredikat([jul3Dec, janJul1], "latest")?.predikat, "baik");
    assert.equal(annualPredikat([janMay, junDec], "latest")?.skpId, "b");
  });
  it("takes the later end when two start the same day (a revised seat)", () => {
    const short = part("s", "2026-06-01", "2026-08-31", "kurang");
    assert.equal(annualPredikat([junDec, short], "latest")?.skpId, "b");
  });
  it("keeps a pending latest SKP pending", () => {
    assert.equal(annualPredikat([janMay, { ...junDec, predikat: null }], "latest")?.predikat, null);
  });
});

describe("seatPredikat", () => {
  const periods = evaluationPeriods(2026, "triwulan");
  const tw = (n: number, predikat: Predikat) => ({ periodCode: `TW${n}`, predikat });
  it("takes Triwulan IV-Akhir for a seat held to the year's end, never an earlier quarter", () => {
    assert.equal(seatPredikat([tw(1, "kurang"), tw(4, "baik"), tw(3, "sangat_baik")], periods, "2026-12-31"), "baik");
    assert.equal(seatPredikat([tw(1, "kurang"), tw(2, "baik"), tw(3, "baik")], periods, "2026-12-31"), null);
  });
  it("takes the last evaluated quarter of a seat left during the year", () => {
    assert.equal(seatPredikat([tw(2, "sangat_baik"), tw(1, "kurang")], periods, "2026-05-31"), "sangat_baik");
    assert.equal(seatPredikat([], periods, "2026-05-31"), null);
  });
  it("follows a semester cadence", () => {
    const halves = evaluationPeriods(2026, "semester");
    const s = (code: string, predikat: Predikat) => ({ periodCode: code, predikat });
    assert.equal(seatPredikat([s("S1", "baik"), s("S2", "kurang")], halves, "2026-12-31"), "kurang");
    assert.equal(seatPredikat([s("S1", "baik"), s("TW9", "kurang")], halves, "2026-08-31"), "baik");
  });
});
