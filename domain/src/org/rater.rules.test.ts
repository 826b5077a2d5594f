import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PlacementKind, PositionKind } from "./org.schema";
import {
  atasanRateesOf,
  type ChartPlacement,
  type ChartPosition,
  holderOn,
  isActiveOn,
  type OrgChart,
  ownPositionOn,
  type RaterResolution,
  type ResolvedOfficer,
  rateesOf,
  resolveRaters,
} from "./rater.rules";

/*
 * The demo office, Kecamatan Plaju (Kota Palembang), per REGULATIONS.md §7.1 and §7.2: the Wali Kota (elected, not in
 * the employee register), the Sekda, the Camat, the Sekcam with two Kasubbag, five Kasi, their staff (pelaksana and
 * one JF), and seven kelurahan, each with a Lurah, a Sekretaris Lurah, three Kasi and a pelaksana under each Kasi.
 */

type Seat = { id: string; name: string; kind: PositionKind; parent: string | null; vacant?: boolean };

const kelurahan: readonly [string, string][] = [
  ["bgk", "Bagus Kuning"],
  ["kmp", "Komperta"],
  ["pjd", "Plaju Darat"],
  ["pji", "Plaju Ilir"],
  ["pju", "Plaju Ulu"],
  ["tbb", "Talang Bubuk"],
  ["tpt", "Talang Putri"],
];

const kecamatanSeksi: readonly [string, string, string][] = [
  ["pem", "Kepala Seksi Pemerintahan", "Penata Kelola Pemerintahan"],
  ["trantib", "Kepala Seksi Ketenteraman dan Ketertiban Umum", "Pranata Trantibum"],
  ["pmk", "Kepala Seksi Pemberdayaan Masyarakat dan Kelurahan", "Fasilitator Pemerintahan"],
  ["kesos", "Kepala Seksi Kesejahteraan Sosial", "Pengolah Data dan Informasi"],
  ["yanum", "Kepala Seksi Pelayanan Umum", "Pengelola Layanan Operasional"],
];

const kelurahanSeksi: readonly [string, string][] = [
  ["pem", "Pemerintahan"],
  ["trantib", "Ketenteraman dan Ketertiban"],
  ["pmks", "Pemberdayaan Masyarakat dan Kesejahteraan Sosial"],
];

function plajuSeats(): Seat[] {
  const seats: Seat[] = [
    { id: "walikota", name: "Wali Kota Palembang", kind: "kepala_daerah", parent: null, vacant: true },
    { id: "sekda", name: "Sekretaris Daerah Kota Palembang", kind: "jpt", parent: "walikota" },
    { id: "camat", name: "Camat Plaju", kind: "administrator", parent: "sekda" },
    { id: "sekcam", name: "Sekretaris Kecamatan", kind: "administrator", parent: "camat" },
    { id: "kasubbag-umum", name: "Kepala Subbagian Umum dan Kepegawaian", kind: "pengawas", parent: "sekcam" },
    { id: "kasubbag-pk", name: "Kepala Subbagian Perencanaan dan Keuangan", kind: "pengawas", parent: "sekcam" },
    { id: "staf-umum", name: "Pengadministrasi Perkantoran", kind: "pelaksana", parent: "kasubbag-umum" },
    { id: "prakom", name: "Pranata Komputer Ahli Pertama", kind: "fungsional", parent: "kasubbag-umum" },
    { id: "staf-pk", name: "Verifikator Keuangan", kind: "pelaksana", parent: "kasubbag-pk" },
  ];
  for (const [code, headName, staffName] of kecamatanSeksi) {
    seats.push({ id: `kasi-${code}`, name: headName, kind: "pengawas", parent: "camat" });
    seats.push({ id: `staf-${code}`, name: `${staffName} (Seksi ${code})`, kind: "pelaksana", parent: `kasi-${code}` });
  }
  // A second seat in Seksi Pemerintahan, left empty for the employee who moves at mid-year.
  seats.push({ id: "pem-2", name: "Penelaah Teknis Kebijakan", kind: "pelaksana", parent: "kasi-pem", vacant: true });
  for (const [code, name] of kelurahan) {
    seats.push({ id: `lurah-${code}`, name: `Lurah ${name}`, kind: "pengawas", parent: "camat" });
    seats.push({ id: `seklur-${code}`, name: `Sekretaris Lurah ${name}`, kind: "pengawas", parent: `lurah-${code}` });
    for (const [seksi, seksiName] of kelurahanSeksi) {
      seats.push({
        id: `kasi-${seksi}-${code}`,
        name: `Kepala Seksi ${seksiName} Kelurahan ${name}`,
        kind: "pengawas",
        parent: `lurah-${code}`,
      });
      seats.push({
        id: `staf-${seksi}-${code}`,
        name: `Pengadministrasi Perkantoran (Seksi ${seksiName} Kelurahan ${name})`,
        kind: "pelaksana",
        parent: `kasi-${seksi}-${code}`,
      });
    }
  }
  seats.push({
    id: "pju-pem-2",
    name: "Pengadministrasi Umum (Seksi Pemerintahan Kelurahan Plaju Ulu)",
    kind: "pelaksana",
    parent: "kasi-pem-pju",
    vacant: true,
  });
  return seats;
}

