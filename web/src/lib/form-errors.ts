import { notifications } from "@mantine/notifications";
import { ApiError, isStaleWrite } from "./api";
import { errorText, fieldErrorText } from "./error-text";

type FormLike = { setFieldError: (path: string, error: string) => void };

/** A server field path (`a/0/b`) as the form's path (`a.0.b`), unless the form maps it otherwise. */
function formPathOf(path: string, fieldMap: Record<string, string> = {}): string {
  return fieldMap[path] ?? path.replace(/\//g, ".");
}

/** Shows a server error beside the field it names, or as a notification when it names none. */
export function showApiError(error: unknown, form?: FormLike, fieldMap: Record<string, string> = {}) {
  if (error instanceof ApiError) {
    const entries = Object.entries(error.fields);
    if (form && entries.length > 0) {
      for (const [path, message] of entries) {
        form.setFieldError(formPathOf(path, fieldMap), fieldErrorText(error, message));
      }
      return;
    }
  }
  notifications.show({ color: "red", message: errorText(error) });
}

/** Someone else saved the record first (409 stale_version): the caller reloads and closes its form. */
export function isStale(error: unknown): error is ApiError {
  return isStaleWrite(error);
}

/** The server refused the actor (403), e.g. not the head of the unit; its message (errorText) says why. */
export function isForbidden(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 403;
}

export function notifyStale(error: ApiError) {
  notifications.show({ color: "orange", message: errorText(error), autoClose: 10_000 });
}

/**
 * A failed save: messages for fields the form shows go beside them; anything else (or an error naming no field)
 * becomes a notification, so nothing is lost silently.
 */
export function showSaveError(error: unknown, form: FormLike, fieldNames: readonly string[]) {
  if (!(error instanceof ApiError)) {
    showApiError(error);
    return;
  }
  const paths = Object.keys(error.fields);
  const shown = paths.filter((path) => fieldNames.includes(path));
  for (const path of shown) {
    form.setFieldError(path, fieldErrorText(error, error.fields[path] ?? error.message));
  }
  if (shown.length === 0 || shown.length < paths.length) {
    notifications.show({ color: "red", message: errorText(error) });
  }
}
