import { notifications } from "@mantine/notifications";
import { type SkpDetail, type SkpProblem, skpApi, skpProblemSchema } from "@simkin/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { z } from "zod";
import { useT } from "../../i18n/i18n";
import { ApiError, call, isStaleWrite } from "../../lib/api";
import { errorText } from "../../lib/error-text";

export const skpKeys = {
  detail: (id: string) => ["skp", id] as const,
  mine: (year: number) => ["skps", year] as const,
  years: ["years", "list"] as const,
};

export function useSkp(id: string) {
  return useQuery({ queryKey: skpKeys.detail(id), queryFn: () => call(skpApi.get, { params: { id } }) });
}

/** Everything an SKP change can make stale: the SKP, the employee's list, and the rater's inbox. */
export function useInvalidateSkp() {
  const queryClient = useQueryClient();
  return useCallback(
    (updated?: SkpDetail) => {
      if (updated) {
        queryClient.setQueryData(skpKeys.detail(updated.id), updated);
      }
      return Promise.all(
        [["skp"], ["skps"], ["skp-inbox"]].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
    [queryClient],
  );
}

/** The reasons an SKP cannot be submitted, when the server refused it with `skp_invalid`. */
export function problemsOf(error: unknown): SkpProblem[] {
  if (!(error instanceof ApiError) || error.code !== "skp_invalid") {
    return [];
  }
  const parsed = z.array(skpProblemSchema).safeParse(error.details.problems);
  return parsed.success ? parsed.data : [];
}

/**
 * A failed SKP change: 409 stale_version reloads the SKP and says someone else changed it; anything else is shown
 * in the interface language (errorText). Returns true when the SKP was reloaded.
 */
export function useSkpErrorHandler() {
  const t = useT();
  const invalidate = useInvalidateSkp();
  return useCallback(
    (error: unknown): boolean => {
      if (isStaleWrite(error)) {
        notifications.show({
          color: "orange",
          title: t("skp.stale.title"),
          message: t("skp.stale.text"),
          autoClose: 10_000,
        });
        void invalidate();
        return true;
      }
      const message = errorText(error);
      const title = error instanceof ApiError && error.status === 403 ? t("skp.error.forbidden") : t("common.error");
      notifications.show({ color: "red", title, message, autoClose: 10_000 });
      return false;
    },
    [t, invalidate],
  );
}
