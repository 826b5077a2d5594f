import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PositionKind } from "./org.schema";
import {
  BASE_START,
  type Changes,
  DATE,
  employeesIn,
  holder,
  kecamatanSeksi,
  kelurahan,
  officer,
  placement,
  plaju,
} from "./rater.fixture";
import {
  atasanRateesOf,
  type ChartPosition,
  type OrgChart,
  type RaterResolution,
  type ResolvedOfficer,
  rateesOf,
  resolveRaters,
} from "./rater.rules";

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
