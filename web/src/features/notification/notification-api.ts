import { notificationApi, type UnreadMarker } from "@simkin/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { reportKeys } from "../report/report-api";
import { FALLBACK_POLL_MS, useUnreadStream } from "./unread-stream";

/** Under the key every feature already invalidates after a change ("notifications"). */
export const notificationKeys = {
  all: reportKeys.notifications,
  unread: [...reportKeys.notifications, "unread"] as const,
  page: (page: number, pageSize: number) => [...reportKeys.notifications, "page", page, pageSize] as const,
  preferences: ["notification-preferences"] as const,
};

/**
 * The unread count, pushed by the server's event stream the moment a step that notified the user commits (decision
 * 0064; issue 11 wants it within about a second); while the stream is down, polled once a minute and on focus. When
 * the count or the newest notice changes, the open lists are refetched. `live`: whether the stream is open.
 */
export function useUnread() {
  const queryClient = useQueryClient();
  const onMarker = useCallback(
    (marker: UnreadMarker) => queryClient.setQueryData(notificationKeys.unread, marker),
    [queryClient],
  );
  const live = useUnreadStream(onMarker);
  const summary = useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => call(notificationApi.unread, {}),
    // The stream's first marker replaces the first answer; no poll while it is open.
    refetchInterval: live ? false : FALLBACK_POLL_MS,
    refetchOnWindowFocus: live ? false : "always",
  });
  // A stream that drops (signed out elsewhere, session expired, server restarting) is checked at once by one poll:
  // a 401 there opens the sign-in dialog now, not at the next minute's poll.
  const wasLive = useRef(false);
  const { refetch } = summary;
  useEffect(() => {
    if (wasLive.current && !live) {
      void refetch();
    }
    wasLive.current = live;
  }, [live, refetch]);
  const seen = useRef<string | null>(null);
  const marker = summary.data ? `${summary.data.unread}:${summary.data.latestAt}` : null;
  useEffect(() => {
    if (marker !== null && seen.current !== null && marker !== seen.current) {
      queryClient.invalidateQueries({ queryKey: [...notificationKeys.all, "page"] });
    }
    seen.current = marker;
  }, [marker, queryClient]);
  return { unread: summary.data?.unread ?? 0, live };
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
