import { authApi, type Me } from "@simkin/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, call, setCsrfToken } from "./api";

export const meKey = ["me"] as const;

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await call(authApi.me, {});
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** After sign-in or sign-out: keep the new CSRF token and start every cached query afresh. */
export function useSetMe() {
  const queryClient = useQueryClient();
  return (me: Me | null) => {
    setCsrfToken(me?.csrfToken ?? null);
    queryClient.clear();
    queryClient.setQueryData(meKey, me);
  };
}

export function isAdmin(me: Me): boolean {
  return me.user.roles.some((r) => r === "pengelola_kinerja" || r === "super_admin");
}

export function canReadMasterData(me: Me): boolean {
  return isAdmin(me) || me.user.roles.includes("auditor");
}

export function canAudit(me: Me): boolean {
  return me.user.roles.some((r) => r === "auditor" || r === "super_admin");
}
