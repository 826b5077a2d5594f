import { authMessages } from "../features/auth/auth.i18n";
import { securityMessages } from "../features/auth/security.i18n";
import { sessionExpiryMessages } from "../features/auth/session-expiry.i18n";
import { apiErrorMessages } from "../lib/api-errors.i18n";
import { draftMessages } from "../lib/draft.i18n";
import { formMessages } from "../lib/form.i18n";
import { commonMessages } from "./common.i18n";

/**
 * The strings the sign-in page needs (its form, the second factor, its errors, the demo strip), in the first
 * download. Everything else in catalog.ts arrives with the signed-in screens (issue 11: sign-in within 3 s on 3G).
 */
export const publicParts = [
  commonMessages,
  authMessages,
  securityMessages,
  sessionExpiryMessages,
  apiErrorMessages,
  draftMessages,
  formMessages,
] as const;
