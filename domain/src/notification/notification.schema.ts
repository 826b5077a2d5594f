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
  "skp_submitted",
  "skp_returned",
  "skp_approved",
  "skp_reviewed",
  "report_feedback_given",
  "report_accepted",
  "feedback_acknowledged",
  "report_waiting_long",
  "coaching_assigned",
  "coaching_answered",
  "dialogue_recorded",
  "evaluation_finalised",
  "evaluation_self_assessed",
  "evaluation_acknowledged",
  "capaian_set",
  "keberatan_filed",
  "keberatan_explanation_requested",
  "keberatan_explained",
  "keberatan_decided",
  "evaluation_scan_uploaded",
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/**
 * The kinds whose e-mail each person may turn off, in the order the settings list them. Account and second-factor
 * notices are always e-mailed: they are how someone learns their account was touched by another. A kind no longer
 * written (feedback_awaiting_ack, issue 11: the decision itself is notified at the step) is not offered either.
 */
export const emailChoiceKinds = [
  "skp_submitted",
  "skp_reviewed",
  "skp_returned",
  "skp_approved",
  "skp_expectations_changed",
  "skp_blocked_reminder",
  "report_due_soon",
  "report_overdue",
  "report_awaiting_feedback",
  "report_waiting_long",
  "report_feedback_given",
  "report_accepted",
  "report_revision_requested",
  "feedback_acknowledged",
  "coaching_assigned",
  "coaching_answered",
  "dialogue_recorded",
  "evaluation_finalised",
  "evaluation_self_assessed",
  "evaluation_acknowledged",
  "capaian_set",
  "keberatan_filed",
  "keberatan_explanation_requested",
  "keberatan_explained",
  "keberatan_decided",
  "evaluation_scan_uploaded",
] as const satisfies readonly NotificationKind[];
export type EmailChoiceKind = (typeof emailChoiceKinds)[number];
export const emailChoiceKindSchema = z.enum(emailChoiceKinds, { message: "Jenis notifikasi tidak dikenal" });

/** Whether this kind's e-mail follows the recipient's choice (otherwise it is always sent). */
export function isEmailOptional(kind: NotificationKind): kind is EmailChoiceKind {
  return (emailChoiceKinds as readonly NotificationKind[]).includes(kind);
}

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

export const emailPreferenceSchema = z.strictObject({
  kind: emailChoiceKindSchema,
  email: z.boolean({ message: "Pilih aktif atau tidak" }),
});
export type EmailPreference = z.infer<typeof emailPreferenceSchema>;

export const emailPreferencesSchema = z.strictObject({
  items: z
    .array(emailPreferenceSchema)
    .max(emailChoiceKinds.length, "Terlalu banyak pilihan")
    .refine((items) => new Set(items.map((i) => i.kind)).size === items.length, "Setiap jenis hanya boleh sekali"),
});
export type EmailPreferences = z.infer<typeof emailPreferencesSchema>;

/** The caller's choices, and whether an address is on record at all (without one nothing is e-mailed). */
export const emailSettingsSchema = z.object({ items: z.array(emailPreferenceSchema), hasEmail: z.boolean() });
export type EmailSettings = z.infer<typeof emailSettingsSchema>;
