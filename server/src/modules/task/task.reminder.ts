import { RuleViolation, wibDate } from "@simkin/domain";
import type { Db } from "../../db";
import { ConflictError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { recipientOf } from "../notification/notification.repo";
import { notifyWithin } from "../notification/notify";
import { nudgeOutbox } from "../notification/scheduler";
import { skpBlockOf } from "../skp/skp-block.service";

/** One reminder a day per blocked employee and year (WIB day), whoever it goes to. */
export const blockClaimKey = (employeeId: string, year: number, date: string) =>
  `skp_blocked_reminder:${employeeId}:${year}:${date}`;

/** Whether the key was claimed (the reminder of the day was sent). */
export async function isClaimed(db: Db, key: string): Promise<boolean> {
  const row = await db.selectFrom("reminder_claim").select("key").where("key", "=", key).executeTakeFirst();
  return row !== undefined;
}

const reasonText = {
  no_skp: "belum membuat SKP",
  draft: "belum mengajukan SKP",
  awaiting_approval: "SKP-nya belum disetujui",
  vacant: "jabatannya masih kosong",
} as const;

/**
 * "Kirim pengingat" (issue 11): tells the official whom the caller's blocked cascade waits on, in the app and by
 * e-mail, once a day at most; the claim, the notice and the audit event are one transaction.
 */
export async function remindBlocker(ctx: RequestContext, year: number): Promise<{ sentTo: string }> {
  const employeeId = ctx.actor.employeeId;
  if (!employeeId) {
    throw new RuleViolation("no_employee", "Akun ini tidak terhubung dengan data pegawai", {});
  }
  const date = wibDate(ctx.now);
  const block = await skpBlockOf(ctx.db, employeeId, year, date);
  if (!block) {
    throw new ConflictError(
      "skp_not_blocked",
      "SKP Anda tidak sedang menunggu SKP atasan; tidak ada yang perlu diingatkan",
    );
  }
  const recipient = block.askEmployeeId ? await recipientOf(ctx.db, block.askEmployeeId) : null;
  if (!block.ask || !recipient) {
    throw new RuleViolation(
      "reminder_no_recipient",
      "Tidak ada pejabat di SIMKIN yang dapat diingatkan; hubungi pengelola kinerja",
      {},
    );
  }
  const sender = await ctx.db
    .selectFrom("employee")
    .select("name")
    .where("id", "=", employeeId)
    .executeTakeFirstOrThrow();
  const sent = await ctx.db.transaction().execute(async (trx) => {
    const cause = block.cause.name ? `${block.cause.name} (${block.cause.positionName})` : block.cause.positionName;
    const claimed = await notifyWithin(
      trx,
      ctx.now,
      {
        key: blockClaimKey(employeeId, year, date),
        recipient,
        kind: "skp_blocked_reminder",
        subjectId: employeeId,
        title: `Pengingat SKP ${year}: bawahan menunggu`,
        body: `${sender.name} belum dapat menyusun SKP ${year} karena ${cause} ${reasonText[block.reason]}. Mohon ditindaklanjuti.`,
        link: "/skp",
      },
      ctx.config.publicUrl,
    );
    if (claimed) {
      await audit.record(trx, ctx.actor.userId, ctx.now, {
        action: "skp.blocker_reminded",
        subjectType: "employee",
        subjectId: employeeId,
        after: { year, to: block.askEmployeeId, reason: block.reason },
      });
    }
    return claimed;
  });
  if (!sent) {
    throw new ConflictError(
      "reminder_already_sent",
      "Pengingat sudah dikirim hari ini. Anda dapat mengirim lagi besok.",
    );
  }
  nudgeOutbox();
  return { sentTo: block.ask.name ?? block.ask.positionName };
}
