import { defineMessages } from "../../i18n/define";

/** Kualitatif realisations, how progress adds up and feedback per BerAKHLAK value (issue 9 rules 9-11). */
export const fidelityMessages = defineMessages(
  {
    "report.iki.words": "Realisasi bulan ini (berdasarkan bukti dukung)",
    "report.iki.wordsFor": "Realisasi bulan ini untuk {indicator}",
    "report.iki.wordsPlaceholder": "Uraikan hasil yang dicapai bulan ini",
    "report.iki.wordsHint": "Pendekatan kualitatif: tuliskan hasilnya, lalu unggah bukti dukung pada RHK ini.",
    "report.iki.accumulation.sum": "jumlah s.d. bulan ini",
    "report.iki.accumulation.latest": "nilai terakhir",
    "report.iki.accumulation.average": "rata-rata bulanan",
    "report.behaviour.title": "Umpan balik perilaku kerja (BerAKHLAK)",
    "report.behaviour.intro":
      "Umpan balik berkelanjutan per nilai BerAKHLAK; isi nilai yang teramati bulan ini, yang lain boleh dikosongkan.",
    "report.behaviour.expectation": "Ekspektasi khusus pimpinan: {text}",
    "report.behaviour.placeholder": "Perilaku yang teramati dan saran",
    "report.behaviour.fromRater": "Umpan balik perilaku kerja dari pejabat penilai",
    "error.evidence_required": "Realisasi kualitatif harus didukung bukti dukung; unggah berkas atau tambahkan tautan",
    "error.realisation_not_number": "Realisasi harus berupa angka, mis. 120 atau 85,5",
    "error.realisation_too_long": "Realisasi paling banyak 2000 karakter",
  },
  {
    "report.iki.words": "This month's realisation (based on evidence)",
    "report.iki.wordsFor": "This month's realisation for {indicator}",
    "report.iki.wordsPlaceholder": "Describe what was achieved this month",
    "report.iki.wordsHint": "Qualitative approach: describe the result, then upload evidence for this RHK.",
    "report.iki.accumulation.sum": "total so far",
    "report.iki.accumulation.latest": "latest value",
    "report.iki.accumulation.average": "monthly average",
    "report.behaviour.title": "Feedback on work behaviour (BerAKHLAK)",
    "report.behaviour.intro":
      "Continuous feedback per BerAKHLAK value; fill in the values you observed this month, leave the others empty.",
    "report.behaviour.expectation": "Leader's specific expectation: {text}",
    "report.behaviour.placeholder": "Behaviour observed and advice",
    "report.behaviour.fromRater": "Feedback on work behaviour from the rating official",
    "error.evidence_required": "A realisation in words needs evidence; upload a file or add a link",
    "error.realisation_not_number": "The realisation must be a number, e.g. 120 or 85.5",
    "error.realisation_too_long": "A realisation may be at most 2000 characters",
  },
);
