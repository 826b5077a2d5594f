import { defineMessages } from "../../i18n/define";

/** The employee import screen (an Excel workbook of employees and their placements). */
export const importMessages = defineMessages(
  {
    "import.title": "Impor Pegawai",
    "import.intro":
      "Tambahkan banyak pegawai sekaligus dari berkas Excel (.xlsx). Setiap pegawai otomatis mendapat akun dengan NIP sebagai nama pengguna.",
    "import.step1":
      "Unduh templat, lalu isi satu pegawai per baris pada lembar Pegawai. Keterangan kolom ada di lembar Petunjuk.",
    "import.step2": "Ketik NIP/NI PPPK sebagai teks (18 digit) dan hapus baris contoh.",
    "import.step3":
      "Kode Unit, Nama Jabatan dan TMT Jabatan boleh dikosongkan. Bila diisi, ketiganya wajib dan pegawai langsung ditempatkan secara definitif.",
    "import.step4": "Semua baris diperiksa lebih dahulu. Bila ada satu baris yang salah, tidak ada data yang diimpor.",
    "import.template": "Unduh templat (.xlsx)",
    "import.file": "Berkas Excel (.xlsx)",
    "import.filePlaceholder": "Pilih berkas…",
    "import.noFile": "Pilih berkas .xlsx terlebih dahulu",
    "import.submit": "Impor",
    "import.uploading": "Mengunggah dan memeriksa berkas…",
    "import.success": "Impor berhasil",
    "import.result": "{imported} pegawai diimpor; {placed} di antaranya langsung ditempatkan pada jabatan.",
    "import.toEmployees": "Lihat daftar pegawai",
    "import.invalidTitle": "Tidak ada data yang diimpor",
    "import.row": "Baris",
    "import.column": "Kolom",
    "import.error": "Kesalahan",
    "import.failed": "Impor gagal",
  },
  {
    "import.title": "Import Employees",
    "import.intro":
      "Add many employees at once from an Excel file (.xlsx). Each employee automatically gets an account with the NIP as username.",
    "import.step1":
      "Download the template and fill in one employee per row on the Pegawai sheet. The Petunjuk sheet explains each column.",
    "import.step2": "Type the NIP/NI PPPK as text (18 digits) and delete the example row.",
    "import.step3":
      "Unit code, position name and TMT may be left empty. If one is filled in, all three are required and the employee is placed in that position permanently.",
    "import.step4": "Every row is checked first. If any row is wrong, nothing is imported.",
    "import.template": "Download template (.xlsx)",
    "import.file": "Excel file (.xlsx)",
    "import.filePlaceholder": "Choose a file…",
    "import.noFile": "Choose an .xlsx file first",
    "import.submit": "Import",
    "import.uploading": "Uploading and checking the file…",
    "import.success": "Import succeeded",
    "import.result": "{imported} employees imported; {placed} of them were placed in a position.",
    "import.toEmployees": "View employee list",
    "import.invalidTitle": "Nothing was imported",
    "import.row": "Row",
    "import.column": "Column",
    "import.error": "Error",
    "import.failed": "Import failed",
  },
);
