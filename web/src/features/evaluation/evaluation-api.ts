import type { EvaluationDetail } from "@simkin/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

export const evaluationKeys = {
  detail: (id: string) => ["evaluation", id] as const,
  team: (year: number, period: string, page: number) => ["evaluations", "team", year, period, page] as const,
  mine: (year: number) => ["evaluations", "mine", year] as const,
  peer: (year: number) => ["evaluations", "peer", year] as const,
};

/** After a change: the page from the answer, the lists, the bell and the home tasks. */
export function useEvaluationChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    async (detail: EvaluationDetail) => {
      queryClient.setQueryData(evaluationKeys.detail(detail.id), detail);
      await Promise.all(
        [["evaluations"], ["notifications"], ["tasks"]].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
    [queryClient],
  );
}
