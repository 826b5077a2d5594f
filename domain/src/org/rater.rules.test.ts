import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  BASE_START,
  DATE,
  employeesIn,
  holder,
  holders,
  kecamatanSeksi,
  kelurahan,
  kelurahanSeksi,
  nameOf,
  officer,
  placement,
  plaju,
  sorted,
} from "./rater.fixture";
import {
  atasanRateesOf,
  type ChartPlacement,
  ownPositionOn,
  type RaterResolution,
  type ResolvedOfficer,
  rateesOf,
  resolveRaters,
} from "./rater.rules";

describe("resolveRaters in the fully staffed Plaju office", () => {
  const chart = plaju();
  const cases: [string, string, string][] = [
    ["camat", "sekda", "walikota"],
    ["sekcam", "camat", "sekda"],
    ["kasubbag-umum", "sekcam", "camat"],
    ["kasubbag-pk", "sekcam", "camat"],
    ["staf-umum", "kasubbag-umum", "sekcam"],
    ["staf-pk", "kasubbag-pk", "sekcam"],
    // Jabatan fungsional by jenjang (§3.6): Ahli Pertama and Terampil by the nearest pengawas, with an
    // administrator as atasan; Ahli Muda by an administrator, with a JPT Pratama as atasan.
    ["prakom", "kasubbag-umum", "sekcam"],
    ["arsiparis", "kasubbag-umum", "sekcam"],
    ["polpp", "kasi-trantib", "camat"],
    ["analis-kebijakan", "camat", "sekda"],
  ];
  for (const [code] of kecamatanSeksi) {
    cases.push([`kasi-${code}`, "camat", "sekda"]);
    cases.push([`staf-${code}`, `kasi-${code}`, "camat"]);
  }
  for (const [code] of kelurahan) {
    cases.push([`lurah-${code}`, "camat", "sekda"]);
    cases.push([`seklur-${code}`, `lurah-${code}`, "camat"]);
    for (const [seksi] of kelurahanSeksi) {
      cases.push([`kasi-${seksi}-${code}`, `lurah-${code}`, "camat"]);
      cases.push([`staf-${seksi}-${code}`, `kasi-${seksi}-${code}`, `lurah-${code}`]);
    }
  }

  for (const [seat, rater, atasan] of cases) {
    it(`the ${nameOf(seat)} is rated by the ${nameOf(rater)}, with the ${nameOf(atasan)} as atasan`, () => {
      assert.deepEqual(resolveRaters(chart, holder(seat), DATE), {
        positionId: seat,
        rater: officer(rater),
        atasanRater: officer(atasan),
      });
    });
  }

  it("rates the Camat through the vacant Wali Kota post, which counts as atasan with no employee", () => {
    const resolution = resolveRaters(chart, holder("camat"), DATE);
    assert.equal(resolution.atasanRater?.positionId, "walikota");
    assert.equal(resolution.atasanRater?.employeeId, null);
  });

  it("rates the Sekda by the Wali Kota post and finds no atasan above the Wali Kota", () => {
    assert.deepEqual(resolveRaters(chart, holder("sekda"), DATE), {
      positionId: "sekda",
      rater: officer("walikota"),
      atasanRater: null,
    });
  });

  it("covers every employee of the office except the Sekda in the table above", () => {
    const covered = new Set(cases.map(([seat]) => holder(seat)));
    assert.deepEqual(
      employeesIn(chart).filter((id) => !covered.has(id)),
      [holder("sekda")],
    );
  });
});

