import { z } from "zod";

/** The reminders and notices a person receives in the app (the bell) and by e-mail. */
export const notificationKindSchema = z.enum([
  "report_due_soon",
  "report_overdue",
  "report_awaiting_feedback",
  "feedback_awaiting_ack",
  "report_revision_requested",
  "account_password_reset",
  "account_password_changed",
  "account_deactivated",
  "account_reactivated",
  "skp_expectations_changed",
  "second_factor_reset",
  "skp_blocked_reminder",
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationSchema = z.object({
  id: z.string(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
