import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Jenjang, PositionKind } from "./org.schema";
import { jenjangSchema, positionKindSchema } from "./org.schema";
import { BASE_START, DATE, holder, officer, placement, plaju } from "./rater.fixture";
import type { ChartPosition, OrgChart, ResolvedOfficer } from "./rater.rules";
import { resolveRaters } from "./rater.rules";
import {
  allowedLevels,
  type JfJenjang,
  jfRatersByJenjang,
  levelOf,
  levelsAtOrAbove,
  type OfficialLevel,
} from "./rater-levels";

/** REGULATIONS.md §3.6, "Pejabat penilai / atasan penilai by position", the Fungsional rows as printed. */
const table: [string, JfJenjang[], string, string][] = [
  ["Fungsional Ahli Utama (daerah)", ["ahli_utama"], "JPT Madya/JPT Pratama", "Gubernur/Bupati/Walikota"],
  ["Fungsional Ahli Madya", ["ahli_madya"], "JPT Pratama", "JPT Pratama/JPT Madya"],
  ["Fungsional Ahli Muda", ["ahli_muda"], "Administrator/JPT Pratama", "JPT Pratama/JPT Madya"],
  [
    "Fungsional Ahli Pertama",
    ["ahli_pertama"],
    "Pengawas/Administrator/JPT Pratama",
    "Administrator/JPT Pratama/JPT Madya",
  ],
  [
    "Fungsional Keterampilan",
    ["pemula", "terampil", "mahir", "penyelia"],
    "Pengawas/Administrator/JPT Pratama",
    "Administrator/JPT Pratama",
  ],
];
const levelNames: Record<string, OfficialLevel> = {
  "Gubernur/Bupati/Walikota": "kepala_daerah",
  "JPT Madya": "jpt_madya",
  "JPT Pratama": "jpt_pratama",
  Administrator: "administrator",
  Pengawas: "pengawas",
};
const levels = (cell: string): OfficialLevel[] =>
  cell === "Gubernur/Bupati/Walikota"
    ? ["kepala_daerah"]
    : cell.split("/").map((name) => levelNames[name] ?? "pengawas");

describe("jfRatersByJenjang encodes every Fungsional row of the §3.6 table", () => {
  for (const [row, jenjangs, penilai, atasan] of table) {
    for (const jenjang of jenjangs) {
      it(`${row}: ${jenjang} is rated by ${penilai}`, () => {
        assert.deepEqual(sortedLevels(jfRatersByJenjang[jenjang].penilai), sortedLevels(levels(penilai)));
      });
      it(`${row}: ${jenjang} has ${atasan} as atasan penilai`, () => {
        assert.deepEqual(sortedLevels(jfRatersByJenjang[jenjang].atasan), sortedLevels(levels(atasan)));
      });
    }
  }

  it("covers every jenjang of jabatan fungsional and nothing else", () => {
    const fungsional = jenjangSchema.options.filter((j) => !["utama", "madya", "pratama"].includes(j));
    assert.deepEqual(Object.keys(jfRatersByJenjang).sort(), [...fungsional].sort());
  });
});

function sortedLevels(list: readonly OfficialLevel[]): OfficialLevel[] {
  return [...list].sort();
}

describe("levelOf and allowedLevels", () => {
  const cases: [PositionKind, Jenjang | null, OfficialLevel | null][] = [
    ["kepala_daerah", null, "kepala_daerah"],
    ["jpt", "utama", "jpt_utama"],
    ["jpt", "madya", "jpt_madya"],
    ["jpt", "pratama", "jpt_pratama"],
    ["jpt", null, null],
    ["administrator", null, "administrator"],
    ["pengawas", null, "pengawas"],
    ["pelaksana", null, null],
    ["fungsional", "ahli_muda", null],
  ];
  for (const [kind, jenjang, expected] of cases) {
    it(`puts a ${kind} position with jenjang ${jenjang ?? "none"} at level ${expected ?? "none"}`, () => {
      assert.equal(levelOf({ kind, jenjang }), expected);
    });
  }

  for (const kind of positionKindSchema.options.filter((k) => k !== "fungsional")) {
    it(`applies the general rule to a ${kind} position`, () => {
      assert.equal(allowedLevels({ kind, jenjang: null }, "penilai"), null);
    });
  }
  it("applies the general rule to a jabatan fungsional whose jenjang is unknown", () => {
    assert.equal(allowedLevels({ kind: "fungsional", jenjang: null }, "penilai"), null);
    assert.equal(allowedLevels({ kind: "fungsional" }, "atasan"), null);
  });
  it("applies the jenjang's row to a jabatan fungsional", () => {
    assert.deepEqual(allowedLevels({ kind: "fungsional", jenjang: "ahli_muda" }, "penilai"), [
      "administrator",
      "jpt_pratama",
    ]);
  });
});