describe("resolveRaters with a Plt Lurah Komperta: the Kasi Pemerintahan acts while keeping his own post", () => {
  const chart = plaju({
    vacate: ["lurah-kmp"],
    add: [placement(holder("kasi-pem"), "lurah-kmp", "plt", "2026-02-01")],
  });
  const plt = officer("lurah-kmp", { employeeId: holder("kasi-pem"), acting: "plt" });
  const cases: [string, string, string, RaterResolution][] = [
    [
      "the Sekretaris Lurah Komperta is rated by the Plt Lurah, with the Camat as atasan",
      "seklur-kmp",
      DATE,
      { positionId: "seklur-kmp", rater: plt, atasanRater: officer("camat") },
    ],
    [
      "a Kasi of Kelurahan Komperta is rated by the Plt Lurah, with the Camat as atasan",
      "kasi-trantib-kmp",
      DATE,
      { positionId: "kasi-trantib-kmp", rater: plt, atasanRater: officer("camat") },
    ],
    [
      "a pelaksana of Kelurahan Komperta is rated by his Kasi, with the Plt Lurah as atasan",
      "staf-pem-kmp",
      DATE,
      { positionId: "staf-pem-kmp", rater: officer("kasi-pem-kmp"), atasanRater: plt },
    ],
    [
      "the Plt himself is still rated from his definitive post, by the Camat, with the Sekda as atasan",
      "kasi-pem",
      DATE,
      { positionId: "kasi-pem", rater: officer("camat"), atasanRater: officer("sekda") },
    ],
    [
      "the staff of the Plt's own seksi are still rated by him as Kasi",
      "staf-pem",
      DATE,
      { positionId: "staf-pem", rater: officer("kasi-pem"), atasanRater: officer("camat") },
    ],
    [
      "before the Plt starts, the Sekretaris Lurah goes past the vacant Lurah post up to the Camat",
      "seklur-kmp",
      "2026-01-31",
      { positionId: "seklur-kmp", rater: officer("camat"), atasanRater: officer("sekda") },
    ],
    [
      "before the Plt starts, a kelurahan pelaksana has his Kasi as rater and the Camat as atasan",
      "staf-pem-kmp",
      "2026-01-31",
      { positionId: "staf-pem-kmp", rater: officer("kasi-pem-kmp"), atasanRater: officer("camat") },
    ],
    [
      "the Plt takes over on the first day of his term",
      "seklur-kmp",
      "2026-02-01",
      { positionId: "seklur-kmp", rater: plt, atasanRater: officer("camat") },
    ],
  ];
  for (const [what, seat, date, expected] of cases) {
    it(what, () => {
      assert.deepEqual(resolveRaters(chart, holder(seat), date), expected);
    });
  }

  it("keeps the Plt's own position as his definitive Kasi post", () => {
    assert.equal(ownPositionOn(chart, holder("kasi-pem"), DATE), "kasi-pem");
  });

  it("lists the Plt's own staff and the Komperta officials as his ratees", () => {
    assert.deepEqual(
      sorted(rateesOf(chart, holder("kasi-pem"), DATE)),
      holders(["staf-pem", "seklur-kmp", "kasi-pem-kmp", "kasi-trantib-kmp", "kasi-pmks-kmp"]),
    );
  });

  it("makes the Plt the atasan penilai of the Komperta pelaksana", () => {
    assert.deepEqual(
      sorted(atasanRateesOf(chart, holder("kasi-pem"), DATE)),
      holders(["staf-pem-kmp", "staf-trantib-kmp", "staf-pmks-kmp"]),
    );
  });

  it("gives the Plt no ratees in Komperta before his term starts", () => {
    assert.deepEqual(rateesOf(chart, holder("kasi-pem"), "2026-01-31"), [holder("staf-pem")]);
  });
});

