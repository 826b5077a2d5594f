import type { Jenjang, PositionKind, UnitKind } from "@simkin/domain";

/** The demo office: Kecamatan Plaju, Kota Palembang (PRODUCT.md; SEED-VOCABULARY.md §1.1, §2). */
export type UnitSeed = { code: string; name: string; kind: UnitKind; parent: string | null };
export type PositionSeed = {
  key: string;
  unit: string;
  name: string;
  kind: PositionKind;
  jenjang?: Jenjang;
  eselon?: string;
  parent: string | null;
  leads?: boolean;
  /** Education band for pelaksana/JF seats; it drives titles and golongan. */
  band?: "s1" | "d3" | "sma";
  /** Seats that PPPK hold in the demo. */
  pppk?: boolean;
};

export const kelurahan = [
  ["BGK", "Bagus Kuning"],
  ["KMP", "Komperta"],
  ["PJD", "Plaju Darat"],
  ["PJI", "Plaju Ilir"],
  ["PJU", "Plaju Ulu"],
  ["TBB", "Talang Bubuk"],
  ["TPT", "Talang Putri"],
] as const;

const kecamatanSeksi = [
  ["PEM", "Seksi Pemerintahan", "Kepala Seksi Pemerintahan"],
  ["TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", "Kepala Seksi Ketenteraman dan Ketertiban Umum"],
  ["PMK", "Seksi Pemberdayaan Masyarakat dan Kelurahan", "Kepala Seksi Pemberdayaan Masyarakat dan Kelurahan"],
  ["KESOS", "Seksi Kesejahteraan Sosial", "Kepala Seksi Kesejahteraan Sosial"],
  ["YANUM", "Seksi Pelayanan Umum", "Kepala Seksi Pelayanan Umum"],
] as const;

const kelurahanSeksi = [
  ["PEM", "Seksi Pemerintahan"],
  ["TRANTIB", "Seksi Ketenteraman dan Ketertiban"],
  ["PMKS", "Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial"],
] as const;

/** Staff seats under each kecamatan unit: [position name, band, jenis, jenjang?, pppk?]. */
const kecamatanStaff: Record<string, PositionSeed[]> = {
  SUBUK: [
    staff("SUBUK", "prakom", "Pranata Komputer Ahli Pertama", "s1", "fungsional", "ahli_pertama"),
    staff("SUBUK", "arsiparis", "Arsiparis Terampil", "d3", "fungsional", "terampil"),
    staff("SUBUK", "pengelola", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "s1", "fungsional", "ahli_pertama"),
    staff("SUBUK", "subuk-1", "Pengadministrasi Perkantoran", "sma"),
    staff("SUBUK", "subuk-2", "Pengelola Umum Operasional", "sma", "pelaksana", undefined, true),
  ],
  SUBPK: [
    staff("SUBPK", "subpk-1", "Verifikator Keuangan", "s1"),
    staff("SUBPK", "subpk-2", "Pengolah Data dan Informasi", "d3"),
    staff("SUBPK", "subpk-3", "Penata Layanan Operasional", "s1", "pelaksana", undefined, true),
  ],
  PEM: [
    staff("PEM", "pem-1", "Penata Kelola Pemerintahan", "s1"),
    staff("PEM", "pem-2", "Penelaah Teknis Kebijakan", "s1"),
    staff("PEM", "pem-3", "Pengadministrasi Perkantoran", "sma", "pelaksana", undefined, true),
  ],
  TRANTIB: [
    staff("TRANTIB", "trantib-1", "Pranata Trantibum", "sma"),
    staff("TRANTIB", "trantib-2", "Polisi Pamong Praja Terampil", "sma", "fungsional", "terampil"),
    staff("TRANTIB", "trantib-3", "Operator Layanan Operasional", "sma", "pelaksana", undefined, true),
  ],
  PMK: [
    staff("PMK", "pmk-1", "Fasilitator Pemerintahan", "s1"),
    staff("PMK", "pmk-2", "Pengadministrasi Perkantoran", "sma", "pelaksana", undefined, true),
  ],
  KESOS: [
    staff("KESOS", "kesos-1", "Pengolah Data dan Informasi", "d3"),
    staff("KESOS", "kesos-2", "Penata Layanan Operasional", "s1", "pelaksana", undefined, true),
    staff("KESOS", "kesos-3", "Operator Layanan Operasional", "sma", "pelaksana", undefined, true),
  ],
  YANUM: [
    staff("YANUM", "staf-yanum", "Pengelola Layanan Operasional", "d3"),
    staff("YANUM", "yanum-2", "Penata Layanan Operasional", "s1"),
    staff("YANUM", "yanum-3", "Operator Layanan Operasional", "sma", "pelaksana", undefined, true),
    staff("YANUM", "yanum-4", "Pengelola Layanan Operasional", "d3", "pelaksana", undefined, true),
  ],
};

function staff(
  unit: string,
  key: string,
  name: string,
  band: "s1" | "d3" | "sma",
  kind: PositionKind = "pelaksana",
  jenjang?: Jenjang,
  pppk = false,
): PositionSeed {
  return { key, unit, name, kind, jenjang, parent: `head:${unit}`, band, pppk };
}

