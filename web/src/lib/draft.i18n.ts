import { defineMessages } from "../i18n/define";

/** Local drafts (use-local-draft.ts), the "belum tersimpan" state and network failures. */
export const draftMessages = defineMessages(
  {
    "draft.restored.title": "Draf yang belum tersimpan dipulihkan",
    "draft.restored.text":
      "Isian yang Anda ketik ({time}) tersimpan di perangkat ini dan sudah dikembalikan ke formulir.",
    "draft.restored.older":
      "Versi di server berubah sejak Anda mengetik: saat disimpan, kedua versi ditampilkan agar Anda memilih.",
    "draft.restored.discard": "Buang draf ini",
    "draft.restored.keep": "Pakai draf",
    "draft.unsaved": "Belum tersimpan",
    "draft.unsavedHint": "Isian Anda aman di perangkat ini dan dikirim lagi saat koneksi kembali.",
    "draft.unsavedSession": "Isian Anda aman di perangkat ini dan disimpan setelah Anda masuk lagi.",
    "draft.tooLarge": "Isian terlalu panjang untuk disimpan di perangkat ini; simpan ke server.",
    "draft.pending.title": "Anda punya draf yang belum tersimpan",
    "draft.pending.intro": "Isian ini Anda ketik di perangkat ini tetapi belum tersimpan di server.",
    "draft.pending.open": "Buka",
    "draft.pending.discard": "Buang",
    "draft.pending.discardLabel": "Buang draf {title}",
    "draft.title.report": "Laporan bulanan",
    "draft.title.feedback": "Umpan balik laporan",
    "draft.title.skp": "Isi SKP",
    "draft.title.dialogue": "Dialog kinerja baru",
    "draft.title.coaching": "Catatan bimbingan baru",
    "error.network": "Tidak terhubung ke server. Periksa koneksi Anda; isian belum tersimpan.",
  },
  {
    "draft.restored.title": "Unsaved draft restored",
    "draft.restored.text": "What you typed ({time}) was kept on this device and has been put back into the form.",
    "draft.restored.older":
      "The server's version changed since you typed: when saving, both versions are shown so you can choose.",
    "draft.restored.discard": "Discard this draft",
    "draft.restored.keep": "Use the draft",
    "draft.unsaved": "Not saved yet",
    "draft.unsavedHint": "Your input is safe on this device and is sent again when the connection returns.",
    "draft.unsavedSession": "Your input is safe on this device and is saved after you sign in again.",
    "draft.tooLarge": "The input is too long to keep on this device; save it to the server.",
    "draft.pending.title": "You have unsaved drafts",
    "draft.pending.intro": "You typed these on this device but they are not saved on the server yet.",
    "draft.pending.open": "Open",
    "draft.pending.discard": "Discard",
    "draft.pending.discardLabel": "Discard draft {title}",
    "draft.title.report": "Monthly report",
    "draft.title.feedback": "Report feedback",
    "draft.title.skp": "SKP content",
    "draft.title.dialogue": "New performance dialogue",
    "draft.title.coaching": "New coaching record",
    "error.network": "Cannot reach the server. Check your connection; your input is not saved yet.",
  },
);