describe("resolveRaters prefers the definitive holder, then a Plt, then a Plh (Kasi Kesos post)", () => {
  const definitive = placement(holder("kasi-kesos"), "kasi-kesos", "definitif", BASE_START);
  const plt = placement(holder("kasi-pmk"), "kasi-kesos", "plt", "2026-01-01");
  // This Plh's appointment gives him the authority to rate (by default a Plh does not rate: rater.plh.test.ts).
  const plh = placement(holder("kasi-yanum"), "kasi-kesos", "plh", "2026-03-01", "2026-03-31", true);
  const plhWithoutAuthority = placement(holder("kasi-yanum"), "kasi-kesos", "plh", "2026-03-01", "2026-03-31");
  const cases: [string, ChartPlacement[], ResolvedOfficer][] = [
    ["the definitive holder when there are also a Plt and a Plh", [plh, plt, definitive], officer("kasi-kesos")],
    ["the definitive holder over a Plh standing in for a few days", [plh, definitive], officer("kasi-kesos")],
    [
      "the Plt over a Plh when there is no definitive holder",
      [plh, plt],
      officer("kasi-kesos", { employeeId: holder("kasi-pmk"), acting: "plt" }),
    ],
    [
      "a Plt when he is the only holder",
      [plt],
      officer("kasi-kesos", { employeeId: holder("kasi-pmk"), acting: "plt" }),
    ],
    [
      "a Plh when there is neither a definitive holder nor a Plt",
      [plh],
      officer("kasi-kesos", { employeeId: holder("kasi-yanum"), acting: "plh" }),
    ],
    [
      "a Plh when the Plt's term has ended",
      [plh, placement(holder("kasi-pmk"), "kasi-kesos", "plt", "2025-01-01", "2026-02-28")],
      officer("kasi-kesos", { employeeId: holder("kasi-yanum"), acting: "plh" }),
    ],
    [
      "the Camat, above, when the only Plh has not started yet",
      [placement(holder("kasi-yanum"), "kasi-kesos", "plh", "2026-04-01", "2026-04-30")],
      officer("camat"),
    ],
    [
      "the Camat, above, when the former definitive holder has left",
      [placement(holder("kasi-kesos"), "kasi-kesos", "definitif", BASE_START, "2026-03-14")],
      officer("camat"),
    ],
    ["the Camat, above, when the post has no holder at all", [], officer("camat")],
    [
      "the Camat, above, when the only holder is a Plh without authority to rate",
      [plhWithoutAuthority],
      officer("camat"),
    ],
    [
      "the Plt when the Plh has no authority to rate either way",
      [plhWithoutAuthority, plt],
      officer("kasi-kesos", { employeeId: holder("kasi-pmk"), acting: "plt" }),
    ],
  ];
  for (const [what, placements, rater] of cases) {
    it(`gives the Kasi Kesos staff ${what}`, () => {
      const chart = plaju({ vacate: ["kasi-kesos"], add: placements });
      const atasan = rater.positionId === "camat" ? officer("sekda") : officer("camat");
      assert.deepEqual(resolveRaters(chart, holder("staf-kesos"), DATE), {
        positionId: "staf-kesos",
        rater,
        atasanRater: atasan,
      });
    });
  }
});

