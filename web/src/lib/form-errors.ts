import { notifications } from "@mantine/notifications";
import { ApiError } from "./api";
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
