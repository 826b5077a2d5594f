import { addDays, predikatFor, predikatLabels, type Rating, ratingLabels, wibDate } from "@simkin/domain";
import type { Insertable } from "kysely";
import { newId } from "../../db/ids";
import type { KeberatanTable } from "../../db/schema-evaluation";
import type { Ratings } from "./seed-evaluation-plan";
import { plusHours } from "./seed-evaluation-timeline";

export type KeberatanOutcome = "dikabulkan" | "ditolak";

const texts: Record<KeberatanOutcome, { reasons: string; explanation: string }> = {
  dikabulkan: {
    reasons:
      "Realisasi verifikasi usulan DTSEN saya pada Oktober sampai Desember mencapai target. Rekap November terlambat karena aplikasi SIKS-NG tidak dapat diakses selama sepekan (terlampir surat pemberitahuan Dinas Sosial). Mohon rating hasil kerja saya ditinjau kembali.",
    explanation:
      "Rating hasil kerja diberikan karena rekap November terlambat dan bukti dukung belum lengkap saat penilaian. Surat pemberitahuan gangguan aplikasi dari Dinas Sosial baru kami terima setelah hasil evaluasi ditetapkan.",
  },
  ditolak: {
    reasons:
      "Seluruh target seksi tercapai dan saya memimpin penertiban PKL di sekitar pasar tanpa konflik. Mohon {rating} saya ditinjau menjadi Di Atas Ekspektasi.",
    explanation:
      "Hasil kerja sesuai target yang disepakati. Perilaku kerja baik, tetapi belum melampaui ekspektasi khusus pimpinan: koordinasi lintas seksi dalam penanganan genangan dan PKL masih perlu didorong.",
  },
};

const describe = (x: Ratings) =>
  `rating hasil kerja ${ratingLabels[x.hasilKerja]}, rating perilaku ${ratingLabels[x.perilaku]}, predikat ${predikatLabels[predikatFor(x.hasilKerja, x.perilaku)]}`;

const snapshot = (x: Ratings) =>
  JSON.stringify({
    ratingHasilKerja: x.hasilKerja,
    ratingPerilaku: x.perilaku,
    predikat: predikatFor(x.hasilKerja, x.perilaku),
  });

/** The rating the employee asks to be raised: the behaviour's unless it is already above expectation. */
const asked = (x: Ratings) => (x.perilaku === "di_atas_ekspektasi" ? "rating hasil kerja" : "rating perilaku kerja");

/** A granted keberatan lifts what was below expectation to "sesuai"; the predikat follows the kuadran again. */
function grantedRatings(before: Ratings): Ratings {
  const lift = (rating: Rating): Rating => (rating === "di_bawah_ekspektasi" ? "sesuai_ekspektasi" : rating);
  const after = { hasilKerja: lift(before.hasilKerja), perilaku: lift(before.perilaku) };
  if (predikatFor(after.hasilKerja, after.perilaku) === predikatFor(before.hasilKerja, before.perilaku)) {
    throw new Error("Seed: the granted keberatan's employee was not rated below expectation");
  }
  return after;
}

/**
 * A keberatan on an annual result (PP 30/2019 Pasal 59; REGULATIONS.md §3.6): filed three days after the result was
 * delivered, explained by the rater two days later, decided by the atasan of the rater six days after filing (final).
 * When that atasan is outside SIMKIN (the Sekda), the pengelola kinerja records the decision from her letter. Steps
 * after `now` have not happened; null when even the filing is still to come.
 */
export function keberatanOn(input: {
  outcome: KeberatanOutcome;
  evaluationId: string;
  receivedAt: string;
  before: Ratings;
  raterId: string | null;
  atasanId: string | null;
  atasanExternal: boolean;
  pengelolaAccount: string;
  year: number;
  now: string;
}) {
  const filed = plusHours(input.receivedAt, 3 * 24 + 2);
  if (filed > input.now) {
    return null;
  }
  const explained = plusHours(filed, 2 * 24 + 3);
  const decided = plusHours(filed, 6 * 24 + 1);
  const isExplained = explained <= input.now;
  const isDecided = decided <= input.now;
  const after = input.outcome === "dikabulkan" ? grantedRatings(input.before) : input.before;
  const external = input.atasanExternal;
  const decision =
    input.outcome === "dikabulkan"
      ? `Keberatan dikabulkan. Keterlambatan disebabkan gangguan aplikasi di luar kendali pegawai dan realisasi sesuai target; hasil evaluasi diubah menjadi ${describe(after)}.`
      : `Keberatan ditolak. Penilaian Pejabat Penilai Kinerja telah didasarkan pada bukti dukung dan umpan balik berkelanjutan; hasil evaluasi tetap ${describe(after)}.`;
  const row: Insertable<KeberatanTable> = {
    id: newId(),
    evaluation_id: input.evaluationId,
    status: isDecided ? "diputus" : isExplained ? "dijelaskan" : "diajukan",
    reasons: texts[input.outcome].reasons.replace("{rating}", asked(input.before)),
    filed_at: filed,
    explanation: isExplained ? texts[input.outcome].explanation : null,
    explained_at: isExplained ? explained : null,
    explained_by: isExplained ? input.raterId : null,
    outcome: isDecided ? input.outcome : null,
    decision: isDecided ? decision : null,
    decided_at: isDecided ? decided : null,
    decided_by: isDecided ? input.atasanId : null,
    source: isDecided ? (external ? "external" : "internal") : null,
    recorded_by: isDecided && external ? input.pengelolaAccount : null,
    letter_number:
      isDecided && external ? `800.1.13/${input.outcome === "ditolak" ? 41 : 42}/SETDA/${input.year}` : null,
    letter_date: isDecided && external ? addDays(wibDate(new Date(decided)), -1) : null,
    before_json: snapshot(input.before),
    after_json: isDecided ? snapshot(after) : null,
    version: 1 + Number(isExplained) + Number(isDecided),
    updated_at: isDecided ? decided : isExplained ? explained : filed,
  };
  return { row, after: isDecided ? after : input.before, decidedAt: isDecided ? decided : null };
}