describe("resolveRaters skips vacant posts upward", () => {
  const cases: [string, string[], string, ResolvedOfficer | null, ResolvedOfficer | null][] = [
    ["a vacant Kasi post sends its staff to the Camat", ["kasi-pmk"], "staf-pmk", officer("camat"), officer("sekda")],
    [
      "a vacant Kasubbag post sends its pelaksana to the Sekcam",
      ["kasubbag-umum"],
      "staf-umum",
      officer("sekcam"),
      officer("camat"),
    ],
    [
      "a vacant Kasubbag post sends its JF to the Sekcam",
      ["kasubbag-umum"],
      "prakom",
      officer("sekcam"),
      officer("camat"),
    ],
    [
      "a vacant Sekcam post sends the Kasubbag to the Camat",
      ["sekcam"],
      "kasubbag-pk",
      officer("camat"),
      officer("sekda"),
    ],
    [
      "a vacant Sekcam post makes the Camat atasan of the Kasubbag staff",
      ["sekcam"],
      "staf-pk",
      officer("kasubbag-pk"),
      officer("camat"),
    ],
    ["a vacant Camat post sends the Sekcam to the Sekda", ["camat"], "sekcam", officer("sekda"), officer("walikota")],
    ["a vacant Camat post sends a Lurah to the Sekda", ["camat"], "lurah-tpt", officer("sekda"), officer("walikota")],
    [
      "a vacant Camat post makes the Sekda atasan of seksi staff",
      ["camat"],
      "staf-yanum",
      officer("kasi-yanum"),
      officer("sekda"),
    ],
    [
      "a vacant Lurah post sends the Sekretaris Lurah to the Camat",
      ["lurah-tpt"],
      "seklur-tpt",
      officer("camat"),
      officer("sekda"),
    ],
    [
      "a vacant Lurah and Kasi post send a kelurahan pelaksana to the Camat",
      ["lurah-tpt", "kasi-pem-tpt"],
      "staf-pem-tpt",
      officer("camat"),
      officer("sekda"),
    ],
    ["a vacant Sekda post leaves the Camat to the Wali Kota post", ["sekda"], "camat", officer("walikota"), null],
    [
      "vacant Camat and Sekda posts leave the Sekcam to the Wali Kota post",
      ["camat", "sekda"],
      "sekcam",
      officer("walikota"),
      null,
    ],
  ];
  for (const [what, vacate, seat, rater, atasanRater] of cases) {
    it(what, () => {
      assert.deepEqual(resolveRaters(plaju({ vacate }), holder(seat), DATE), { positionId: seat, rater, atasanRater });
    });
  }
});

describe("resolveRaters follows a delegated rater (raterPositionId)", () => {
  const cases: [string, Record<string, string>, string[], string, ResolvedOfficer, ResolvedOfficer | null][] = [
    [
      "a JF delegated to the Sekcam is rated by the Sekcam, with the Camat as atasan",
      { prakom: "sekcam" },
      [],
      "prakom",
      officer("sekcam", { delegated: true }),
      officer("camat"),
    ],
    [
      "a pelaksana delegated to a JF is rated by the JF even though a JF cannot normally rate",
      { "staf-umum": "prakom" },
      [],
      "staf-umum",
      officer("prakom", { delegated: true }),
      officer("kasubbag-umum"),
    ],
    [
      "a Sekretaris Lurah delegated to the Camat skips the Lurah",
      { "seklur-tpt": "camat" },
      [],
      "seklur-tpt",
      officer("camat", { delegated: true }),
      officer("sekda"),
    ],
    [
      "a kelurahan pelaksana delegated to the Sekretaris Lurah is rated by him, with the Lurah as atasan",
      { "staf-pem-tpt": "seklur-tpt" },
      [],
      "staf-pem-tpt",
      officer("seklur-tpt", { delegated: true }),
      officer("lurah-tpt"),
    ],
    [
      "the atasan of seksi staff follows the Kasi's delegation to the Sekcam",
      { "kasi-yanum": "sekcam" },
      [],
      "staf-yanum",
      officer("kasi-yanum"),
      officer("sekcam", { delegated: true }),
    ],
    [
      "a delegation to a vacant post continues above that post",
      { "kasi-pem": "sekcam" },
      ["sekcam"],
      "kasi-pem",
      officer("camat"),
      officer("sekda"),
    ],
    [
      "a delegation to a vacant JF post continues to the JF's superior",
      { "staf-umum": "prakom" },
      ["prakom"],
      "staf-umum",
      officer("kasubbag-umum"),
      officer("sekcam"),
    ],
    [
      "a delegation to the Wali Kota post counts even though it is vacant",
      { camat: "walikota" },
      [],
      "camat",
      officer("walikota", { delegated: true }),
      null,
    ],
  ];
  for (const [what, delegate, vacate, seat, rater, atasanRater] of cases) {
    it(what, () => {
      const chart = plaju({ delegate, vacate });
      assert.deepEqual(resolveRaters(chart, holder(seat), DATE), { positionId: seat, rater, atasanRater });
    });
  }
});
