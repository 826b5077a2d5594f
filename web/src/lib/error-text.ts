import { catalog } from "../i18n/catalog";
import { currentLocale } from "../i18n/i18n";
import { ApiError } from "./api";

/**
 * The text for an error in the interface language: a feature catalogue's `error.<code>` entry when there is one
 * (with `{name}` filled from the error's details), else the server's own (Indonesian) message.
 */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return error instanceof Error ? error.message : String(error);
  }
  const messages: Readonly<Record<string, string>> = catalog[currentLocale()];
  const text = messages[`error.${error.code}`];
  if (text === undefined) {
    return error.message;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = error.details[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : whole;
  });
}
