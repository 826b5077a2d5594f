import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useT } from "../../../i18n/i18n";
import { isStaleWrite } from "../../../lib/api";
import { showApiError } from "../../../lib/form-errors";

type FormLike = { setFieldError: (path: string, error: string) => void };

export const employeeKeys = {
  list: ["employees"] as const,
  detail: (id: string) => ["employee", id] as const,
  units: ["units"] as const,
  positions: ["positions", "all"] as const,
};

/** Everything an employee, placement or account change can make stale, including the signed-in user's own views. */
export function useInvalidateEmployeeData() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        [["employees"], ["employee"], ["positions"], ["profile"], ["me"]].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
    [queryClient],
  );
}

/**
 * Shows a failed save: a 409 stale_version reloads the data and tells the user someone else saved first;
 * anything else goes beside its form field, or into a notification.
 */
export function useSaveErrorHandler() {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  return useCallback(
    (error: unknown, form?: FormLike, onStale?: () => void) => {
      if (isStaleWrite(error)) {
        notifications.show({
          color: "orange",
          title: t("employees.stale"),
          message: t("employees.staleReloaded"),
          autoClose: 10_000,
        });
        void invalidate();
        onStale?.();
        return;
      }
      showApiError(error, form);
    },
    [t, invalidate],
  );
}
