import type { MessageKey } from "../../i18n/catalog";
import { ApiError } from "../../lib/api";
import { errorText } from "../../lib/error-text";

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A sign-in error in the interface language; a refused attempt says how long to wait, in seconds or minutes. */
export function signInErrorText(error: unknown, t: T): string | null {
  if (!error) {
    return null;
  }
  if (error instanceof ApiError && error.code === "too_many_attempts") {
    const seconds = Number(error.details.retryAfterSeconds ?? 0);
    const time = seconds < 60 ? t("login.seconds", { n: seconds }) : t("login.minutes", { n: Math.ceil(seconds / 60) });
    return t("login.tooMany", { time });
  }
  return errorText(error);
}