export function plajuUnits(): UnitSeed[] {
  const units: UnitSeed[] = [
    { code: "PEMKOT", name: "Pemerintah Kota Palembang", kind: "pemerintah_daerah", parent: null },
    { code: "SETDA", name: "Sekretariat Daerah Kota Palembang", kind: "perangkat_daerah", parent: "PEMKOT" },
    { code: "KEC", name: "Kecamatan Plaju", kind: "kecamatan", parent: "PEMKOT" },
    { code: "SEK", name: "Sekretariat Kecamatan", kind: "sekretariat", parent: "KEC" },
    { code: "SUBUK", name: "Subbagian Umum dan Kepegawaian", kind: "subbagian", parent: "SEK" },
    { code: "SUBPK", name: "Subbagian Perencanaan dan Keuangan", kind: "subbagian", parent: "SEK" },
  ];
  for (const [code, name] of kecamatanSeksi) {
    units.push({ code, name, kind: "seksi", parent: "KEC" });
  }
  for (const [code, name] of kelurahan) {
    units.push({ code: `KEL-${code}`, name: `Kelurahan ${name}`, kind: "kelurahan", parent: "KEC" });
    units.push({
      code: `KEL-${code}-SEK`,
      name: `Sekretariat Kelurahan ${name}`,
      kind: "sekretariat",
      parent: `KEL-${code}`,
    });
    for (const [seksi, seksiName] of kelurahanSeksi) {
      units.push({
        code: `KEL-${code}-${seksi}`,
        name: `${seksiName} Kelurahan ${name}`,
        kind: "seksi",
        parent: `KEL-${code}`,
      });
    }
  }
  return units;
}

/** Positions keyed so that staff can name their head ("head:UNIT") and the seed can find persona seats. */
export function plajuPositions(): PositionSeed[] {
  const head = (unit: string, name: string, kind: PositionKind, eselon: string | undefined, parent: string | null) =>
    ({ key: `head:${unit}`, unit, name, kind, eselon, parent, leads: true }) satisfies PositionSeed;
  const positions: PositionSeed[] = [
    head("PEMKOT", "Wali Kota Palembang", "kepala_daerah", undefined, null),
    { ...head("SETDA", "Sekretaris Daerah Kota Palembang", "jpt", "II.a", "head:PEMKOT"), jenjang: "pratama" },
    head("KEC", "Camat Plaju", "administrator", "III.a", "head:SETDA"),
    head("SEK", "Sekretaris Kecamatan", "administrator", "III.b", "head:KEC"),
    head("SUBUK", "Kepala Subbagian Umum dan Kepegawaian", "pengawas", "IV.a", "head:SEK"),
    head("SUBPK", "Kepala Subbagian Perencanaan dan Keuangan", "pengawas", "IV.a", "head:SEK"),
  ];
  for (const [code, , headName] of kecamatanSeksi) {
    positions.push(head(code, headName, "pengawas", "IV.a", "head:KEC"));
  }
  for (const list of Object.values(kecamatanStaff)) {
    positions.push(...list);
  }
  for (const [code, name] of kelurahan) {
    const kel = `KEL-${code}`;
    positions.push(head(kel, `Lurah ${name}`, "pengawas", "IV.a", "head:KEC"));
    positions.push(head(`${kel}-SEK`, `Sekretaris Lurah ${name}`, "pengawas", "IV.b", `head:${kel}`));
    for (const [seksi, seksiName] of kelurahanSeksi) {
      const title = seksiName.replace("Seksi", "Kepala Seksi");
      positions.push(head(`${kel}-${seksi}`, `${title} Kelurahan ${name}`, "pengawas", "IV.b", `head:${kel}`));
    }
    positions.push(
      staff(`${kel}-SEK`, `${kel}-adm`, "Pengadministrasi Perkantoran", "sma", "pelaksana", undefined, true),
      staff(`${kel}-SEK`, `${kel}-ops`, "Pengelola Layanan Operasional", "d3"),
      staff(`${kel}-PEM`, `${kel}-pem`, "Penata Kelola Pemerintahan", "s1"),
      staff(`${kel}-TRANTIB`, `${kel}-trantib`, "Pranata Trantibum", "sma", "pelaksana", undefined, true),
      staff(`${kel}-PMKS`, `${kel}-pmks`, "Pengolah Data dan Informasi", "d3"),
      staff(`${kel}-PMKS`, `${kel}-dtsen`, "Operator Layanan Operasional", "sma", "pelaksana", undefined, true),
    );
  }
  // A JF Ahli Muda in a seksi, rated by the Camat rather than the Kasi (REGULATIONS.md §3.6; SEED-VOCABULARY §2.2).
  // Last, so the people seeded before it keep their names.
  positions.push(staff("PEM", "analis-kebijakan", "Analis Kebijakan Ahli Muda", "s1", "fungsional", "ahli_muda"));
  return positions;
}
