import { type Approach, type Aspek, formatNip, type Iki, monthName, type Perspektif } from "@simkin/domain";

function dateParts(isoDate: string): { year: number; month: number; day: number } {
  const [year = "", month = "", day = ""] = isoDate.slice(0, 10).split("-");
  return { year: Number(year), month: Number(month), day: Number(day) };
}

/** "2026-03-16" -> "16 Maret 2026", the date style of Indonesian official letters. */
export function formatDateId(isoDate: string): string {
  const { year, month, day } = dateParts(isoDate);
  return `${day} ${monthName(month)} ${year}`;
}

function periodDate(isoDate: string): string {
  const { month, day } = dateParts(isoDate);
  return `${String(day).padStart(2, "0")} ${monthName(month).toUpperCase()}`;
}

/** The official "PERIODE PENILAIAN: 01 JANUARI SD 31 DESEMBER TAHUN 2026" line (REGULATIONS.md §6.1). */
export function periodLine(periodStart: string, periodEnd: string): string {
  const year = dateParts(periodEnd).year;
  return `PERIODE PENILAIAN: ${periodDate(periodStart)} SD ${periodDate(periodEnd)} TAHUN ${year}`;
}

/** NIP with spaces; an elected official or minister has none, printed "-" (REGULATIONS.md §2.2). */
export function nipText(nip: string | null): string {
  return nip ? formatNip(nip) : "-";
}

export function orDash(value: string | null | undefined): string {
  const trimmed = value?.trim();
  return trimmed ? trimmed : "-";
}

/** Target and satuan as one cell: "1.500 berkas". */
export function targetText(iki: Pick<Iki, "target" | "unit">): string {
  const parts = [iki.target, iki.unit].map((p) => p?.trim()).filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(" ") : "-";
}

const aspekLabels: Record<Aspek, string> = {
  kuantitas: "Kuantitas",
  kualitas: "Kualitas",
  waktu: "Waktu",
  biaya: "Biaya",
};

export function aspekLabel(aspek: Aspek | null): string {
  return aspek ? aspekLabels[aspek] : "-";
}

const perspektifLabels: Record<Perspektif, string> = {
  penerima_layanan: "Penerima Layanan",
  proses_bisnis: "Proses Bisnis",
  penguatan_internal: "Penguatan Internal",
  anggaran: "Anggaran",
};

export function perspektifLabel(perspektif: Perspektif | null): string {
  return perspektif ? perspektifLabels[perspektif] : "-";
}

export function approachTitle(approach: Approach): string {
  return `PENDEKATAN HASIL KERJA ${approach === "kuantitatif" ? "KUANTITATIF" : "KUALITATIF"}`;
}
