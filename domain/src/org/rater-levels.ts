import type { Jenjang, PositionKind } from "./org.schema";

/** The level of an official in the §3.6 table: the jenis jabatan, and for a JPT its jenjang (UU ASN; §7.3). */
export type OfficialLevel = "kepala_daerah" | "jpt_utama" | "jpt_madya" | "jpt_pratama" | "administrator" | "pengawas";

/** Jenjang of jabatan fungsional: keahlian and keterampilan (REGULATIONS.md §7.3). */
export type JfJenjang = Extract<
  Jenjang,
  "ahli_utama" | "ahli_madya" | "ahli_muda" | "ahli_pertama" | "pemula" | "terampil" | "mahir" | "penyelia"
>;

export type JfRaterRow = { penilai: readonly OfficialLevel[]; atasan: readonly OfficialLevel[] };

const keterampilan: JfRaterRow = {
  penilai: ["pengawas", "administrator", "jpt_pratama"],
  atasan: ["administrator", "jpt_pratama"],
};

/**
 * Who may be Pejabat Penilai and Atasan Pejabat Penilai of a jabatan fungsional, by jenjang: REGULATIONS.md §3.6,
 * table "Pejabat penilai / atasan penilai by position" (regional government, BKN-based) [S63]. "Gubernur/Bupati/
 * Walikota" is the kepala daerah; the four keterampilan jenjang share the "Fungsional Keterampilan" row.
 */
export const jfRatersByJenjang: Readonly<Record<JfJenjang, JfRaterRow>> = {
  ahli_utama: { penilai: ["jpt_madya", "jpt_pratama"], atasan: ["kepala_daerah"] },
  ahli_madya: { penilai: ["jpt_pratama"], atasan: ["jpt_pratama", "jpt_madya"] },
  ahli_muda: { penilai: ["administrator", "jpt_pratama"], atasan: ["jpt_pratama", "jpt_madya"] },
  ahli_pertama: {
    penilai: ["pengawas", "administrator", "jpt_pratama"],
    atasan: ["administrator", "jpt_pratama", "jpt_madya"],
  },
  pemula: keterampilan,
  terampil: keterampilan,
  mahir: keterampilan,
  penyelia: keterampilan,
};

type Leveled = { kind: PositionKind; jenjang?: Jenjang | null };

/** The §3.6 level of a position, or null for pelaksana, fungsional and a JPT whose jenjang is unknown. */
export function levelOf(position: Leveled): OfficialLevel | null {
  switch (position.kind) {
    case "kepala_daerah":
    case "administrator":
    case "pengawas":
      return position.kind;
    case "jpt":
      return position.jenjang === "utama" || position.jenjang === "madya" || position.jenjang === "pratama"
        ? `jpt_${position.jenjang}`
        : null;
    default:
      return null;
  }
}

/** Seniority of the levels, lowest first, for walking past vacant posts of the listed levels. */
const seniority: readonly OfficialLevel[] = [
  "pengawas",
  "administrator",
  "jpt_pratama",
  "jpt_madya",
  "jpt_utama",
  "kepala_daerah",
];

/** The levels at or above the most junior of the given ones: who may stand in when no listed official is above. */
export function levelsAtOrAbove(levels: readonly OfficialLevel[]): readonly OfficialLevel[] {
  const lowest = Math.min(...levels.map((l) => seniority.indexOf(l)));
  return seniority.slice(Math.max(0, lowest));
}

function isJfJenjang(jenjang: Jenjang | null | undefined): jenjang is JfJenjang {
  return jenjang != null && jenjang in jfRatersByJenjang;
}

/**
 * The levels allowed to rate (or to be atasan of the rater of) the holder of a position, or null when the general
 * rule applies: a jabatan fungsional follows its jenjang's row; everyone else the nearest official of at least
 * pengawas level.
 */
export function allowedLevels(position: Leveled, role: keyof JfRaterRow): readonly OfficialLevel[] | null {
  if (position.kind !== "fungsional" || !isJfJenjang(position.jenjang)) {
    return null;
  }
  return jfRatersByJenjang[position.jenjang][role];
}
