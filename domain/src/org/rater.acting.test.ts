import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DATE, holder, officer, placement, plaju } from "./rater.fixture";
import {
  actingSeatsRatedBy,
  atasanRateesOf,
  holdingMayRate,
  type OrgChart,
  type RaterResolution,
  rateesOf,
  resolveRaters,
  resolveSeatRaters,
} from "./rater.rules";

/** The Sekretaris Lurah Bagus Kuning is Plh Kasi Trantib of his kelurahan from 1 October, with or without authority. */
const plhKasiTrantib = (mayRate?: boolean): OrgChart =>
  plaju({
    vacate: ["kasi-trantib-bgk"],
    add: [placement(holder("seklur-bgk"), "kasi-trantib-bgk", "plh", "2026-10-01", null, mayRate)],
  });

describe("resolveRaters with a Plh Kasi Trantib Bagus Kuning whose appointment lets him rate", () => {
  const chart = plhKasiTrantib(true);
  const cases: [string, string, string, RaterResolution][] = [
    [
      "the seksi pelaksana is rated by the Plh, with the Lurah as atasan",
      "staf-trantib-bgk",
      "2026-10-15",
      {
        positionId: "staf-trantib-bgk",
        rater: officer("kasi-trantib-bgk", { employeeId: holder("seklur-bgk"), acting: "plh" }),
        atasanRater: officer("lurah-bgk"),
      },
    ],
    [
      "before the Plh starts the seksi pelaksana goes up to the Lurah, with the Camat as atasan",
      "staf-trantib-bgk",
      "2026-09-15",
      { positionId: "staf-trantib-bgk", rater: officer("lurah-bgk"), atasanRater: officer("camat") },
    ],
    [
      "the Plh himself is still rated as Sekretaris Lurah by the Lurah",
      "seklur-bgk",
      "2026-10-15",
      { positionId: "seklur-bgk", rater: officer("lurah-bgk"), atasanRater: officer("camat") },
    ],
  ];
  for (const [what, seat, date, expected] of cases) {
    it(what, () => {
      assert.deepEqual(resolveRaters(chart, holder(seat), date), expected);
    });
  }

  it("lists the seksi pelaksana among the Plh's ratees", () => {
    assert.deepEqual(rateesOf(chart, holder("seklur-bgk"), "2026-10-15"), [holder("staf-trantib-bgk")]);
  });
});

describe("resolveRaters with a Plh Kasi Trantib Bagus Kuning by default (a Plh does not rate)", () => {
  for (const [what, mayRate] of [
    ["nothing said", undefined],
    ["the authority refused", false],
  ] as const) {
    const chart = plhKasiTrantib(mayRate);
    it(`passes the seksi pelaksana up to the Lurah, with the Camat as atasan, with ${what}`, () => {
      assert.deepEqual(resolveRaters(chart, holder("staf-trantib-bgk"), "2026-10-15"), {
        positionId: "staf-trantib-bgk",
        rater: officer("lurah-bgk"),
        atasanRater: officer("camat"),
      });
    });
    it(`gives the Plh no ratees and no atasan ratees with ${what}`, () => {
      assert.deepEqual(rateesOf(chart, holder("seklur-bgk"), "2026-10-15"), []);
      assert.deepEqual(atasanRateesOf(chart, holder("seklur-bgk"), "2026-10-15"), []);
    });
  }

  it("skips a Plh Lurah without authority as atasan too: the Camat is atasan of a Kasi kelurahan's staff", () => {
    const chart = plaju({
      vacate: ["lurah-tpt"],
      add: [placement(holder("kasi-pem"), "lurah-tpt", "plh", "2026-03-01", "2026-03-31")],
    });
    assert.deepEqual(resolveRaters(chart, holder("staf-pem-tpt"), DATE), {
      positionId: "staf-pem-tpt",
      rater: officer("kasi-pem-tpt"),
      atasanRater: officer("camat"),
    });
  });
});

describe("holdingMayRate", () => {
  const cases: [string, "definitif" | "plt" | "plh", boolean | undefined, boolean][] = [
    ["a definitive holder", "definitif", undefined, true],
    ["a definitive holder even when the flag says no", "definitif", false, true],
    ["a Plt", "plt", undefined, true],
    ["a Plt even when the flag says no", "plt", false, true],
    ["a Plh with authority", "plh", true, true],
    ["a Plh without authority", "plh", false, false],
    ["a Plh when nothing is said", "plh", undefined, false],
  ];
  for (const [what, kind, mayRate, expected] of cases) {
    it(`${expected ? "lets" : "does not let"} ${what} rate`, () => {
      assert.equal(holdingMayRate({ kind, mayRate }), expected);
    });
  }
});

