import assert from "node:assert/strict";
import type { SkpDraft } from "./skp.rules";
import type { LampiranKind } from "./skp.schema";

/** Complete SKP drafts of each form, and helpers that change one part, for the SKP rule tests. */
export type DraftRhk = SkpDraft["rhk"][number];
export type DraftIki = DraftRhk["ikis"][number];

export const RATER_RHK_1 = "rater-rhk-1";
export const RATER_RHK_2 = "rater-rhk-2";
export const raterRhk: ReadonlySet<string> = new Set([RATER_RHK_1, RATER_RHK_2]);

export const fullLampiran = (): Record<LampiranKind, string[]> => ({
  dukungan_sumber_daya: ["Membutuhkan Komputer/Laptop", "Koneksi Internet"],
  skema_pertanggungjawaban: ["Hasil kerja dilaporkan setiap triwulan", "Bukti kerja dalam bentuk laporan"],
  konsekuensi: ["Apabila memenuhi ekspektasi akan diberikan reward"],
});

/** A complete JA/JF kuantitatif SKP of a Kasi Pemerintahan: one utama RHK with three aspects, one tambahan. */
export function jaJfKuantitatif(): SkpDraft {
  return {
    model: "ja_jf",
    approach: "kuantitatif",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    rhk: [
      {
        kind: "utama",
        parentRhkId: RATER_RHK_1,
        perspektif: null,
        ikis: [
          {
            aspek: "kuantitas",
            indicator: "Jumlah dokumen administrasi kependudukan",
            target: "1.200",
            unit: "dokumen",
          },
          { aspek: "kualitas", indicator: "Persentase dokumen tanpa revisi", target: "85,71", unit: "persen" },
          { aspek: "waktu", indicator: "Waktu penyelesaian layanan", target: "12", unit: "bulan" },
        ],
      },
      {
        kind: "tambahan",
        parentRhkId: RATER_RHK_2,
        perspektif: null,
        ikis: [{ aspek: "kuantitas", indicator: "Jumlah kegiatan sosialisasi", target: "4", unit: "kegiatan" }],
      },
    ],
    lampiran: fullLampiran(),
  };
}

/** A complete JA/JF kualitatif SKP: the IKI and target are one narrative; no aspek, no unit. */
export function jaJfKualitatif(): SkpDraft {
  return {
    model: "ja_jf",
    approach: "kualitatif",
    periodStart: "2026-07-01",
    periodEnd: "2026-12-31",
    rhk: [
      {
        kind: "utama",
        parentRhkId: RATER_RHK_1,
        perspektif: null,
        ikis: [
          {
            aspek: null,
            indicator: "Layanan administrasi kependudukan diselesaikan tepat waktu",
            target: "Seluruh permohonan selesai paling lama 12 Bulan sesuai standar pelayanan",
            unit: null,
          },
        ],
      },
    ],
    lampiran: fullLampiran(),
  };
}

/** A complete JPT kuantitatif SKP: perspektif on every RHK, no intervened RHK, no aspek. */
export function jptKuantitatif(): SkpDraft {
  return {
    model: "jpt",
    approach: "kuantitatif",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    rhk: [
      {
        kind: "utama",
        parentRhkId: null,
        perspektif: "penerima_layanan",
        ikis: [{ aspek: null, indicator: "Indeks kepuasan masyarakat", target: "85,5", unit: "indeks" }],
      },
      {
        kind: "utama",
        parentRhkId: null,
        perspektif: "anggaran",
        ikis: [{ aspek: null, indicator: "Realisasi anggaran", target: "95", unit: "persen" }],
      },
    ],
    lampiran: fullLampiran(),
  };
}

/** The draft with RHK `i` changed. */
export function withRhk(draft: SkpDraft, i: number, change: Partial<DraftRhk>): SkpDraft {
  return { ...draft, rhk: draft.rhk.map((rhk, index) => (index === i ? { ...rhk, ...change } : rhk)) };
}

/** The draft with IKI `j` of RHK `i` changed. */
export function withIki(draft: SkpDraft, i: number, j: number, change: Partial<DraftIki>): SkpDraft {
  const rhk = draft.rhk[i];
  assert.ok(rhk, `the draft has an RHK ${i}`);
  return withRhk(draft, i, { ikis: rhk.ikis.map((iki, index) => (index === j ? { ...iki, ...change } : iki)) });
}

export function withLampiran(draft: SkpDraft, change: Partial<Record<LampiranKind, string[]>>): SkpDraft {
  return { ...draft, lampiran: { ...draft.lampiran, ...change } };
}