const seats = plajuSeats();
const seatNames = new Map(seats.map((s) => [s.id, s.name]));
const nameOf = (seatId: string): string => seatNames.get(seatId) ?? seatId;

/** The employee who holds a seat definitively in the base chart. */
const holder = (seatId: string): string => `pegawai-${seatId}`;

const BASE_START = "2021-01-01";
const DATE = "2026-03-15";

function placement(
  employeeId: string,
  positionId: string,
  kind: PlacementKind,
  startDate: string,
  endDate: string | null = null,
): ChartPlacement {
  return { employeeId, positionId, kind, startDate, endDate };
}

type Changes = {
  /** Seats whose definitive holder is taken out of the chart. */
  vacate?: readonly string[];
  /** Delegated raters: position id -> rater position id. */
  delegate?: Readonly<Record<string, string>>;
  /** Placements added to the chart (acting officials, moves). */
  add?: readonly ChartPlacement[];
};

/** The base chart: every seat held definitively since 2021 except the Wali Kota and the two spare seats. */
function plaju(changes: Changes = {}): OrgChart {
  const vacate = new Set(changes.vacate ?? []);
  const delegate = changes.delegate ?? {};
  const positions = new Map<string, ChartPosition>(
    seats.map((s) => [
      s.id,
      { id: s.id, kind: s.kind, parentPositionId: s.parent, raterPositionId: delegate[s.id] ?? null },
    ]),
  );
  const placements = seats
    .filter((s) => !s.vacant && !vacate.has(s.id))
    .map((s) => placement(holder(s.id), s.id, "definitif", BASE_START));
  return { positions, placements: [...placements, ...(changes.add ?? [])] };
}

type OfficerOptions = { employeeId?: string | null; acting?: "plt" | "plh"; delegated?: boolean };

