import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PlacementKind } from "./org.schema";
import {
  BASE_START,
  DATE,
  employeesIn,
  holder,
  holders,
  kecamatanSeksi,
  kelurahan,
  kelurahanSeksi,
  placement,
  plaju,
  sorted,
} from "./rater.fixture";
import {
  atasanRateesOf,
  type ChartPlacement,
  holderOn,
  isActiveOn,
  type OrgChart,
  ownPositionOn,
  rateesOf,
  resolveRaters,
} from "./rater.rules";

describe("rateesOf and atasanRateesOf in the fully staffed office", () => {
  const chart = plaju();
  const kasiKecamatan = kecamatanSeksi.map(([code]) => `kasi-${code}`);
  const lurah = kelurahan.map(([code]) => `lurah-${code}`);
  const seklur = kelurahan.map(([code]) => `seklur-${code}`);
  const kasiKelurahan = kelurahan.flatMap(([code]) => kelurahanSeksi.map(([seksi]) => `kasi-${seksi}-${code}`));
  const stafSeksi = kecamatanSeksi.map(([code]) => `staf-${code}`);
  const cases: [string, (chart: OrgChart, id: string, date: string) => string[], string, string[]][] = [
    ["rateesOf the Sekda is the Camat", rateesOf, "sekda", ["camat"]],
    [
      "atasanRateesOf the Sekda are the Sekcam, the Kasi kecamatan, the Lurah and the JF Ahli Muda",
      atasanRateesOf,
      "sekda",
      ["sekcam", ...kasiKecamatan, ...lurah, "analis-kebijakan"],
    ],
    [
      "rateesOf the Camat are the Sekcam, the five Kasi, the seven Lurah and the JF Ahli Muda of a seksi",
      rateesOf,
      "camat",
      ["sekcam", ...kasiKecamatan, ...lurah, "analis-kebijakan"],
    ],
    [
      "atasanRateesOf the Camat are the Kasubbag, the seksi staff, the Sekretaris Lurah and the Kasi kelurahan",
      atasanRateesOf,
      "camat",
      ["kasubbag-umum", "kasubbag-pk", ...stafSeksi, "polpp", ...seklur, ...kasiKelurahan],
    ],
    ["rateesOf the Sekcam are the two Kasubbag", rateesOf, "sekcam", ["kasubbag-umum", "kasubbag-pk"]],
    [
      "atasanRateesOf the Sekcam are the sekretariat staff",
      atasanRateesOf,
      "sekcam",
      ["staf-umum", "prakom", "arsiparis", "staf-pk"],
    ],
    [
      "rateesOf the Kasubbag Umum are his pelaksana and the two JF",
      rateesOf,
      "kasubbag-umum",
      ["staf-umum", "prakom", "arsiparis"],
    ],
    [
      "rateesOf the Kasi Pemerintahan are his pelaksana but not the JF Ahli Muda of his seksi",
      rateesOf,
      "kasi-pem",
      ["staf-pem"],
    ],
    ["rateesOf the Kasi Pelayanan Umum is the Pengelola Layanan Operasional", rateesOf, "kasi-yanum", ["staf-yanum"]],
    ["atasanRateesOf the Kasi Pelayanan Umum is nobody", atasanRateesOf, "kasi-yanum", []],
    [
      "rateesOf the Lurah Talang Putri are the Sekretaris Lurah and the Kasi kelurahan",
      rateesOf,
      "lurah-tpt",
      ["seklur-tpt", "kasi-pem-tpt", "kasi-trantib-tpt", "kasi-pmks-tpt"],
    ],
    [
      "atasanRateesOf the Lurah Talang Putri are the kelurahan pelaksana",
      atasanRateesOf,
      "lurah-tpt",
      ["staf-pem-tpt", "staf-trantib-tpt", "staf-pmks-tpt"],
    ],
    ["rateesOf the Sekretaris Lurah is nobody", rateesOf, "seklur-tpt", []],
    ["rateesOf a Kasi kelurahan is his pelaksana", rateesOf, "kasi-trantib-bgk", ["staf-trantib-bgk"]],
    ["rateesOf a pelaksana is nobody", rateesOf, "staf-yanum", []],
    ["atasanRateesOf a pelaksana is nobody", atasanRateesOf, "staf-yanum", []],
  ];
  for (const [what, list, seat, expected] of cases) {
    it(what, () => {
      assert.deepEqual(sorted(list(chart, holder(seat), DATE)), holders(expected));
    });
  }

  it("finds no ratees for someone outside the chart", () => {
    assert.deepEqual(rateesOf(chart, "pegawai-tidak-dikenal", DATE), []);
    assert.deepEqual(atasanRateesOf(chart, "pegawai-tidak-dikenal", DATE), []);
  });

  it("finds no ratees before anyone was placed", () => {
    assert.deepEqual(rateesOf(chart, holder("camat"), "2020-12-31"), []);
    assert.deepEqual(atasanRateesOf(chart, holder("camat"), "2020-12-31"), []);
  });

  it("lists each employee once among the ratees of the rater that resolveRaters gives them", () => {
    for (const employeeId of employeesIn(chart)) {
      const { rater, atasanRater } = resolveRaters(chart, employeeId, DATE);
      if (rater?.employeeId) {
        const count = rateesOf(chart, rater.employeeId, DATE).filter((id) => id === employeeId).length;
        assert.equal(count, 1, `${employeeId} among the ratees of ${rater.employeeId}`);
      }
      if (atasanRater?.employeeId) {
        const count = atasanRateesOf(chart, atasanRater.employeeId, DATE).filter((id) => id === employeeId).length;
        assert.equal(count, 1, `${employeeId} among the atasan ratees of ${atasanRater.employeeId}`);
      }
    }
  });
});

