import { defineMessages } from "../../i18n/define";

/** The year's setting for the pengelola kinerja's review of submitted SKPs (PP 30/2019; REGULATIONS.md §6.7). */
export const yearsReviewMessages = defineMessages(
  {
    "planning.years.review": "Reviu SKP oleh pengelola kinerja",
    "planning.years.review.required": "Wajib sebelum persetujuan",
    "planning.years.review.requiredHint":
      "SKP yang diajukan direviu pengelola kinerja lebih dulu; pejabat penilai baru dapat menyetujui setelah direviu (PP 30/2019, bawaan).",
    "planning.years.review.off": "Tidak diwajibkan",
    "planning.years.review.offHint":
      "Pejabat penilai dapat langsung menyetujui; pengelola kinerja tetap dapat memberi catatan perbaikan.",
    "planning.years.review.short.required": "Reviu pengelola: wajib",
    "planning.years.review.short.off": "Reviu pengelola: tidak wajib",
  },
  {
    "planning.years.review": "SKP review by the performance administrator",
    "planning.years.review.required": "Required before approval",
    "planning.years.review.requiredHint":
      "Submitted SKPs are reviewed by the performance administrator first; the rating official can approve only after the review (PP 30/2019, default).",
    "planning.years.review.off": "Not required",
    "planning.years.review.offHint":
      "Rating officials may approve directly; the performance administrator can still add correction notes.",
    "planning.years.review.short.required": "Administrator review: required",
    "planning.years.review.short.off": "Administrator review: not required",
  },
);
