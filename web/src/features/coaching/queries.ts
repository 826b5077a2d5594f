import { type Coaching, coachingApi, dialogueApi, skpApi, wibDate } from "@simkin/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { call } from "../../lib/api";
import { useMe } from "../../lib/session";

export const coachingKeys = {
  all: ["coaching"] as const,
  dialogues: ["coaching", "dialogues"] as const,
  sessions: ["coaching", "sessions"] as const,
  subordinates: (year: number) => ["coaching", "subordinates", year] as const,
};

/** Today as a WIB calendar date (YYYY-MM-DD): the latest date a dialogue or session may carry. */
export function todayWib(): string {
  return wibDate(new Date());
}

export function useDialogues() {
  return useQuery({ queryKey: coachingKeys.dialogues, queryFn: () => call(dialogueApi.list, { query: {} }) });
}

export function useSessions() {
  return useQuery({ queryKey: coachingKeys.sessions, queryFn: () => call(coachingApi.list, { query: {} }) });
}

export type Subordinate = { employeeId: string; name: string; positionName: string };

/** The people I rate this year (from the SKP inbox); empty for someone who rates nobody. */
export function useSubordinates() {
  const me = useMe().data;
  const isRater = me?.capabilities.isRater ?? false;
  const year = Number(todayWib().slice(0, 4));
  const query = useQuery({
    queryKey: coachingKeys.subordinates(year),
    queryFn: () => call(skpApi.inbox, { query: { year } }),
    enabled: isRater,
  });
  const subordinates: Subordinate[] = (query.data?.subordinates ?? []).map((s) => ({
    employeeId: s.employeeId,
    name: s.name,
    positionName: s.positionName,
  }));
  return { year, isRater, subordinates, isPending: isRater && query.isPending };
}

/** Puts a saved session into the list at once (so an open form shows the answer), then refetches. */
export function useSessionSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    async (saved: Coaching) => {
      queryClient.setQueryData<Coaching[]>(coachingKeys.sessions, (list) =>
        list?.map((s) => (s.id === saved.id ? saved : s)),
      );
      await queryClient.invalidateQueries({ queryKey: coachingKeys.sessions });
    },
    [queryClient],
  );
}

/** Employees named in a list, for the filter: the distinct ids with their names, sorted by name. */
export function employeesIn(rows: readonly { employeeId: string; employeeName: string }[]) {
  const byId = new Map(rows.map((r) => [r.employeeId, r.employeeName]));
  return [...byId.entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, "id"));
}
