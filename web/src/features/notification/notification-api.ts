import { notificationApi } from "@simkin/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { reportKeys } from "../report/report-api";

/**
 * How often an open page asks for the unread count. A step notifies inside its own transaction, so the count is
 * right as soon as the step answers; polling each second makes it show within about a second (issue 11). The
 * poll stops while the tab is hidden and runs again on focus; the answer is one indexed count.
 */
export const UNREAD_POLL_MS = 1000;

/** Under the key every feature already invalidates after a change ("notifications"). */
export const notificationKeys = {
  all: reportKeys.notifications,
  unread: [...reportKeys.notifications, "unread"] as const,
  page: (page: number, pageSize: number) => [...reportKeys.notifications, "page", page, pageSize] as const,
  preferences: ["notification-preferences"] as const,
};

/** The unread count, polled; when it or the newest notice changes, the open lists are refetched. */
export function useUnread() {
  const queryClient = useQueryClient();
  const summary = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => call(notificationApi.unread, {}),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: "always",
  });
  const seen = useRef<string | null>(null);
  const marker = summary.data ? `${summary.data.unread}:${summary.data.latestAt}` : null;
  useEffect(() => {
    if (marker !== null && seen.current !== null && marker !== seen.current) {
      queryClient.invalidateQueries({ queryKey: [...notificationKeys.all, "page"] });
    }
    seen.current = marker;
  }, [marker, queryClient]);
  return summary.data?.unread ?? 0;
}

export function useNotificationPage(page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: notificationKeys.page(page, pageSize),
    queryFn: () => call(notificationApi.list, { query: { page, pageSize } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Marks one read (nothing to do when it already is), then refreshes the count and lists. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (item: { id: string; readAt: string | null }) => {
      if (item.readAt === null) {
        await call(notificationApi.read, { params: { id: item.id } });
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    onError: (error) => showApiError(error),
  });
}

export function useMarkAllRead(onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(notificationApi.readAll, {}),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      onDone?.();
    },
    onError: (error) => showApiError(error),
  });
}
