import { defineMessages } from "../../i18n/define";

/** Why a staff member's SKP waits up the cascade, whom to ask, and the once-a-day reminder (issue 11). */
export const skpBlockMessages = defineMessages(
  {
    "skpBlock.title": "SKP Anda menunggu SKP atasan",
    "skpBlock.rater":
      "RHK Anda harus mengintervensi RHK dari SKP pejabat penilai Anda, {rater}, yang belum disetujui untuk tahun {year}.",
    "skpBlock.raterIsCause": "Penyebabnya: {cause} {reason}.",
    "skpBlock.causeAbove":
      "Penyebab sebenarnya ada di atasnya: {cause} {reason}, sehingga SKP di bawahnya belum dapat disetujui.",
    "skpBlock.reason.no_skp": "belum membuat SKP tahun ini",
    "skpBlock.reason.draft": "belum mengajukan SKP tahun ini",
    "skpBlock.reason.awaiting_approval": "sudah mengajukan SKP, tetapi belum disetujui",
    "skpBlock.reason.vacant": "masih kosong (belum ada pejabat definitif, Plt, atau Plh)",
    "skpBlock.ask": "Yang dapat Anda hubungi: {ask}.",
    "skpBlock.askNobody": "Tidak ada pejabat di SIMKIN yang dapat diingatkan; hubungi pengelola kinerja.",
    "skpBlock.meanwhile":
      "Sementara itu Anda dapat menyusun draf SKP; RHK atasan yang diintervensi dapat dituliskan dari SKP resmi atasan.",
    "skpBlock.remind": "Kirim pengingat",
    "skpBlock.reminded": "Pengingat sudah dikirim hari ini. Anda dapat mengirim lagi besok.",
    "skpBlock.sent": "Pengingat dikirim kepada {name}",
    "skpBlock.vacantSeat": "Jabatan {position}",
    "skp.mine.openDraft": "Lanjutkan draf SKP",
    "skp.create.openExisting": "Buka SKP yang sudah ada",
    "error.reminder_already_sent": "Pengingat sudah dikirim hari ini. Anda dapat mengirim lagi besok.",
    "error.skp_not_blocked": "SKP Anda tidak sedang menunggu SKP atasan; tidak ada yang perlu diingatkan.",
    "error.reminder_no_recipient": "Tidak ada pejabat di SIMKIN yang dapat diingatkan; hubungi pengelola kinerja.",
  },
  {
    "skpBlock.title": "Your SKP is waiting for your superior's SKP",
    "skpBlock.rater":
      "Your RHK must build on the RHK of your rating official's SKP, {rater}, which is not yet approved for {year}.",
    "skpBlock.raterIsCause": "The cause: {cause} {reason}.",
    "skpBlock.causeAbove": "The real cause is further up: {cause} {reason}, so the SKPs below cannot be approved yet.",
    "skpBlock.reason.no_skp": "has not created an SKP this year",
    "skpBlock.reason.draft": "has not submitted an SKP this year",
    "skpBlock.reason.awaiting_approval": "has submitted an SKP that is not yet approved",
    "skpBlock.reason.vacant": "is vacant (no definitive holder, Plt or Plh)",
    "skpBlock.ask": "Whom you can ask: {ask}.",
    "skpBlock.askNobody": "Nobody in SIMKIN can be reminded; contact the performance manager.",
    "skpBlock.meanwhile":
      "Meanwhile you can draft your SKP; the superior's RHK can be typed from the superior's official SKP.",
    "skpBlock.remind": "Send a reminder",
    "skpBlock.reminded": "A reminder was already sent today. You can send another tomorrow.",
    "skpBlock.sent": "Reminder sent to {name}",
    "skpBlock.vacantSeat": "The position {position}",
    "skp.mine.openDraft": "Continue the SKP draft",
    "skp.create.openExisting": "Open the existing SKP",
    "error.reminder_already_sent": "A reminder was already sent today. You can send another tomorrow.",
    "error.skp_not_blocked": "Your SKP is not waiting for a superior's SKP; there is nobody to remind.",
    "error.reminder_no_recipient": "Nobody in SIMKIN can be reminded; contact the performance manager.",
  },
);
