import { defineMessages } from "../../i18n/define";

/** Adding a BerAKHLAK master version (REGULATIONS.md §3.2: versioned master data). */
export const berakhlakMessages = defineMessages(
  {
    "planning.berakhlak.effectiveFrom": "Berlaku untuk SKP yang dimulai sejak {date}",
    "planning.berakhlak.inForce": "Berlaku sekarang",
    "planning.berakhlak.future": "Mulai berlaku {date}",
    "planning.berakhlak.add": "Tambah versi",
    "planning.berakhlak.addTitle": "Tambah versi master perilaku",
    "planning.berakhlak.addIntro":
      "Isi ketujuh nilai BerAKHLAK, masing-masing dengan tepat tiga panduan perilaku. SKP baru yang periodenya dimulai pada atau setelah tanggal berlaku memakai versi ini; SKP yang sudah ada tetap memakai versinya.",
    "planning.berakhlak.form.version": "Kode versi",
    "planning.berakhlak.form.versionHint": "Huruf besar, angka dan tanda -, mis. UU-20-2023",
    "planning.berakhlak.form.title": "Dasar/judul",
    "planning.berakhlak.form.titleHint": "mis. Undang-Undang Nomor 20 Tahun 2023 tentang ASN",
    "planning.berakhlak.form.effectiveFrom": "Tanggal mulai berlaku",
    "planning.berakhlak.form.effectiveFromHint": "Tidak boleh sama dengan tanggal berlaku versi lain.",
    "planning.berakhlak.form.valueName": "Nama nilai {n}",
    "planning.berakhlak.form.indicator": "Panduan perilaku {n}",
    "planning.berakhlak.form.submit": "Simpan versi",
    "planning.berakhlak.added": "Versi {version} ditambahkan",
  },
  {
    "planning.berakhlak.effectiveFrom": "For SKPs starting on or after {date}",
    "planning.berakhlak.inForce": "In force now",
    "planning.berakhlak.future": "In force from {date}",
    "planning.berakhlak.add": "Add version",
    "planning.berakhlak.addTitle": "Add a behaviour master version",
    "planning.berakhlak.addIntro":
      "Fill in all seven BerAKHLAK values, each with exactly three behaviour guides. New SKPs whose period starts on or after the effective date use this version; existing SKPs keep theirs.",
    "planning.berakhlak.form.version": "Version code",
    "planning.berakhlak.form.versionHint": "Capital letters, digits and -, e.g. UU-20-2023",
    "planning.berakhlak.form.title": "Basis/title",
    "planning.berakhlak.form.titleHint": "e.g. Law No. 20 of 2023 on the State Civil Apparatus",
    "planning.berakhlak.form.effectiveFrom": "Effective from",
    "planning.berakhlak.form.effectiveFromHint": "Must differ from every other version's effective date.",
    "planning.berakhlak.form.valueName": "Name of value {n}",
    "planning.berakhlak.form.indicator": "Behaviour guide {n}",
    "planning.berakhlak.form.submit": "Save version",
    "planning.berakhlak.added": "Version {version} added",
  },
);
