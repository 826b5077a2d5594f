import { notifications } from "@mantine/notifications";
import { ApiError } from "./api";
import { errorText } from "./error-text";

type FormLike = { setFieldError: (path: string, error: string) => void };

/** Shows a server error beside the field it names, or as a notification when it names none. */
export function showApiError(error: unknown, form?: FormLike, fieldMap: Record<string, string> = {}) {
  if (error instanceof ApiError) {
    const entries = Object.entries(error.fields);
    if (form && entries.length > 0) {
      for (const [path, message] of entries) {
        form.setFieldError(fieldMap[path] ?? path.replace(/\//g, "."), message);
      }
      return;
    }
  }
  notifications.show({ color: "red", message: errorText(error) });
}