/** The expected officer at a seat: its definitive holder unless told otherwise; the vacant Wali Kota post has none. */
function officer(positionId: string, options: OfficerOptions = {}): ResolvedOfficer {
  const fallback = positionId === "walikota" ? null : holder(positionId);
  return {
    positionId,
    employeeId: options.employeeId === undefined ? fallback : options.employeeId,
    acting: options.acting ?? null,
    delegated: options.delegated ?? false,
  };
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort();
const holders = (seatIds: readonly string[]): string[] => sorted(seatIds.map(holder));

/** Every employee with a definitive placement in the chart. */
function employeesIn(chart: OrgChart): string[] {
  return [...new Set(chart.placements.filter((p) => p.kind === "definitif").map((p) => p.employeeId))];
}

describe("resolveRaters in the fully staffed Plaju office", () => {
  const chart = plaju();
  const cases: [string, string, string][] = [
    ["camat", "sekda", "walikota"],
    ["sekcam", "camat", "sekda"],
    ["kasubbag-umum", "sekcam", "camat"],
    ["kasubbag-pk", "sekcam", "camat"],
    ["staf-umum", "kasubbag-umum", "sekcam"],
    ["staf-pk", "kasubbag-pk", "sekcam"],
    ["prakom", "kasubbag-umum", "sekcam"],
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

describe("resolveRaters with a Plh Kasi Trantib Bagus Kuning (the Sekretaris Lurah) from 1 October", () => {
  const chart = plaju({
    vacate: ["kasi-trantib-bgk"],
    add: [placement(holder("seklur-bgk"), "kasi-trantib-bgk", "plh", "2026-10-01")],
  });
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
});

describe("resolveRaters prefers the definitive holder, then a Plt, then a Plh (Kasi Kesos post)", () => {
  const definitive = placement(holder("kasi-kesos"), "kasi-kesos", "definitif", BASE_START);
  const plt = placement(holder("kasi-pmk"), "kasi-kesos", "plt", "2026-01-01");
  const plh = placement(holder("kasi-yanum"), "kasi-kesos", "plh", "2026-03-01", "2026-03-31");
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

describe("resolveRaters never lets anyone rate themselves", () => {
  const sekcamPltCamat: Changes = {
    vacate: ["camat"],
    add: [placement(holder("sekcam"), "camat", "plt", "2026-01-01")],
  };
  const seklurPltLurah: Changes = {
    vacate: ["lurah-tpt"],
    add: [placement(holder("seklur-tpt"), "lurah-tpt", "plt", "2026-01-01")],
  };
  const kasiPlhCamat: Changes = {
    vacate: ["camat"],
    add: [placement(holder("kasi-pem"), "camat", "plh", "2026-03-01", "2026-03-31")],
  };
  const sekdaPltCamat: Changes = {
    vacate: ["camat"],
    add: [placement(holder("sekda"), "camat", "plt", "2026-01-01")],
  };
  /** The Sekcam is Plt Camat; while he is away in March a Kasi stands in as Plh Camat. */
  const plhUnderPltCamat: Changes = {
    vacate: ["camat"],
    add: [
      placement(holder("sekcam"), "camat", "plt", "2026-01-01"),
      placement(holder("kasi-pem"), "camat", "plh", "2026-03-10", "2026-03-20"),
    ],
  };
  /** The Kasi Pemerintahan is Plt Camat; while he is away in March the Sekcam stands in as Plh Camat. */
  const plhUnderKasiPltCamat: Changes = {
    vacate: ["camat"],
    add: [
      placement(holder("kasi-pem"), "camat", "plt", "2026-01-01"),
      placement(holder("sekcam"), "camat", "plh", "2026-03-10", "2026-03-20"),
    ],
  };
  const cases: [string, Changes, string, ResolvedOfficer | null, ResolvedOfficer | null][] = [
    [
      "the Sekcam who is Plt Camat skips himself and is rated by the Sekda",
      sekcamPltCamat,
      "sekcam",
      officer("sekda"),
      officer("walikota"),
    ],
    [
      "a Kasi is rated by the Sekcam as Plt Camat",
      sekcamPltCamat,
      "kasi-pem",
      officer("camat", { employeeId: holder("sekcam"), acting: "plt" }),
      officer("sekda"),
    ],
    [
      "a Kasubbag rated by the Sekcam gets the Sekda, not the Sekcam again as Plt Camat, as atasan",
      sekcamPltCamat,
      "kasubbag-umum",
      officer("sekcam"),
      officer("sekda"),
    ],
    [
      "the Sekretaris Lurah who is Plt Lurah skips himself and is rated by the Camat",
      seklurPltLurah,
      "seklur-tpt",
      officer("camat"),
      officer("sekda"),
    ],
    [
      "a Kasi kelurahan is rated by the Sekretaris Lurah as Plt Lurah",
      seklurPltLurah,
      "kasi-pmks-tpt",
      officer("lurah-tpt", { employeeId: holder("seklur-tpt"), acting: "plt" }),
      officer("camat"),
    ],
    [
      "the Kasi who is Plh Camat skips himself and is rated by the Sekda",
      kasiPlhCamat,
      "kasi-pem",
      officer("sekda"),
      officer("walikota"),
    ],
    [
      "the staff of the Kasi who is Plh Camat get the Sekda, not their own Kasi again, as atasan",
      kasiPlhCamat,
      "staf-pem",
      officer("kasi-pem"),
      officer("sekda"),
    ],
    [
      "the Sekcam rated by the Sekda as Plt Camat gets the Wali Kota, not the Sekda again, as atasan",
      sekdaPltCamat,
      "sekcam",
      officer("camat", { employeeId: holder("sekda"), acting: "plt" }),
      officer("walikota"),
    ],
    [
      "the Sekcam who is Plt Camat goes up to the Sekda, not to the Kasi standing in for him as Plh Camat",
      plhUnderPltCamat,
      "sekcam",
      officer("sekda"),
      officer("walikota"),
    ],
    [
      "the Kasi standing in as Plh Camat is still rated by the Sekcam as Plt Camat",
      plhUnderPltCamat,
      "kasi-pem",
      officer("camat", { employeeId: holder("sekcam"), acting: "plt" }),
      officer("sekda"),
    ],
    [
      "the staff of a Kasi who is Plt Camat get the Sekda as atasan, not the Plh standing in for their Kasi",
      plhUnderKasiPltCamat,
      "staf-pem",
      officer("kasi-pem"),
      officer("sekda"),
    ],
    [
      "the Kasi who is Plt Camat goes up to the Sekda, not to the Sekcam standing in for him as Plh Camat",
      plhUnderKasiPltCamat,
      "kasi-pem",
      officer("sekda"),
      officer("walikota"),
    ],
  ];
  for (const [what, changes, seat, rater, atasanRater] of cases) {
    it(what, () => {
      assert.deepEqual(resolveRaters(plaju(changes), holder(seat), DATE), { positionId: seat, rater, atasanRater });
    });
  }

  const charts: [string, Changes][] = [
    ["the fully staffed office", {}],
    ["the office with the Sekcam as Plt Camat", sekcamPltCamat],
    ["the office with a Sekretaris Lurah as Plt Lurah", seklurPltLurah],
    ["the office with a Kasi as Plh Camat", kasiPlhCamat],
    ["the office with the Sekda as Plt Camat", sekdaPltCamat],
    ["the office with the Sekcam as Plt Camat and a Kasi as Plh Camat", plhUnderPltCamat],
    ["the office with a Kasi as Plt Camat and the Sekcam as Plh Camat", plhUnderKasiPltCamat],
    [
      "the office where every Kasi kecamatan is also Plt of one Lurah",
      {
        vacate: kelurahan.slice(0, 5).map(([code]) => `lurah-${code}`),
        add: kecamatanSeksi.map(([code], i) =>
          placement(holder(`kasi-${code}`), `lurah-${kelurahan[i]?.[0] ?? ""}`, "plt", "2026-01-01"),
        ),
      },
    ],
  ];
  for (const [what, changes] of charts) {
    it(`gives nobody in ${what} themselves as rater or atasan, the rater as atasan, or a ratee as rater`, () => {
      const chart = plaju(changes);
      for (const employeeId of employeesIn(chart)) {
        const { rater, atasanRater } = resolveRaters(chart, employeeId, DATE);
        if (rater?.employeeId) {
          const back = resolveRaters(chart, rater.employeeId, DATE).rater?.employeeId;
          assert.notEqual(back, employeeId, `${employeeId} and ${rater.employeeId} rate each other`);
        }
        assert.notEqual(rater?.employeeId, employeeId, `${employeeId} rates themselves`);
        assert.notEqual(atasanRater?.employeeId, employeeId, `${employeeId} is their own atasan`);
        if (rater?.employeeId && atasanRater) {
          assert.notEqual(atasanRater.employeeId, rater.employeeId, `${employeeId} has the same rater and atasan`);
        }
      }
    });
  }
});

describe("resolveRaters for an employee who moves at mid-year from Seksi Pemerintahan to Kelurahan Plaju Ulu", () => {
  const mover = "pegawai-pindah";
  const moves = (secondStart: string): OrgChart =>
    plaju({
      add: [
        placement(mover, "pem-2", "definitif", "2023-03-01", "2026-06-30"),
        placement(mover, "pju-pem-2", "definitif", secondStart),
      ],
    });
  const inSeksi = { positionId: "pem-2", rater: officer("kasi-pem"), atasanRater: officer("camat") };
  const inKelurahan = { positionId: "pju-pem-2", rater: officer("kasi-pem-pju"), atasanRater: officer("lurah-pju") };
  const nowhere = { positionId: null, rater: null, atasanRater: null };
  const cases: [string, string, string, RaterResolution][] = [
    ["has no position and no rater before the first placement", "2026-07-01", "2023-02-28", nowhere],
    ["is rated in the seksi from the first day of the placement", "2026-07-01", "2023-03-01", inSeksi],
    ["is rated by the Kasi Pemerintahan on 15 March 2026", "2026-07-01", "2026-03-15", inSeksi],
    ["is still rated in the seksi on the last day of that placement", "2026-07-01", "2026-06-30", inSeksi],
    ["is rated in the kelurahan from the first day of the new placement", "2026-07-01", "2026-07-01", inKelurahan],
    [
      "is rated by the Kasi Pemerintahan Kelurahan Plaju Ulu on 1 September 2026",
      "2026-07-01",
      "2026-09-01",
      inKelurahan,
    ],
    ["has no position and no rater in a gap between the two placements", "2026-07-15", "2026-07-10", nowhere],
    ["is rated in the kelurahan once the later placement starts after a gap", "2026-07-15", "2026-07-15", inKelurahan],
  ];
  for (const [what, secondStart, date, expected] of cases) {
    it(what, () => {
      assert.deepEqual(resolveRaters(moves(secondStart), mover, date), expected);
    });
  }

  const ratees: [string, (chart: OrgChart, id: string, date: string) => string[], string, string, boolean][] = [
    ["is a ratee of the Kasi Pemerintahan in March", rateesOf, "kasi-pem", "2026-03-15", true],
    ["is no longer a ratee of the Kasi Pemerintahan in September", rateesOf, "kasi-pem", "2026-09-01", false],
    ["is not yet a ratee of the Kasi kelurahan in March", rateesOf, "kasi-pem-pju", "2026-03-15", false],
    ["is a ratee of the Kasi kelurahan in September", rateesOf, "kasi-pem-pju", "2026-09-01", true],
    ["has the Camat as atasan penilai in March", atasanRateesOf, "camat", "2026-03-15", true],
    ["no longer has the Camat as atasan penilai in September", atasanRateesOf, "camat", "2026-09-01", false],
    ["has the Lurah Plaju Ulu as atasan penilai in September", atasanRateesOf, "lurah-pju", "2026-09-01", true],
    ["does not have the Lurah Plaju Ulu as atasan penilai in March", atasanRateesOf, "lurah-pju", "2026-03-15", false],
  ];
  for (const [what, list, seat, date, included] of ratees) {
    it(what, () => {
      assert.equal(list(moves("2026-07-01"), holder(seat), date).includes(mover), included);
    });
  }
});

describe("resolveRaters by the kind of the position directly above", () => {
  const kinds: [PositionKind, boolean][] = [
    ["kepala_daerah", true],
    ["jpt", true],
    ["administrator", true],
    ["pengawas", true],
    ["pelaksana", false],
    ["fungsional", false],
  ];
  /** kepala (vacant kepala_daerah) > atas (administrator) > tengah (the kind under test) > bawah (pelaksana). */
  const chartWith = (kind: PositionKind, delegated: boolean): OrgChart => {
    const position = (id: string, k: PositionKind, parent: string | null, rater: string | null = null) =>
      [id, { id, kind: k, parentPositionId: parent, raterPositionId: rater }] as const;
    return {
      positions: new Map([
        position("kepala", "kepala_daerah", null),
        position("atas", "administrator", "kepala"),
        position("tengah", kind, "atas"),
        position("bawah", "pelaksana", "tengah", delegated ? "tengah" : null),
      ]),
      placements: ["atas", "tengah", "bawah"].map((id) => placement(`pegawai-${id}`, id, "definitif", BASE_START)),
    };
  };
  const officerAt = (positionId: string, delegated = false): ResolvedOfficer => ({
    positionId,
    employeeId: positionId === "kepala" ? null : `pegawai-${positionId}`,
    acting: null,
    delegated,
  });

  for (const [kind, rates] of kinds) {
    const expected = rates
      ? { rater: officerAt("tengah"), atasanRater: officerAt("atas") }
      : { rater: officerAt("atas"), atasanRater: officerAt("kepala") };
    it(`${rates ? "lets" : "skips"} a held ${kind} position above ${rates ? "rate" : "as rater"}`, () => {
      assert.deepEqual(resolveRaters(chartWith(kind, false), "pegawai-bawah", DATE), {
        positionId: "bawah",
        ...expected,
      });
    });
    it(`lets a held ${kind} position rate when it is the delegated rater`, () => {
      assert.deepEqual(resolveRaters(chartWith(kind, true), "pegawai-bawah", DATE), {
        positionId: "bawah",
        rater: officerAt("tengah", true),
        atasanRater: officerAt("atas"),
      });
    });
  }
});

describe("resolveRaters on incomplete or inconsistent charts", () => {
  const position = (id: string, kind: PositionKind, parent: string | null): [string, ChartPosition] => [
    id,
    { id, kind, parentPositionId: parent, raterPositionId: null },
  ];
  const cases: [string, OrgChart, string, RaterResolution][] = [
    [
      "gives no position and no rater to an employee with no placement",
      plaju(),
      "pegawai-tidak-dikenal",
      { positionId: null, rater: null, atasanRater: null },
    ],
    [
      "gives no position and no rater to an employee who only holds an acting duty",
      plaju({ vacate: ["lurah-tpt"], add: [placement("pegawai-dipekerjakan", "lurah-tpt", "plt", BASE_START)] }),
      "pegawai-dipekerjakan",
      { positionId: null, rater: null, atasanRater: null },
    ],
    [
      "gives no rater when nothing above can rate and there is no kepala daerah",
      {
        positions: new Map([position("kadis", "jpt", null), position("staf", "pelaksana", "kadis")]),
        placements: [placement("pegawai-staf", "staf", "definitif", BASE_START)],
      },
      "pegawai-staf",
      { positionId: "staf", rater: null, atasanRater: null },
    ],
    [
      "gives no atasan when nothing above the rater can rate",
      {
        positions: new Map([position("kadis", "jpt", null), position("staf", "pelaksana", "kadis")]),
        placements: [
          placement("pegawai-kadis", "kadis", "definitif", BASE_START),
          placement("pegawai-staf", "staf", "definitif", BASE_START),
        ],
      },
      "pegawai-staf",
      {
        positionId: "staf",
        rater: { positionId: "kadis", employeeId: "pegawai-kadis", acting: null, delegated: false },
        atasanRater: null,
      },
    ],
    [
      "stops at a parent position missing from the chart",
      {
        positions: new Map([position("staf", "pelaksana", "hilang")]),
        placements: [placement("pegawai-staf", "staf", "definitif", BASE_START)],
      },
      "pegawai-staf",
      { positionId: "staf", rater: null, atasanRater: null },
    ],
    [
      "stops when the employee's own position is missing from the chart",
      { positions: new Map(), placements: [placement("pegawai-staf", "staf", "definitif", BASE_START)] },
      "pegawai-staf",
      { positionId: "staf", rater: null, atasanRater: null },
    ],
    [
      "stops instead of looping forever on a loop of positions",
      {
        positions: new Map([
          position("a", "pelaksana", "b"),
          position("b", "pelaksana", "c"),
          position("c", "pengawas", "a"),
        ]),
        placements: [placement("pegawai-a", "a", "definitif", BASE_START)],
      },
      "pegawai-a",
      { positionId: "a", rater: null, atasanRater: null },
    ],
    [
      "gives the Wali Kota office, not the Sekda himself, as rater of a Sekda who is Plh Wali Kota",
      plaju({ add: [placement(holder("sekda"), "walikota", "plh", "2026-03-01", "2026-03-31")] }),
      holder("sekda"),
      { positionId: "sekda", rater: officer("walikota"), atasanRater: null },
    ],
    [
      "gives the Plt of the Wali Kota post as the Sekda's rater when one is in the register",
      plaju({ add: [placement("pegawai-pj-walikota", "walikota", "plt", "2026-01-01")] }),
      holder("sekda"),
      {
        positionId: "sekda",
        rater: officer("walikota", { employeeId: "pegawai-pj-walikota", acting: "plt" }),
        atasanRater: null,
      },
    ],
  ];
  for (const [what, chart, employeeId, expected] of cases) {
    it(what, () => {
      assert.deepEqual(resolveRaters(chart, employeeId, DATE), expected);
    });
  }
});

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
      "atasanRateesOf the Sekda are the Sekcam, the Kasi kecamatan and the Lurah",
      atasanRateesOf,
      "sekda",
      ["sekcam", ...kasiKecamatan, ...lurah],
    ],
    [
      "rateesOf the Camat are the Sekcam, the five Kasi and the seven Lurah",
      rateesOf,
      "camat",
      ["sekcam", ...kasiKecamatan, ...lurah],
    ],
    [
      "atasanRateesOf the Camat are the Kasubbag, the seksi staff, the Sekretaris Lurah and the Kasi kelurahan",
      atasanRateesOf,
      "camat",
      ["kasubbag-umum", "kasubbag-pk", ...stafSeksi, ...seklur, ...kasiKelurahan],
    ],
    ["rateesOf the Sekcam are the two Kasubbag", rateesOf, "sekcam", ["kasubbag-umum", "kasubbag-pk"]],
    [
      "atasanRateesOf the Sekcam are the sekretariat staff",
      atasanRateesOf,
      "sekcam",
      ["staf-umum", "prakom", "staf-pk"],
    ],
    ["rateesOf the Kasubbag Umum are his pelaksana and the JF", rateesOf, "kasubbag-umum", ["staf-umum", "prakom"]],
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