describe("holderOn", () => {
  const on = (kind: PlacementKind, employeeId: string, startDate = BASE_START, endDate: string | null = null) =>
    placement(employeeId, "pos", kind, startDate, endDate);
  const chartOf = (placements: ChartPlacement[]): OrgChart => ({
    positions: new Map([["pos", { id: "pos", kind: "pengawas", parentPositionId: null, raterPositionId: null }]]),
    placements: [...placements, placement("lain", "pos-lain", "definitif", BASE_START)],
  });
  const cases: [string, ChartPlacement[], string[], ReturnType<typeof holderOn>][] = [
    ["nobody for a post without placements", [], [], null],
    ["the definitive holder", [on("definitif", "a")], [], { employeeId: "a", kind: "definitif" }],
    [
      "the definitive holder before a Plt and a Plh, whatever the order",
      [on("plh", "c"), on("plt", "b"), on("definitif", "a")],
      [],
      { employeeId: "a", kind: "definitif" },
    ],
    ["a Plt before a Plh", [on("plh", "c"), on("plt", "b")], [], { employeeId: "b", kind: "plt" }],
    ["a Plh alone", [on("plh", "c")], [], { employeeId: "c", kind: "plh" }],
    [
      "the Plt when the definitive holder is excluded",
      [on("definitif", "a"), on("plt", "b")],
      ["a"],
      { employeeId: "b", kind: "plt" },
    ],
    [
      "the Plh when the definitive holder and the Plt are excluded",
      [on("definitif", "a"), on("plt", "b"), on("plh", "c")],
      ["a", "b"],
      { employeeId: "c", kind: "plh" },
    ],
    ["nobody when the only holder is excluded", [on("plt", "b")], ["b"], null],
    ["nobody when the only placement has ended", [on("definitif", "a", "2020-01-01", "2026-03-14")], [], null],
    ["nobody when the only placement starts later", [on("definitif", "a", "2026-03-16")], [], null],
    [
      "the holder whose placement ends on the date",
      [on("definitif", "a", "2020-01-01", DATE)],
      [],
      { employeeId: "a", kind: "definitif" },
    ],
    ["the holder whose placement starts on the date", [on("plt", "b", DATE)], [], { employeeId: "b", kind: "plt" }],
    [
      "the current holder, not the one who left",
      [on("definitif", "a", "2020-01-01", "2025-12-31"), on("definitif", "d", "2026-01-01")],
      [],
      { employeeId: "d", kind: "definitif" },
    ],
  ];
  for (const [what, placements, exclude, expected] of cases) {
    it(`finds ${what}`, () => {
      assert.deepEqual(holderOn(chartOf(placements), "pos", DATE, new Set(exclude)), expected);
    });
  }

  it("excludes nobody by default", () => {
    assert.deepEqual(holderOn(chartOf([on("definitif", "a")]), "pos", DATE), { employeeId: "a", kind: "definitif" });
  });
});

describe("ownPositionOn", () => {
  const chart: OrgChart = {
    positions: new Map(),
    placements: [
      placement("a", "kasi-pem", "definitif", "2024-01-01", "2026-06-30"),
      placement("a", "lurah-kmp", "plt", "2026-02-01"),
      placement("a", "lurah-pju", "definitif", "2026-07-01"),
      placement("b", "camat", "plh", "2026-03-01", "2026-03-31"),
    ],
  };
  const cases: [string, string, string, string | null][] = [
    ["the definitive post, not an acting duty held at the same time", "a", "2026-03-15", "kasi-pem"],
    ["the definitive post before any acting duty", "a", "2025-01-01", "kasi-pem"],
    ["the new definitive post after a move", "a", "2026-07-01", "lurah-pju"],
    ["nothing before the first placement", "a", "2023-12-31", null],
    ["nothing for someone with only an acting duty", "b", "2026-03-15", null],
    ["nothing for someone without placements", "c", "2026-03-15", null],
  ];
  for (const [what, employeeId, date, expected] of cases) {
    it(`gives ${what}`, () => {
      assert.equal(ownPositionOn(chart, employeeId, date), expected);
    });
  }
});

describe("isActiveOn", () => {
  const cases: [string, string | null, string, boolean][] = [
    ["2026-01-01", "2026-12-31", "2026-03-15", true],
    ["2026-01-01", "2026-12-31", "2026-01-01", true],
    ["2026-01-01", "2026-12-31", "2026-12-31", true],
    ["2026-01-01", "2026-12-31", "2025-12-31", false],
    ["2026-01-01", "2026-12-31", "2027-01-01", false],
    ["2026-01-01", null, "2099-12-31", true],
    ["2026-01-01", null, "2025-12-31", false],
    ["2026-03-15", "2026-03-15", "2026-03-15", true],
    ["2026-03-15", "2026-03-15", "2026-03-16", false],
  ];
  for (const [startDate, endDate, date, expected] of cases) {
    const span = `${startDate} to ${endDate ?? "open end"}`;
    it(`${expected ? "counts" : "does not count"} a placement from ${span} as active on ${date}`, () => {
      assert.equal(isActiveOn({ startDate, endDate }, date), expected);
    });
  }
});
