import { currentLocale } from "../i18n/i18n";
import { messages as loadedMessages } from "../i18n/messages";
import { ApiError, NetworkError } from "./api";

function fill(text: string, details: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = details[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : whole;
  });
}

/**
 * The text for an error in the interface language: a catalogue's `error.<code>` entry (with `{name}` filled from
 * the error's details). Without one, Indonesian shows the server's own message and English a generic text with the
 * code, so the English interface never shows an Indonesian message.
 */
export function errorText(error: unknown): string {
  const messages: Readonly<Record<string, string>> = loadedMessages(currentLocale());
  if (error instanceof NetworkError) {
    return messages["error.network"] ?? error.message;
  }
  if (!(error instanceof ApiError)) {
    // Network failures and parse errors carry the browser's or Zod's English text, not a server message.
    return error instanceof Error ? error.message : String(error);
  }
  const text = messages[`error.${error.code}`];
  if (text !== undefined) {
    return fill(text, error.details);
  }
  return currentLocale() === "id" ? error.message : fill(messages["error.unknown"] ?? error.code, { code: error.code });
}

/**
 * The text beside a field the server refused: its own (Indonesian) message in Indonesian; in English the code's
 * catalogue text, or the generic "not valid" for a schema failure (the form's own check normally catches it first).
 */
export function fieldErrorText(error: ApiError, message: string): string {
  if (currentLocale() === "id") {
    return message;
  }
  const messages: Readonly<Record<string, string>> = loadedMessages("en");
  const text = error.code === "invalid_input" ? undefined : messages[`error.${error.code}`];
  return text === undefined ? (messages["form.invalid"] ?? message) : fill(text, error.details);
}
