import { notifications } from "@mantine/notifications";
import { positionApi, unitApi } from "@simkin/domain";
import { type QueryClient, useQuery } from "@tanstack/react-query";
import { ApiError, call, isStaleWrite } from "../../../lib/api";
import { errorText, fieldErrorText } from "../../../lib/error-text";
import { showApiError } from "../../../lib/form-errors";

/** Cache keys shared by the structure screens; ["positions"] prefixes every position list. */
export const unitsKey = ["units"] as const;
export const positionsKey = ["positions"] as const;

export function useUnits() {
  return useQuery({ queryKey: unitsKey, queryFn: () => call(unitApi.list, {}) });
}

/** Positions of one unit, or of every unit when unitId is null. */
export function usePositions(unitId: string | null, enabled = true) {
  return useQuery({
    queryKey: [...positionsKey, unitId ?? "all"],
    queryFn: () => call(positionApi.list, { query: unitId ? { unitId } : {} }),
    enabled,
  });
}

/** Units and positions show each other's names, and employee lists show both: refresh them all. */
export function invalidateStructure(queryClient: QueryClient) {
  for (const queryKey of [unitsKey, positionsKey, ["employees"], ["employee"], ["profile"]]) {
    queryClient.invalidateQueries({ queryKey });
  }
}

type FormLike = { setFieldError: (path: string, error: string) => void };

/**
 * A failed save. Field errors go beside their fields; anything the form has no field for becomes a notification.
 * A stale version means someone else saved first: the data is reloaded and true is returned, so the caller closes.
 */
export function handleSaveError(
  error: unknown,
  form: FormLike,
  queryClient: QueryClient,
  fieldNames: readonly string[],
): boolean {
  if (error instanceof ApiError && isStaleWrite(error)) {
    notifications.show({ color: "orange", message: errorText(error), autoClose: 8000 });
    invalidateStructure(queryClient);
    return true;
  }
  if (error instanceof ApiError) {
    const paths = Object.keys(error.fields);
    if (paths.length === 0 || paths.some((path) => !fieldNames.includes(path))) {
      notifications.show({ color: "red", message: errorText(error) });
    }
    for (const path of paths.filter((p) => fieldNames.includes(p))) {
      form.setFieldError(path, fieldErrorText(error, error.fields[path] ?? error.message));
    }
    return false;
  }
  showApiError(error);
  return false;
}
