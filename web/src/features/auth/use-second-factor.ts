import { twoFactorApi } from "@simkin/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { call } from "../../lib/api";
import { meKey } from "../../lib/session";

export const secondFactorKey = ["second-factor"] as const;

export function useSecondFactorStatus() {
  return useQuery({ queryKey: secondFactorKey, queryFn: () => call(twoFactorApi.status, {}) });
}

/** After enrolling, turning off or new codes: the status and the session's restriction may have changed. */
export function useRefreshSecurity() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: secondFactorKey }),
        queryClient.invalidateQueries({ queryKey: meKey }),
      ]),
    [queryClient],
  );
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(" ");
}
