import { defineMessages } from "../../i18n/define";

/** Why a rater was chosen: the jenjang table for jabatan fungsional (REGULATIONS.md §3.6). */
export const ratersMessages = defineMessages(
  {
    "raters.jfRule.title": "Penilai jabatan fungsional {jenjang}",
    "raters.jfRule.body":
      "Pejabat penilai paling rendah {penilai}; atasan pejabat penilai {atasan}. Jabatan di antaranya dilewati (PermenPANRB 6/2022, tabel pejabat penilai BKN).",
    "raters.level.kepala_daerah": "Kepala Daerah",
    "raters.level.jpt_utama": "JPT Utama",
    "raters.level.jpt_madya": "JPT Madya",
    "raters.level.jpt_pratama": "JPT Pratama",
    "raters.level.administrator": "Administrator",
    "raters.level.pengawas": "Pengawas",
    "raters.or": " atau ",
  },
  {
    "raters.jfRule.title": "Raters of a functional position, {jenjang}",
    "raters.jfRule.body":
      "Rated at least by {penilai}; the rater's superior is {atasan}. Positions in between are skipped (PermenPANRB 6/2022, BKN table of raters).",
    "raters.level.kepala_daerah": "Regional Head",
    "raters.level.jpt_utama": "JPT Utama",
    "raters.level.jpt_madya": "JPT Madya",
    "raters.level.jpt_pratama": "JPT Pratama",
    "raters.level.administrator": "Administrator",
    "raters.level.pengawas": "Supervisor (Pengawas)",
    "raters.or": " or ",
  },
);
