import { defineMessages } from "../../i18n/define";

/** The batch of SKP PDFs in one ZIP (issue 10, decision 0040). */
export const skpBatchMessages = defineMessages(
  {
    "skpBatch.title": "Unduh semua SKP (ZIP)",
    "skpBatch.intro":
      "Semua SKP tahun {year} dari unit yang dipilih dan unit di bawahnya, satu PDF per SKP, dalam satu berkas ZIP. Disiapkan di latar belakang; ZIP disimpan {minutes} menit setelah selesai.",
    "skpBatch.unit": "Unit",
    "skpBatch.start": "Unduh semua SKP (ZIP)",
    "skpBatch.progress": "{done} dari {total} SKP disiapkan",
    "skpBatch.ready": "ZIP {unit} tahun {year} siap ({total} SKP), tersedia sampai {until}.",
    "skpBatch.download": "Unduh ZIP",
    "skpBatch.failed": "Penyiapan ZIP gagal. Silakan mulai lagi.",
    "skpBatch.expired": "ZIP sudah dihapus karena melewati batas waktu. Silakan mulai lagi.",
    "error.batch_running": "Unduhan SKP Anda sebelumnya masih disiapkan. Tunggu sampai selesai.",
    "error.batch_empty": "Tidak ada SKP pada tahun ini di unit tersebut dan unit di bawahnya.",
    "error.batch_too_large": "Unit ini memiliki {total} SKP; satu ZIP paling banyak {limit}. Pilih unit di bawahnya.",
    "error.batch_not_ready": "ZIP belum siap atau sudah dihapus. Lihat progres atau mulai lagi.",
    "error.batch_busy": "Terlalu banyak unduhan SKP sedang disiapkan. Coba lagi sebentar lagi.",
  },
  {
    "skpBatch.title": "Download all SKPs (ZIP)",
    "skpBatch.intro":
      "Every {year} SKP of the chosen unit and the units below it, one PDF per SKP, in one ZIP file. Prepared in the background; the ZIP is kept for {minutes} minutes after it is ready.",
    "skpBatch.unit": "Unit",
    "skpBatch.start": "Download all SKPs (ZIP)",
    "skpBatch.progress": "{done} of {total} SKPs prepared",
    "skpBatch.ready": "The {year} ZIP of {unit} is ready ({total} SKPs), available until {until}.",
    "skpBatch.download": "Download ZIP",
    "skpBatch.failed": "Preparing the ZIP failed. Please start again.",
    "skpBatch.expired": "The ZIP was deleted after its time limit. Please start again.",
    "error.batch_running": "Your previous SKP download is still being prepared. Wait until it is finished.",
    "error.batch_empty": "There are no SKPs for this year in that unit and the units below it.",
    "error.batch_too_large": "This unit has {total} SKPs; one ZIP holds at most {limit}. Choose a unit below it.",
    "error.batch_not_ready": "The ZIP is not ready or has been deleted. Check the progress or start again.",
    "error.batch_busy": "Too many SKP downloads are being prepared. Try again shortly.",
  },
);
