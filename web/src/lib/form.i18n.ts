import { defineMessages } from "../i18n/define";

/** The texts of field errors found in the browser by a shared schema (see form-schema.ts). */
export const formMessages = defineMessages(
  {
    "form.required": "Wajib diisi",
    "form.tooLong": "Paling banyak {max} karakter",
    "form.tooShort": "Paling sedikit {min} karakter",
    "form.tooMany": "Paling banyak {max} butir",
    "form.tooFew": "Paling sedikit {min} butir",
    "form.atLeastOne": "Isi paling sedikit satu butir",
    "form.tooLarge": "Paling besar {max}",
    "form.tooSmall": "Paling kecil {min}",
    "form.invalidDate": "Tanggal tidak valid",
    "form.invalidEmail": "Alamat e-mail tidak valid",
    "form.invalidFormat": "Format tidak valid",
    "form.invalid": "Isian tidak valid",
    "form.charCount": "{n} dari {max} karakter",
  },
  {
    "form.required": "Required",
    "form.tooLong": "At most {max} characters",
    "form.tooShort": "At least {min} characters",
    "form.tooMany": "At most {max} items",
    "form.tooFew": "At least {min} items",
    "form.atLeastOne": "Add at least one",
    "form.tooLarge": "At most {max}",
    "form.tooSmall": "At least {min}",
    "form.invalidDate": "Invalid date",
    "form.invalidEmail": "Not a valid e-mail address",
    "form.invalidFormat": "Invalid format",
    "form.charCount": "{n} of {max} characters",
    "form.invalid": "This value is not valid",
  },
);
