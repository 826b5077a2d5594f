import { defineMessages } from "../../i18n/define";

/** The sign-in dialog over a page whose session ended, and the sign-in page's note on why it appears. */
export const sessionExpiryMessages = defineMessages(
  {
    "sessionExpiry.title": "Sesi Anda berakhir",
    "sessionExpiry.intro":
      "Silakan masuk lagi untuk melanjutkan. Isian Anda tersimpan di perangkat ini dan disimpan setelah Anda masuk; halaman ini tidak ditutup.",
    "sessionExpiry.as": "Masuk sebagai {name}",
    "sessionExpiry.submit": "Masuk dan lanjutkan",
    "sessionExpiry.toPage": "Buka halaman masuk",
    "sessionExpiry.otherUser":
      "Bukan Anda? Pengguna lain masuk lewat halaman masuk; draf Anda tidak ditampilkan kepadanya.",
    "sessionExpiry.pageNotice": "Sesi Anda berakhir; silakan masuk lagi. Isian Anda tersimpan di perangkat ini.",
  },
  {
    "sessionExpiry.title": "Your session has ended",
    "sessionExpiry.intro":
      "Please sign in again to continue. Your input is kept on this device and saved once you are signed in; this page stays open.",
    "sessionExpiry.as": "Signing in as {name}",
    "sessionExpiry.submit": "Sign in and continue",
    "sessionExpiry.toPage": "Open the sign-in page",
    "sessionExpiry.otherUser": "Not you? Another user signs in on the sign-in page; your drafts are not shown to them.",
    "sessionExpiry.pageNotice": "Your session has ended; please sign in again. Your input is kept on this device.",
  },
);
