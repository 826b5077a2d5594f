import { defineMessages } from "../../i18n/define";

/** The public verification page's terms added for issue 8 (masked names, issuing office, rate limit). */
export const verificationMessages = defineMessages(
  {
    "skp.verify.issuer": "Instansi penerbit",
    "skp.verify.maskedAnonymous": "Nama disamarkan untuk pengunjung yang belum masuk.",
    "skp.verify.maskedNoAccess": "Nama disamarkan: akun Anda tidak berhak melihat dokumen ini.",
    "skp.verify.signIn": "Masuk untuk melihat nama lengkap",
    "error.too_many_verifications":
      "Terlalu banyak pemeriksaan kode dari alamat Anda. Coba lagi dalam {retryAfterMinutes} menit.",
  },
  {
    "skp.verify.issuer": "Issuing office",
    "skp.verify.maskedAnonymous": "The name is masked for visitors who have not signed in.",
    "skp.verify.maskedNoAccess": "The name is masked: your account may not see this document.",
    "skp.verify.signIn": "Sign in to see the full name",
    "error.too_many_verifications": "Too many code checks from your address. Try again in {retryAfterMinutes} minutes.",
  },
);
