import { z } from "zod";

/**
 * What a person may have to do next (issue 11, "Yang perlu Anda lakukan"). Each kind has one provider on the server
 * (server/src/modules/task/task.registry.ts); later issues append kinds here and a provider there.
 */
export const taskKindSchema = z.enum([
  // The pegawai's own work.
  "skp_create",
  "skp_draft",
  "skp_returned",
  "skp_waiting",
  "skp_blocked",
  "report_write",
  "report_revision",
  "feedback_ack",
  "coaching_feedback",
  // The rater's (Plt and Plh included).
  "skp_approve",
  // Submitted by a ratee, waiting for the pengelola kinerja's review before the rater may approve it.
  "skp_in_review",
  "report_answer",
  "coaching_evaluate",
  "follow_up_due",
  // The pengelola kinerja's.
  "skp_review",
  "reports_missing",
  // People of the pengelola's office without an approved SKP for the year (a count).
  "skp_missing",
  // An import the person ran (pengelola or admin) that failed, until they dismiss it (decision 0050).
  "import_failed",
  // Issue 12: the rater's subordinates not yet rated for the last ended period (a count); the employee's result to answer.
  "evaluation_rate",
  "evaluation_ack",
  // A unit's capaian kinerja organisasi not yet set (the Camat, the Sekda) or recorded (the pengelola), issue 12.
  "capaian_missing",
  // Keberatan (PP 30/2019 Pasal 59): the employee waits, the rater explains, the atasan (or the pengelola) decides.
  "keberatan_waiting",
  "keberatan_explain",
  "keberatan_decide",
  "keberatan_record",
  // A set result whose wet-signed scan is not kept yet (the rater, a count); a finalised unit's Format Penetapan (its head).
  "evaluation_scan_missing",
  "penetapan_scan_missing",
]);
export type TaskKind = z.infer<typeof taskKindSchema>;

/** Why the staff member's SKP has no RHK atasan to intervene: what the person at the top of the block lacks. */
export const blockReasonSchema = z.enum(["no_skp", "draft", "awaiting_approval", "vacant"]);
export type BlockReason = z.infer<typeof blockReasonSchema>;

/** An official as the block names them; `name` is null for a vacant seat. */
const officerSchema = z.object({ name: z.string().nullable(), positionName: z.string() });

/**
 * A blocked cascade: the direct rater (whose SKP the staff member's RHK must intervene), the real cause further up
 * (the first official whose own rater has an approved SKP, or who has none in SIMKIN) and whom to ask.
 */
export const skpBlockSchema = z.object({
  year: z.number().int(),
  rater: officerSchema,
  cause: officerSchema,
  reason: blockReasonSchema,
  /** Whom the reminder goes to (the cause, or the official who must approve the cause's SKP); null: nobody to ask. */
  ask: officerSchema.nullable(),
  /** Whether a reminder was already sent today (one a day at most). */
  remindedToday: z.boolean(),
});
export type SkpBlock = z.infer<typeof skpBlockSchema>;

export const taskSchema = z.object({
  /** Stable across requests: the kind and the record, e.g. `report_answer:<reportId>`. */
  key: z.string(),
  kind: taskKindSchema,
  /** The web path that opens the record (or the list) to act on. */
  link: z.string(),
  /** When it must be done, an instant (end of the due day, WIB); null when there is no deadline. */
  deadline: z.string().nullable(),
  /** Since when it has waited (submitted, returned, recorded), an instant; null when unknown. */
  since: z.string().nullable(),
  /** The person the task is about (the ratee, the rater waited on); null for the person's own work. */
  person: z.string().nullable(),
  /** A year, and a month for the monthly report tasks. */
  year: z.number().int(),
  month: z.number().int().min(1).max(12).nullable(),
  /** How many records the task stands for (a count task of the pengelola); 1 for one record. */
  count: z.number().int(),
  /** The reason given (returned SKP, revision asked) or a short subject (the follow-up action). */
  note: z.string().nullable(),
  block: skpBlockSchema.nullable(),
  /** The seat the rater acts in (Plt, or a Plh who may rate) that this task comes through; null: his own post. */
  seat: z.object({ acting: z.enum(["plt", "plh"]), positionName: z.string() }).nullable(),
});
export type Task = z.infer<typeof taskSchema>;
