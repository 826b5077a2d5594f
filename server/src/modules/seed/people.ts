import type { Jenjang, PositionKind } from "@simkin/domain";

/** Deterministic random numbers (mulberry32), so every fresh demo office is the same office. */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T; // index < length
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let roll = next() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) {
        return item;
      }
    }
    return (items[items.length - 1] as readonly [T, number])[0]; // the list is never empty
  };
  return { next, int, pick, weighted };
}
export type Random = ReturnType<typeof randomSource>;

// Fictitious names (SEED-VOCABULARY.md §6): no real officials.
const male = [
  "Muhammad",
  "Ahmad",
  "Rizky",
  "Hendra",
  "Yudi",
  "Irwan",
  "Dedi",
  "Ferry",
  "Agus",
  "Deni",
  "Zulkifli",
  "Syafrudin",
  "Ismail",
  "Fauzan",
  "Arief",
  "Fikri",
  "Rahmat",
  "Firdaus",
  "Rudi",
  "Heri",
  "Indra",
  "Eko",
  "Budi",
  "Joko",
  "Bambang",
  "Sutrisno",
  "Asep",
  "Dadang",
  "Yayan",
  "Ujang",
  "Sahat",
  "Parulian",
  "Gunawan",
  "Hendri",
  "Yohanes",
  "Kevin",
  "Aldi",
  "Bayu",
  "Dimas",
  "Reza",
];
const female = [
  "Siti",
  "Nurhasanah",
  "Dewi",
  "Sri",
  "Rina",
  "Yuliana",
  "Fitri",
  "Ratna",
  "Yeni",
  "Lia",
  "Maya",
  "Mega",
  "Desi",
  "Eka",
  "Novita",
  "Rika",
  "Putri",
  "Anisa",
  "Nurul",
  "Aisyah",
  "Dian",
  "Indah",
  "Wulan",
  "Ayu",
  "Herlina",
  "Rosmala",
  "Maimunah",
  "Fatimah",
  "Zahra",
  "Cici",
  "Erni",
  "Asmawati",
  "Marlina",
  "Nelly",
  "Yusnita",
  "Euis",
  "Neneng",
  "Meiliana",
  "Lily",
  "Tiurma",
];
const surnames = [
  "Saputra",
  "Syahputra",
  "Hidayat",
  "Rahman",
  "Effendi",
  "Zainal",
  "Arifin",
  "Husin",
  "Hasan",
  "Thamrin",
  "Aziz",
  "Anwar",
  "Fadli",
  "Idris",
  "Yusuf",
  "Sulaiman",
  "Mahmud",
  "Bakri",
  "Azhari",
  "Firmansyah",
  "Ramadhan",
  "Fahlevi",
  "Alamsyah",
  "Nugroho",
  "Wibowo",
  "Susanto",
  "Setiawan",
  "Kurniawan",
  "Hartono",
  "Prasetyo",
  "Permana",
  "Hermawan",
  "Suryadi",
  "Kusnadi",
  "Siregar",
  "Nasution",
  "Harahap",
  "Lubis",
  "Simanjuntak",
  "Sitompul",
  "Wijaya",
  "Halim",
  "Santoso",
  "Gunadi",
];
const femaleSurnames = [
  "Saputri",
  "Pratiwi",
  "Oktaviani",
  "Ramadhani",
  "Febriani",
  "Novitasari",
  "Anggraini",
  "Puspita",
  "Handayani",
  "Lestari",
  "Rahmawati",
  "Wulandari",
];

export type Person = {
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  gender: "pria" | "wanita";
  birthYear: number;
};

type Band = "pejabat" | "s1" | "d3" | "sma";

const backTitles: Record<Band, readonly string[]> = {
  pejabat: ["S.STP., M.Si.", "S.Sos., M.Si.", "S.IP., M.AP.", "S.E., M.M.", "S.H., M.H.", "S.STP.", "S.Sos.", "S.E."],
  s1: ["S.E.", "S.H.", "S.Kom.", "S.AP.", "S.Sos.", "S.I.Kom.", "S.T.", "S.Pd.", "S.Ak."],
  d3: ["A.Md.", "A.Md.Kom.", "A.Md.Ak."],
  sma: [""],
};

