import { defineMessages } from "../i18n/define";

/** The texts of the dialog shown when someone else saved the same record first (conflict-modal.tsx). */
export const conflictMessages = defineMessages(
  {
    "conflict.title": "Data ini baru saja diubah di tempat lain",
    "conflict.intro":
      "Sementara Anda mengetik, versi lain tersimpan lebih dahulu. Isian Anda belum hilang: bandingkan kedua versi, lalu pilih yang dipakai.",
    "conflict.field": "Bagian",
    "conflict.mine": "Versi Anda (belum tersimpan)",
    "conflict.theirs": "Versi tersimpan sekarang",
    "conflict.empty": "(kosong)",
    "conflict.keepMine": "Simpan versi saya",
    "conflict.takeTheirs": "Pakai versi tersimpan",
  },
  {
    "conflict.title": "This record was just changed elsewhere",
    "conflict.intro":
      "While you were typing, another version was saved first. Your input is not lost: compare both versions, then choose which to keep.",
    "conflict.field": "Part",
    "conflict.mine": "Your version (not saved yet)",
    "conflict.theirs": "Saved version now",
    "conflict.empty": "(empty)",
    "conflict.keepMine": "Save my version",
    "conflict.takeTheirs": "Use the saved version",
  },
);
