import type { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api";
import { meKey } from "./session";

/** Codes by which the server says the session is restricted; reloading `me` lets the layout send the user on. */
const restrictionCodes = new Set(["password_change_required", "second_factor_enrolment_required"]);

/**
 * For the query and mutation caches: when any call is refused because the session is restricted (e.g. it must
 * change its password first), refresh `me`; AppLayout then redirects to the change-password page.
 */
export function onRestrictedSession(queryClient: QueryClient) {
  return (error: unknown) => {
    if (error instanceof ApiError && restrictionCodes.has(error.code)) {
      void queryClient.invalidateQueries({ queryKey: meKey });
    }
  };
}
