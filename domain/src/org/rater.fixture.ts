/** The Plaju org chart the rater-resolution tests run on. */
import type { Jenjang, PlacementKind, PositionKind } from "./org.schema";
import type { ChartPlacement, ChartPosition, OrgChart, ResolvedOfficer } from "./rater.rules";

/*
 * The demo office, Kecamatan Plaju (Kota Palembang), per REGULATIONS.md §7.1 and §7.2: the Wali Kota (elected, not in
 * the employee register), the Sekda, the Camat, the Sekcam with two Kasubbag, five Kasi, their staff (pelaksana and
 * the JF of the demo: Ahli Pertama and Terampil in the sekretariat, a Terampil in Trantib, an Ahli Muda in
 * Pemerintahan), and seven kelurahan, each with a Lurah, a Sekretaris Lurah, three Kasi and a pelaksana under each Kasi.
 */

export type Seat = {
  id: string;
  name: string;
  kind: PositionKind;
  jenjang?: Jenjang;
  parent: string | null;
  vacant?: boolean;
};

export const kelurahan: readonly [string, string][] = [
  ["bgk", "Bagus Kuning"],
  ["kmp", "Komperta"],
  ["pjd", "Plaju Darat"],
  ["pji", "Plaju Ilir"],
  ["pju", "Plaju Ulu"],
  ["tbb", "Talang Bubuk"],
  ["tpt", "Talang Putri"],
];

export const kecamatanSeksi: readonly [string, string, string][] = [
  ["pem", "Kepala Seksi Pemerintahan", "Penata Kelola Pemerintahan"],
  ["trantib", "Kepala Seksi Ketenteraman dan Ketertiban Umum", "Pranata Trantibum"],
  ["pmk", "Kepala Seksi Pemberdayaan Masyarakat dan Kelurahan", "Fasilitator Pemerintahan"],
  ["kesos", "Kepala Seksi Kesejahteraan Sosial", "Pengolah Data dan Informasi"],
  ["yanum", "Kepala Seksi Pelayanan Umum", "Pengelola Layanan Operasional"],
];

export const kelurahanSeksi: readonly [string, string][] = [
  ["pem", "Pemerintahan"],
  ["trantib", "Ketenteraman dan Ketertiban"],
  ["pmks", "Pemberdayaan Masyarakat dan Kesejahteraan Sosial"],
];

export function plajuSeats(): Seat[] {
  const seats: Seat[] = [
    { id: "walikota", name: "Wali Kota Palembang", kind: "kepala_daerah", parent: null, vacant: true },
    { id: "sekda", name: "Sekretaris Daerah Kota Palembang", kind: "jpt", jenjang: "pratama", parent: "walikota" },
    { id: "camat", name: "Camat Plaju", kind: "administrator", parent: "sekda" },
    { id: "sekcam", name: "Sekretaris Kecamatan", kind: "administrator", parent: "camat" },
    { id: "kasubbag-umum", name: "Kepala Subbagian Umum dan Kepegawaian", kind: "pengawas", parent: "sekcam" },
    { id: "kasubbag-pk", name: "Kepala Subbagian Perencanaan dan Keuangan", kind: "pengawas", parent: "sekcam" },
    { id: "staf-umum", name: "Pengadministrasi Perkantoran", kind: "pelaksana", parent: "kasubbag-umum" },
    jf("prakom", "Pranata Komputer Ahli Pertama", "ahli_pertama", "kasubbag-umum"),
    jf("arsiparis", "Arsiparis Terampil", "terampil", "kasubbag-umum"),
    { id: "staf-pk", name: "Verifikator Keuangan", kind: "pelaksana", parent: "kasubbag-pk" },
    jf("polpp", "Polisi Pamong Praja Terampil", "terampil", "kasi-trantib"),
    jf("analis-kebijakan", "Analis Kebijakan Ahli Muda", "ahli_muda", "kasi-pem"),
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

function jf(id: string, name: string, jenjang: Jenjang, parent: string): Seat {
  return { id, name, kind: "fungsional", jenjang, parent };
}

export const seats = plajuSeats();
export const seatNames = new Map(seats.map((s) => [s.id, s.name]));
export const nameOf = (seatId: string): string => seatNames.get(seatId) ?? seatId;

/** The employee who holds a seat definitively in the base chart. */
export const holder = (seatId: string): string => `pegawai-${seatId}`;

export const BASE_START = "2021-01-01";
export const DATE = "2026-03-15";

export function placement(
  employeeId: string,
  positionId: string,
  kind: PlacementKind,
  startDate: string,
  endDate: string | null = null,
  mayRate?: boolean,
): ChartPlacement {
  return { employeeId, positionId, kind, startDate, endDate, ...(mayRate === undefined ? {} : { mayRate }) };
}

export type Changes = {
  /** Seats whose definitive holder is taken out of the chart. */
  vacate?: readonly string[];
  /** Delegated raters: position id -> rater position id. */
  delegate?: Readonly<Record<string, string>>;
  /** Placements added to the chart (acting officials, moves). */
  add?: readonly ChartPlacement[];
};

/** The base chart: every seat held definitively since 2021 except the Wali Kota and the two spare seats. */
export function plaju(changes: Changes = {}): OrgChart {
  const vacate = new Set(changes.vacate ?? []);
  const delegate = changes.delegate ?? {};
  const positions = new Map<string, ChartPosition>(
    seats.map((s) => [
      s.id,
      {
        id: s.id,
        kind: s.kind,
        jenjang: s.jenjang ?? null,
        parentPositionId: s.parent,
        raterPositionId: delegate[s.id] ?? null,
      },
    ]),
  );
  const placements = seats
    .filter((s) => !s.vacant && !vacate.has(s.id))
    .map((s) => placement(holder(s.id), s.id, "definitif", BASE_START));
  return { positions, placements: [...placements, ...(changes.add ?? [])] };
}

export type OfficerOptions = { employeeId?: string | null; acting?: "plt" | "plh"; delegated?: boolean };

/** The expected officer at a seat: its definitive holder unless told otherwise; the vacant Wali Kota post has none. */
export function officer(positionId: string, options: OfficerOptions = {}): ResolvedOfficer {
  const fallback = positionId === "walikota" ? null : holder(positionId);
  return {
    positionId,
    employeeId: options.employeeId === undefined ? fallback : options.employeeId,
    acting: options.acting ?? null,
    delegated: options.delegated ?? false,
  };
}

export const sorted = (ids: readonly string[]): string[] => [...ids].sort();
export const holders = (seatIds: readonly string[]): string[] => sorted(seatIds.map(holder));

/** Every employee with a definitive placement in the chart. */
export function employeesIn(chart: OrgChart): string[] {
  return [...new Set(chart.placements.filter((p) => p.kind === "definitif").map((p) => p.employeeId))];
}
