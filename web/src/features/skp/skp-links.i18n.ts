import { defineMessages } from "../../i18n/define";

/** The RHK's links of issue 9 rules 6-8: RHK atasan outside SIMKIN, Perjanjian Kinerja targets, penugasan marker. */
export const skpLinksMessages = defineMessages(
  {
    "skp.external.badge": "RHK atasan di luar SIMKIN",
    "skp.external.text": "RHK atasan yang diintervensi (dari SKP resmi pejabat penilai)",
    "skp.external.textHint": "Salin teks RHK dari SKP pejabat penilai yang sudah ditandatangani.",
    "skp.external.reference": "Nomor/tanggal SKP atasan (opsional)",
    "skp.external.referencePlaceholder": "mis. SKP Sekda Tahun 2026, Nomor 800/26/SETDA",
    "skp.external.carried":
      "Disepakati pada revisi sebelumnya dari SKP pejabat penilai di luar SIMKIN. Tetap berlaku; Anda dapat menggantinya dengan RHK atasan di SIMKIN.",
    "skp.external.source": "Sumber: {reference}",
    "skp.pk.label": "Target Perjanjian Kinerja yang dibawa",
    "skp.pk.description": "Perjanjian Kinerja organisasi Anda tahun ini yang diwujudkan oleh RHK ini.",
    "skp.pk.placeholder": "Pilih target PK",
    "skp.pk.none": "Tidak ada target yang cocok",
    "skp.pk.heading": "Perjanjian Kinerja:",
    "skp.assigned.checkbox": "RHK ini penugasan dari kepala daerah",
    "skp.assigned.label": "Penugasan dari",
    "skp.assigned.marker": "(penugasan dari {who})",
    "skp.notice.noRaterSkpExternal":
      "{name} belum memiliki SKP yang disetujui di SIMKIN. Bila SKP pejabat penilai disusun di luar SIMKIN (mis. SKP Sekda di e-Kinerja), tuliskan RHK atasan yang diintervensi dari SKP resminya pada setiap RHK; SKP ini kemudian dapat diajukan dan pejabat penilai akan melihatnya ditandai \u201cRHK atasan di luar SIMKIN\u201d.",
    "error.rhk_external_not_allowed":
      "SKP pejabat penilai Anda sudah ada di SIMKIN; pilih RHK atasan dari SKP tersebut.",
    "error.rhk_assignment_jpt_only": "Keterangan \u201cpenugasan dari\u201d hanya untuk SKP model JPT.",
    "error.rhk_pk_target_invalid": "Target perjanjian kinerja harus milik organisasi Anda pada tahun SKP ini.",
    "error.pk_target_linked":
      "Target perjanjian kinerja ini sudah dibawa oleh RHK dalam SKP; lepaskan dari RHK tersebut sebelum menghapusnya.",
  },
  {
    "skp.external.badge": "Superior's RHK outside SIMKIN",
    "skp.external.text": "Superior's RHK supported (from the rating official's official SKP)",
    "skp.external.textHint": "Copy the RHK text from the rating official's signed SKP.",
    "skp.external.reference": "Number/date of the superior's SKP (optional)",
    "skp.external.referencePlaceholder": "e.g. Sekda's SKP 2026, No. 800/26/SETDA",
    "skp.external.carried":
      "Agreed in the previous revision from the rating official's SKP outside SIMKIN. It stays valid; you may replace it with a superior's RHK in SIMKIN.",
    "skp.external.source": "Source: {reference}",
    "skp.pk.label": "Performance Agreement targets carried",
    "skp.pk.description": "Targets of your organisation's Performance Agreement (PK) this year that this RHK delivers.",
    "skp.pk.placeholder": "Choose PK targets",
    "skp.pk.none": "No matching target",
    "skp.pk.heading": "Performance Agreement:",
    "skp.assigned.checkbox": "This RHK is assigned by the regional head",
    "skp.assigned.label": "Assigned by",
    "skp.assigned.marker": "(assigned by {who})",
    "skp.notice.noRaterSkpExternal":
      "{name} has no approved SKP in SIMKIN. If the rating official's SKP is kept outside SIMKIN (e.g. the Sekda's in e-Kinerja), type the superior's RHK each RHK supports from that official SKP; this SKP can then be submitted and the rating official sees it marked \u201cSuperior's RHK outside SIMKIN\u201d.",
    "error.rhk_external_not_allowed":
      "Your rating official's SKP is already in SIMKIN; choose the superior's RHK from that SKP.",
    "error.rhk_assignment_jpt_only": "The \u201cassigned by\u201d note is only for JPT-model SKPs.",
    "error.rhk_pk_target_invalid": "Performance Agreement targets must be your organisation's for this SKP's year.",
    "error.pk_target_linked":
      "An RHK in an SKP carries this Performance Agreement target; unlink it from that RHK before deleting it.",
  },
);
