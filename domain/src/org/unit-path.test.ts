import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { UnitKind } from "./org.schema";
import { issuingGovernment, type NamedUnit, placeFromName, unitPath } from "./unit-path";

/** The Plaju tree as the demo seeds it, by code. */
const rows: [string, string | null, string, UnitKind][] = [
  ["PEMKOT", null, "Pemerintah Kota Palembang", "pemerintah_daerah"],
  ["SETDA", "PEMKOT", "Sekretariat Daerah Kota Palembang", "perangkat_daerah"],
  ["KEC", "PEMKOT", "Kecamatan Plaju", "kecamatan"],
  ["SEK", "KEC", "Sekretariat Kecamatan", "sekretariat"],
  ["SUBUK", "SEK", "Subbagian Umum dan Kepegawaian", "subbagian"],
  ["YANUM", "KEC", "Seksi Pelayanan Umum", "seksi"],
  ["KEL-BGK", "KEC", "Kelurahan Bagus Kuning", "kelurahan"],
  ["KEL-BGK-SEK", "KEL-BGK", "Sekretariat Kelurahan Bagus Kuning", "sekretariat"],
  ["KEL-BGK-PEM", "KEL-BGK", "Seksi Pemerintahan Kelurahan Bagus Kuning", "seksi"],
];
const tree = (overrides: Partial<Record<string, Partial<NamedUnit>>> = {}) =>
  new Map<string, NamedUnit>(
    rows.map(([id, parentId, name, kind]) => [
      id,
      { id, parentId, name, kind, headerName: null, signingPlace: null, ...overrides[id] },
    ]),
  );

describe("unitPath: the UNIT KERJA line with its organisation", () => {
  const cases: [string, string][] = [
    ["YANUM", "Seksi Pelayanan Umum, Kecamatan Plaju"],
    ["SUBUK", "Subbagian Umum dan Kepegawaian, Sekretariat Kecamatan, Kecamatan Plaju"],
    ["SEK", "Sekretariat Kecamatan, Kecamatan Plaju"],
    ["KEC", "Kecamatan Plaju"],
    ["KEL-BGK", "Kelurahan Bagus Kuning, Kecamatan Plaju"],
    ["KEL-BGK-SEK", "Sekretariat Kelurahan Bagus Kuning, Kecamatan Plaju"],
    ["KEL-BGK-PEM", "Seksi Pemerintahan Kelurahan Bagus Kuning, Kecamatan Plaju"],
    ["SETDA", "Sekretariat Daerah Kota Palembang"],
    ["PEMKOT", "Pemerintah Kota Palembang"],
  ];
  for (const [code, path] of cases) {
    it(`prints ${code} as "${path}"`, () => {
      assert.equal(unitPath(tree(), code), path);
    });
  }

  it("prints an unknown unit as an empty line", () => {
    assert.equal(unitPath(tree(), "NOPE"), "");
  });

  it("stops at a loop in the tree", () => {
    const looped = tree({ KEC: { parentId: "YANUM" } });
    assert.equal(unitPath(looped, "YANUM"), "Seksi Pelayanan Umum, Kecamatan Plaju");
  });

  it("climbs to the root when no organisation is above the unit", () => {
    const seksi = new Map<string, NamedUnit>([
      ["A", { id: "A", parentId: "B", name: "Seksi A", kind: "seksi", headerName: null, signingPlace: null }],
      [
        "B",
        { id: "B", parentId: null, name: "Sekretariat B", kind: "sekretariat", headerName: null, signingPlace: null },
      ],
    ]);
    assert.equal(unitPath(seksi, "A"), "Seksi A, Sekretariat B");
  });
});

describe("issuingGovernment: the instansi header and the signing place from the root unit", () => {
  it("derives PEMERINTAH KOTA PALEMBANG and Palembang from the pemerintah daerah above any unit", () => {
    for (const code of ["YANUM", "KEL-BGK-PEM", "SETDA", "PEMKOT"]) {
      assert.deepEqual(issuingGovernment(tree(), code), { header: "PEMERINTAH KOTA PALEMBANG", place: "Palembang" });
    }
  });

  it("prints the official header and place set on the unit when the name is not enough", () => {
    const custom = tree({
      PEMKOT: { headerName: "Pemerintah Kota Palembang Provinsi Sumatera Selatan", signingPlace: "Kota Palembang" },
    });
    assert.deepEqual(issuingGovernment(custom, "YANUM"), {
      header: "PEMERINTAH KOTA PALEMBANG PROVINSI SUMATERA SELATAN",
      place: "Kota Palembang",
    });
  });

  it("follows a renamed root: nothing is hard-coded", () => {
    const renamed = tree({ PEMKOT: { name: "Pemerintah Kabupaten Ogan Ilir" } });
    assert.deepEqual(issuingGovernment(renamed, "YANUM"), {
      header: "PEMERINTAH KABUPATEN OGAN ILIR",
      place: "Ogan Ilir",
    });
  });

  it("uses the root of the tree when there is no pemerintah daerah unit", () => {
    const office = new Map<string, NamedUnit>([
      [
        "K",
        { id: "K", parentId: null, name: "Kecamatan Uji", kind: "kecamatan", headerName: null, signingPlace: null },
      ],
      ["S", { id: "S", parentId: "K", name: "Seksi Uji", kind: "seksi", headerName: null, signingPlace: null }],
    ]);
    assert.deepEqual(issuingGovernment(office, "S"), { header: "KECAMATAN UJI", place: "Kecamatan Uji" });
  });
});

describe("placeFromName", () => {
  const cases: [string, string][] = [
    ["Pemerintah Kota Palembang", "Palembang"],
    ["Pemerintah Kabupaten Muara Enim", "Muara Enim"],
    ["Pemerintah Provinsi Sumatera Selatan", "Sumatera Selatan"],
    ["Kota Palembang", "Palembang"],
    ["Palembang", "Palembang"],
    ["Pemerintah", "Pemerintah"],
  ];
  for (const [name, place] of cases) {
    it(`reads "${name}" as ${place}`, () => {
      assert.equal(placeFromName(name), place);
    });
  }
});
