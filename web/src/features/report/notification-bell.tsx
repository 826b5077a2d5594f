/** The bell in the header: unread count and the latest notifications. */
export function NotificationBell() {
  return null;
}
