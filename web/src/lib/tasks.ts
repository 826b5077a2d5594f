import { taskApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { call } from "./api";

/** The one cache entry of GET /api/tasks: the home list, the navigation counts and SKP Saya read it. */
export const tasksKey = ["tasks"] as const;

/** What the signed-in person has to do; one request per page load, refreshed after every mutation (main.tsx). */
export function useTasks(enabled = true) {
  return useQuery({ queryKey: tasksKey, queryFn: () => call(taskApi.list, {}), enabled, staleTime: 30_000 });
}
