/**
 * BerAKHLAK core values and their 21 panduan perilaku, as printed on SKP forms under PermenPANRB 6/2022
 * (SE MenPANRB 20/2021 wording; REGULATIONS.md §3.2). Stored as versioned master data: an office can add the
 * UU 20/2023 wording as a new version without changing old SKPs.
 */
export const berakhlakValueCodes = [
  "berorientasi_pelayanan",
  "akuntabel",
  "kompeten",
  "harmonis",
  "loyal",
  "adaptif",
  "kolaboratif",
] as const;
export type BerakhlakValueCode = (typeof berakhlakValueCodes)[number];

export type BerakhlakValue = { code: BerakhlakValueCode; name: string; indicators: readonly [string, string, string] };

export const BERAKHLAK_SE_20_2021 = "SE-20-2021";

export const berakhlakSe20of2021: readonly BerakhlakValue[] = [
  {
    code: "berorientasi_pelayanan",
    name: "Berorientasi Pelayanan",
    indicators: [
      "Memahami dan memenuhi kebutuhan masyarakat",
      "Ramah, cekatan, solutif, dan dapat diandalkan",
      "Melakukan perbaikan tiada henti",
    ],
  },
  {
    code: "akuntabel",
    name: "Akuntabel",
    indicators: [
      "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
      "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
      "Tidak menyalahgunakan kewenangan jabatan",
    ],
  },
  {
    code: "kompeten",
    name: "Kompeten",
    indicators: [
      "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
      "Membantu orang lain belajar",
      "Melaksanakan tugas dengan kualitas terbaik",
    ],
  },
  {
    code: "harmonis",
    name: "Harmonis",
    indicators: [
      "Menghargai setiap orang apapun latar belakangnya",
      "Suka menolong orang lain",
      "Membangun lingkungan kerja yang kondusif",
    ],
  },
  {
    code: "loyal",
    name: "Loyal",
    indicators: [
      "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
      "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
      "Menjaga rahasia jabatan dan negara",
    ],
  },
  {
    code: "adaptif",
    name: "Adaptif",
    indicators: [
      "Cepat menyesuaikan diri menghadapi perubahan",
      "Terus berinovasi dan mengembangkan kreativitas",
      "Bertindak proaktif",
    ],
  },
  {
    code: "kolaboratif",
    name: "Kolaboratif",
    indicators: [
      "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
      "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
      "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
    ],
  },
];