/** A full ladder: kepala daerah > JPT Madya > JPT Pratama > administrator > pengawas > the JF under test. */
function ladder(jenjang: Jenjang, vacant: readonly string[] = []): OrgChart {
  const seats: [string, PositionKind, Jenjang | null, string | null][] = [
    ["kepala", "kepala_daerah", null, null],
    ["madya", "jpt", "madya", "kepala"],
    ["pratama", "jpt", "pratama", "madya"],
    ["admin", "administrator", null, "pratama"],
    ["pengawas", "pengawas", null, "admin"],
    ["jf", "fungsional", jenjang, "pengawas"],
  ];
  return {
    positions: new Map<string, ChartPosition>(
      seats.map(([id, kind, j, parent]) => [
        id,
        { id, kind, jenjang: j, parentPositionId: parent, raterPositionId: null },
      ]),
    ),
    placements: seats
      .filter(([id]) => id !== "kepala" && !vacant.includes(id))
      .map(([id]) => placement(`pegawai-${id}`, id, "definitif", BASE_START)),
  };
}
const at = (positionId: string): ResolvedOfficer => ({
  positionId,
  employeeId: positionId === "kepala" ? null : `pegawai-${positionId}`,
  acting: null,
  delegated: false,
});

describe("resolveRaters walks up a full ladder to the level each jenjang requires", () => {
  const cases: [JfJenjang, string, string][] = [
    ["ahli_utama", "pratama", "kepala"],
    ["ahli_madya", "pratama", "madya"],
    ["ahli_muda", "admin", "pratama"],
    ["ahli_pertama", "pengawas", "admin"],
    ["pemula", "pengawas", "admin"],
    ["terampil", "pengawas", "admin"],
    ["mahir", "pengawas", "admin"],
    ["penyelia", "pengawas", "admin"],
  ];
  for (const [jenjang, rater, atasan] of cases) {
    it(`rates ${jenjang} by the ${rater} seat, with the ${atasan} seat as atasan`, () => {
      assert.deepEqual(resolveRaters(ladder(jenjang), "pegawai-jf", DATE), {
        positionId: "jf",
        rater: at(rater),
        atasanRater: at(atasan),
      });
    });
  }

  const vacancies: [string, JfJenjang, string[], string, string][] = [
    [
      "an Ahli Muda goes past a vacant administrator post to the JPT Pratama",
      "ahli_muda",
      ["admin"],
      "pratama",
      "madya",
    ],
    [
      "an Ahli Pertama goes past a vacant pengawas post to the administrator",
      "ahli_pertama",
      ["pengawas"],
      "admin",
      "pratama",
    ],
    [
      "an Ahli Madya goes past a vacant JPT Pratama post to the JPT Madya above",
      "ahli_madya",
      ["pratama"],
      "madya",
      "kepala",
    ],
  ];
  for (const [what, jenjang, vacant, rater, atasan] of vacancies) {
    it(what, () => {
      assert.deepEqual(resolveRaters(ladder(jenjang, vacant), "pegawai-jf", DATE), {
        positionId: "jf",
        rater: at(rater),
        atasanRater: at(atasan),
      });
    });
  }
});

