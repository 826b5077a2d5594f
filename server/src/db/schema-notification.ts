// Tables of in-app notifications and the e-mail outbox, kept beside schema.ts to keep it short.
import type { NotificationKind } from "@simkin/domain";

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: NotificationKind;
  subject_id: string;
  title: string;
  body: string;
  link: string;
  created_at: string;
  read_at: string | null;
}

/** A person's e-mail choice for one notification kind (issue 11); a kind without a row is e-mailed. */
export interface NotificationEmailPrefTable {
  user_id: string;
  kind: NotificationKind;
  /** 1 = e-mail, 0 = in the app only. */
  email: number;
  updated_at: string;
}

/** One row per reminder ever sent; its key makes a reminder go out once even with several app processes. */
export interface ReminderClaimTable {
  key: string;
  claimed_at: string;
}

export interface OutboundEmailTable {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** 1: an account e-mail (one-time link, security notice), sent before the reminders; null or 0: normal. */
  priority: number | null;
}
