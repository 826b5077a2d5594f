import { defineMessages } from "../../i18n/define";

/** How an IKI's months add up to its progress so far (issue 9 rule 11), in the IKI row of the SKP editor. */
export const accumulationMessages = defineMessages(
  {
    "skp.iki.accumulation": "Capaian kumulatif",
    "skp.iki.accumulationHint": "Cara realisasi bulanan dijumlahkan menjadi capaian s.d. bulan ini",
    "skp.iki.accumulation.auto": "Otomatis: {method}",
    "skp.iki.accumulation.sum": "Dijumlahkan",
    "skp.iki.accumulation.latest": "Nilai terakhir",
    "skp.iki.accumulation.average": "Rata-rata",
    "skp.iki.accumulation.sumHint": "hitungan, mis. jumlah berkas dilayani",
    "skp.iki.accumulation.latestHint": "posisi s.d. bulan ini, mis. realisasi PBB-P2",
    "skp.iki.accumulation.averageHint": "persentase atau nilai tiap bulan, mis. % tepat waktu",
  },
  {
    "skp.iki.accumulation": "Cumulative progress",
    "skp.iki.accumulationHint": "How the monthly realisations add up to the progress so far",
    "skp.iki.accumulation.auto": "Automatic: {method}",
    "skp.iki.accumulation.sum": "Summed",
    "skp.iki.accumulation.latest": "Latest value",
    "skp.iki.accumulation.average": "Average",
    "skp.iki.accumulation.sumHint": "a count, e.g. files served",
    "skp.iki.accumulation.latestHint": "position to date, e.g. PBB-P2 collected",
    "skp.iki.accumulation.averageHint": "a rate or score each month, e.g. % on time",
  },
);