describe("resolveRaters never lets an official junior to the jenjang's levels rate", () => {
  const chartOf = (seats: [string, PositionKind, string | null][]): OrgChart => ({
    positions: new Map<string, ChartPosition>(
      seats.map(([id, kind, parent]) => [
        id,
        {
          id,
          kind,
          jenjang: kind === "fungsional" ? "ahli_muda" : null,
          parentPositionId: parent,
          raterPositionId: null,
        },
      ]),
    ),
    placements: seats.map(([id]) => placement(`pegawai-${id}`, id, "definitif", BASE_START)),
  });
  it("leaves an Ahli Muda under only a pengawas without a rater", () => {
    const chart = chartOf([
      ["pengawas", "pengawas", null],
      ["jf", "fungsional", "pengawas"],
    ]);
    assert.deepEqual(resolveRaters(chart, "pegawai-jf", DATE), { positionId: "jf", rater: null, atasanRater: null });
  });
  it("gives an Ahli Muda under a pengawas and an administrator the administrator, and no atasan above him", () => {
    const chart = chartOf([
      ["admin", "administrator", null],
      ["pengawas", "pengawas", "admin"],
      ["jf", "fungsional", "pengawas"],
    ]);
    assert.deepEqual(resolveRaters(chart, "pegawai-jf", DATE), {
      positionId: "jf",
      rater: at("admin"),
      atasanRater: null,
    });
  });
});

describe("levelsAtOrAbove", () => {
  const cases: [OfficialLevel[], OfficialLevel[]][] = [
    [["pengawas"], ["pengawas", "administrator", "jpt_pratama", "jpt_madya", "jpt_utama", "kepala_daerah"]],
    [
      ["administrator", "jpt_pratama"],
      ["administrator", "jpt_pratama", "jpt_madya", "jpt_utama", "kepala_daerah"],
    ],
    [
      ["jpt_pratama", "jpt_madya"],
      ["jpt_pratama", "jpt_madya", "jpt_utama", "kepala_daerah"],
    ],
    [["kepala_daerah"], ["kepala_daerah"]],
  ];
  for (const [given, expected] of cases) {
    it(`widens ${given.join("/")} to ${expected.join("/")}`, () => {
      assert.deepEqual(levelsAtOrAbove(given), expected);
    });
  }
});

describe("resolveRaters for a JF of each jenjang in a seksi of Kecamatan Plaju", () => {
  // Under the Kasi Pemerintahan: Camat (administrator) > Sekda (JPT Pratama) > Wali Kota (kepala daerah).
  const cases: [JfJenjang, string, string][] = [
    ["ahli_utama", "sekda", "walikota"],
    // No JPT Pratama or Madya above the Sekda: the Wali Kota, senior to both, stands in as atasan.
    ["ahli_madya", "sekda", "walikota"],
    ["ahli_muda", "camat", "sekda"],
    ["ahli_pertama", "kasi-pem", "camat"],
    ["pemula", "kasi-pem", "camat"],
    ["terampil", "kasi-pem", "camat"],
    ["mahir", "kasi-pem", "camat"],
    ["penyelia", "kasi-pem", "camat"],
  ];
  for (const [jenjang, rater, atasan] of cases) {
    it(`rates a ${jenjang} by the ${rater} seat, with the ${atasan} seat as atasan`, () => {
      const chart = plaju();
      const positions = new Map(chart.positions);
      const base = positions.get("analis-kebijakan");
      assert.ok(base);
      positions.set("analis-kebijakan", { ...base, jenjang });
      assert.deepEqual(resolveRaters({ ...chart, positions }, holder("analis-kebijakan"), DATE), {
        positionId: "analis-kebijakan",
        rater: officer(rater),
        atasanRater: officer(atasan),
      });
    });
  }

  it("still follows a delegated rater for a JF, whatever its jenjang", () => {
    const chart = plaju({ delegate: { "analis-kebijakan": "kasi-pem" } });
    assert.deepEqual(resolveRaters(chart, holder("analis-kebijakan"), DATE), {
      positionId: "analis-kebijakan",
      rater: officer("kasi-pem", { delegated: true }),
      atasanRater: officer("sekda"),
    });
  });

  it("rates the Ahli Muda by the Plt Camat when the Camat post is held by a Plt", () => {
    const chart = plaju({ vacate: ["camat"], add: [placement(holder("sekcam"), "camat", "plt", "2026-01-01")] });
    assert.deepEqual(resolveRaters(chart, holder("analis-kebijakan"), DATE).rater, {
      ...officer("camat"),
      employeeId: holder("sekcam"),
      acting: "plt",
    });
  });
});