describe("resolveSeatRaters rates whoever holds a seat from the seat, not from their own post", () => {
  // The Kasi Pemerintahan is Plt Lurah Komperta; the Kasubbag Umum is Plt Kasi Pemerintahan Kelurahan Talang Putri.
  const chart = plaju({
    vacate: ["lurah-kmp", "kasi-pem-tpt"],
    add: [
      placement(holder("kasi-pem"), "lurah-kmp", "plt", "2026-01-02"),
      placement(holder("kasubbag-umum"), "kasi-pem-tpt", "plt", "2026-01-02"),
    ],
  });
  const cases: [string, string, string, RaterResolution][] = [
    [
      "the Plt Lurah Komperta's seat is rated by the Camat, with the Sekda as atasan",
      "lurah-kmp",
      "kasi-pem",
      { positionId: "lurah-kmp", rater: officer("camat"), atasanRater: officer("sekda") },
    ],
    [
      "the Plt Kasi kelurahan's seat is rated by the Lurah, not by the Sekcam who rates his own post",
      "kasi-pem-tpt",
      "kasubbag-umum",
      { positionId: "kasi-pem-tpt", rater: officer("lurah-tpt"), atasanRater: officer("camat") },
    ],
    [
      "the Plt's own post keeps its own rater",
      "kasubbag-umum",
      "kasubbag-umum",
      { positionId: "kasubbag-umum", rater: officer("sekcam"), atasanRater: officer("camat") },
    ],
    [
      "a seat held definitively gives what resolveRaters gives its holder",
      "seklur-tpt",
      "pegawai-seklur-tpt",
      resolveRaters(chart, holder("seklur-tpt"), DATE),
    ],
    [
      "a JF seat follows its jenjang: the Ahli Muda seat is rated by the Camat",
      "analis-kebijakan",
      "pegawai-analis-kebijakan",
      { positionId: "analis-kebijakan", rater: officer("camat"), atasanRater: officer("sekda") },
    ],
  ];
  for (const [what, seat, employeeId, expected] of cases) {
    it(what, () => {
      assert.deepEqual(resolveSeatRaters(chart, seat, employeeId, DATE), expected);
    });
  }

  it("never makes the seat's holder his own rater", () => {
    const onSeat = resolveSeatRaters(chart, "staf-pem-tpt", holder("kasubbag-umum"), DATE);
    assert.equal(onSeat.rater?.employeeId, holder("lurah-tpt"));
  });
});

describe("actingSeatsRatedBy", () => {
  const chart = plaju({
    vacate: ["lurah-kmp", "kasi-pem-tpt"],
    add: [
      placement(holder("kasi-pem"), "lurah-kmp", "plt", "2026-01-02"),
      placement(holder("kasubbag-umum"), "kasi-pem-tpt", "plt", "2026-01-02", "2026-06-30"),
      placement(holder("staf-yanum"), "kasi-kesos", "plh", "2026-03-01", "2026-03-31", true),
    ],
  });
  const cases: [string, string, string, { employeeId: string; positionId: string }[]][] = [
    [
      "gives the Camat the Plt Lurah Komperta's seat",
      "camat",
      DATE,
      [{ employeeId: holder("kasi-pem"), positionId: "lurah-kmp" }],
    ],
    [
      "gives the Lurah Talang Putri the seat of the Plt Kasi Pemerintahan in his kelurahan",
      "lurah-tpt",
      DATE,
      [{ employeeId: holder("kasubbag-umum"), positionId: "kasi-pem-tpt" }],
    ],
    ["gives the Lurah nothing once that Plt's term has ended", "lurah-tpt", "2026-07-01", []],
    ["gives the Sekcam, who rates the Kasubbag's own post, not the seat", "sekcam", DATE, []],
    [
      "ignores a Plh: a Plh makes no SKP for the seat",
      "camat",
      "2026-03-15",
      [{ employeeId: holder("kasi-pem"), positionId: "lurah-kmp" }],
    ],
  ];
  for (const [what, seat, date, expected] of cases) {
    it(what, () => {
      assert.deepEqual(actingSeatsRatedBy(chart, holder(seat), date), expected);
    });
  }
});
