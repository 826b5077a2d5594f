/**
 * NIP PNS (Perka BKN 22/2007) and NI PPPK, parsed into their parts. REGULATIONS.md §7.5.
 * NIP: YYYYMMDD (lahir) + YYYYMM (TMT CPNS) + G (1 pria, 2 wanita) + NNN (urut 001-999).
 * NI PPPK: YYYYMMDD (lahir) + YYYY (tahun TMT PPPK) + "2" (kode PPPK) + F (frekuensi 1-9) + G + NNN.
 */
export type Gender = "pria" | "wanita";

export type NipParts = {
  nip: string;
  birthDate: string; // YYYY-MM-DD
  tmt: string; // YYYY-MM (NIP) or YYYY (NI PPPK)
  gender: Gender;
  serial: number;
};

export type NiPppkParts = NipParts & { frequency: number };

export type NipErrorCode =
  | "nip_format"
  | "nip_birth_date"
  | "nip_tmt"
  | "nip_tmt_too_early"
  | "nip_gender"
  | "nip_serial"
  | "nip_pppk_code";

export type NipError = { code: NipErrorCode; message: string };
export type NipResult<T> = { ok: true; value: T } | { ok: false; error: NipError };

/** Minimum age at first appointment used as a plausibility check (REGULATIONS.md §7.5, heuristic). */
const MIN_AGE_AT_APPOINTMENT = 18;

const fail = (code: NipErrorCode, message: string): { ok: false; error: NipError } => ({
  ok: false,
  error: { code, message },
});

/** Removes the spaces of the printed form ("19660801 198803 1 001"). */
export function normalizeNip(input: string): string {
  return input.replace(/\s+/g, "");
}

export function parseNip(input: string): NipResult<NipParts> {
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) {
    return fail("nip_format", "NIP harus terdiri dari 18 digit angka");
  }
  const birthDate = dateFromDigits(nip.slice(0, 8));
  if (!birthDate) {
    return fail("nip_birth_date", "NIP memuat tanggal lahir yang tidak valid (digit 1-8)");
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < 1900) {
    return fail("nip_tmt", "NIP memuat TMT CPNS yang tidak valid (digit 9-14)");
  }
  if (tmtYear * 12 + tmtMonth < (Number(nip.slice(0, 4)) + MIN_AGE_AT_APPOINTMENT) * 12 + Number(nip.slice(4, 6))) {
    return fail("nip_tmt_too_early", "TMT CPNS pada NIP lebih awal dari usia 18 tahun");
  }
  const rest = parseGenderAndSerial(nip.slice(14, 15), nip.slice(15, 18));
  if (!rest.ok) {
    return rest;
  }
  return { ok: true, value: { nip, birthDate, tmt: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`, ...rest.value } };
}

export function parseNiPppk(input: string): NipResult<NiPppkParts> {
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) {
    return fail("nip_format", "NI PPPK harus terdiri dari 18 digit angka");
  }
  const birthDate = dateFromDigits(nip.slice(0, 8));
  if (!birthDate) {
    return fail("nip_birth_date", "NI PPPK memuat tanggal lahir yang tidak valid (digit 1-8)");
  }
  const tmtYear = Number(nip.slice(8, 12));
  if (tmtYear < 2019) {
    return fail("nip_tmt", "NI PPPK memuat tahun TMT yang tidak valid (digit 9-12)");
  }
  if (tmtYear < Number(nip.slice(0, 4)) + MIN_AGE_AT_APPOINTMENT) {
    return fail("nip_tmt_too_early", "TMT PPPK pada NI PPPK lebih awal dari usia 18 tahun");
  }
  if (nip[12] !== "2") {
    return fail("nip_pppk_code", "Digit ke-13 NI PPPK harus 2 (kode PPPK)");
  }
  const frequency = Number(nip[13]);
  if (frequency < 1) {
    return fail("nip_pppk_code", "Digit ke-14 NI PPPK (frekuensi pengangkatan) harus 1-9");
  }
  const rest = parseGenderAndSerial(nip.slice(14, 15), nip.slice(15, 18));
  if (!rest.ok) {
    return rest;
  }
  return { ok: true, value: { nip, birthDate, tmt: nip.slice(8, 12), frequency, ...rest.value } };
}

/** Parses the number that goes with the status: NIP for a PNS, NI PPPK for a PPPK. */
export function parseEmployeeNumber(status: "pns" | "pppk", input: string): NipResult<NipParts> {
  return status === "pns" ? parseNip(input) : parseNiPppk(input);
}

/** The printed form with spaces: "19660801 198803 1 001". */
export function formatNip(nip: string): string {
  const n = normalizeNip(nip);
  if (!/^\d{18}$/.test(n)) {
    return nip;
  }
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}

function parseGenderAndSerial(
  genderDigit: string,
  serialDigits: string,
): NipResult<{ gender: Gender; serial: number }> {
  if (genderDigit !== "1" && genderDigit !== "2") {
    return fail("nip_gender", "Digit jenis kelamin pada NIP harus 1 (pria) atau 2 (wanita)");
  }
  const serial = Number(serialDigits);
  if (serial < 1) {
    return fail("nip_serial", "Nomor urut pada NIP harus 001-999");
  }
  return { ok: true, value: { gender: genderDigit === "1" ? "pria" : "wanita", serial } };
}

function dateFromDigits(digits: string): string | null {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