export function makePerson(r: Random, band: Band, ageRange: readonly [number, number], year: number): Person {
  const gender = r.next() < (band === "pejabat" ? 0.3 : 0.55) ? "wanita" : "pria";
  const given = gender === "pria" ? r.pick(male) : r.pick(female);
  const surname = gender === "wanita" && r.next() < 0.4 ? r.pick(femaleSurnames) : r.pick(surnames);
  const birthYear = year - r.int(ageRange[0], ageRange[1]);
  const prefix = honorific(r, gender, year - birthYear);
  const back = r.pick(backTitles[band]);
  return { name: `${given} ${surname}`, frontTitle: prefix, backTitle: back || null, gender, birthYear };
}

function honorific(r: Random, gender: "pria" | "wanita", age: number): string | null {
  const roll = r.next();
  if (roll < 0.08) {
    return gender === "pria" ? r.pick(["Kms.", "Mgs.", "Kgs.", "R."]) : r.pick(["Nyimas", "Nyayu", "R.A."]);
  }
  if (age >= 45 && roll < 0.22) {
    return gender === "pria" ? "H." : "Hj.";
  }
  return null;
}

/** A valid NIP (Perka BKN 22/2007): birth date, TMT CPNS at 22-30 years old, gender digit, serial. */
export function makeNip(r: Random, person: Person, serial: number, maxTmtYear: number): string {
  const birth = `${person.birthYear}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
  const tmtYear = Math.min(person.birthYear + r.int(22, 30), maxTmtYear);
  const tmt = `${tmtYear}${pad(r.pick([1, 3, 4, 12]), 2)}`;
  return `${birth}${tmt}${person.gender === "pria" ? 1 : 2}${pad(serial, 3)}`;
}

/** A valid NI PPPK: birth date, TMT year, "2", frequency 1, gender digit, serial. */
export function makeNiPppk(r: Random, person: Person, serial: number, tmtYear: number): string {
  const birth = `${person.birthYear}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
  return `${birth}${tmtYear}21${person.gender === "pria" ? 1 : 2}${pad(serial, 3)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Golongan by position (SEED-VOCABULARY.md §7.2). */
export function golonganFor(
  r: Random,
  seat: { kind: PositionKind; eselon?: string; jenjang?: Jenjang },
  band: Band,
  pppk: boolean,
) {
  const { kind, eselon, jenjang } = seat;
  if (jenjang === "ahli_pertama") {
    return r.pick(["III/a", "III/b"]);
  }
  if (jenjang === "ahli_muda") {
    return r.pick(["III/c", "III/d"]);
  }
  if (jenjang === "terampil") {
    return r.pick(["II/b", "II/c", "II/d"]);
  }
  if (pppk) {
    return band === "s1" ? "IX" : band === "d3" ? "VII" : "V";
  }
  if (eselon === "II.a") {
    return r.weighted([
      ["IV/c", 60],
      ["IV/d", 40],
    ] as const);
  }
  if (eselon === "III.a") {
    return r.weighted([
      ["IV/a", 50],
      ["IV/b", 40],
      ["III/d", 10],
    ] as const);
  }
  if (eselon === "III.b") {
    return r.weighted([
      ["III/d", 50],
      ["IV/a", 40],
      ["IV/b", 10],
    ] as const);
  }
  if (eselon === "IV.a") {
    return r.weighted([
      ["III/c", 35],
      ["III/d", 45],
      ["III/b", 10],
      ["IV/a", 10],
    ] as const);
  }
  if (eselon === "IV.b" || kind === "pengawas") {
    return r.weighted([
      ["III/b", 35],
      ["III/c", 40],
      ["III/a", 15],
      ["III/d", 10],
    ] as const);
  }
  if (band === "s1") {
    return r.weighted([
      ["III/a", 30],
      ["III/b", 35],
      ["III/c", 25],
      ["III/d", 10],
    ] as const);
  }
  if (band === "d3") {
    return r.weighted([
      ["II/c", 30],
      ["II/d", 30],
      ["III/a", 25],
      ["III/b", 15],
    ] as const);
  }
  return r.weighted([
    ["II/a", 15],
    ["II/b", 25],
    ["II/c", 25],
    ["II/d", 20],
    ["III/a", 10],
    ["III/b", 5],
  ] as const);
}
