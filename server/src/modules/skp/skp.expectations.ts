import type { BerakhlakValueCode, ExpectationsInput, SkpDetail } from "@simkin/domain";
import type { Db } from "../../db";
import type { RequestContext } from "../../http/context";
import { notifyWithin, recipientOf } from "../notification/notify";
import * as employees from "../org/employee.repo";
import { valuesOf } from "./berakhlak.repo";
import * as skps from "./skp.repo";
import { changeSkp } from "./skp.service";

type Text = { valueCode: BerakhlakValueCode; text: string };

/**
 * The rater sets or changes Ekspektasi Khusus Pimpinan. PermenPANRB 6/2022 makes "penetapan dan klarifikasi
 * ekspektasi" a continuing part of the cycle (REGULATIONS.md §2.1, §3.2), so this is allowed on an approved SKP too,
 * without a revision: every earlier text is kept with who wrote it and when, the change is audited, shown in the
 * SKP's history and the employee is notified at once (in the app and by e-mail). Values not sent keep their text;
 * an empty text clears one. Sending the texts it already has changes nothing.
 */
export async function setExpectations(ctx: RequestContext, id: string, input: ExpectationsInput): Promise<SkpDetail> {
  return changeSkp(ctx, id, "set_expectations", input.version, async (trx, skp) => {
    const before = await skps.loadExpectations(trx, id);
    const changes = changedTexts(before, input.expectations);
    if (changes.length === 0) {
      return null;
    }
    await applyTexts(trx, id, before, changes, ctx);
    const pending = skp.status === "disetujui" ? await openRevisionOf(trx, id) : undefined;
    if (pending) {
      // The revision in the making follows the leader's current expectation as well.
      await applyTexts(trx, pending.id, await skps.loadExpectations(trx, pending.id), changes, ctx);
    }
    const names = new Map((await valuesOf(trx, skp.behaviour_set)).map((v) => [v.code, v.name]));
    const note = changes.map((c) => `${names.get(c.valueCode) ?? c.valueCode}: ${c.text || "(dihapus)"}`).join("\n");
    return {
      values: {},
      event: "expectations_set",
      note,
      audit: {
        before: { expectations: Object.fromEntries(changes.map((c) => [c.valueCode, before.get(c.valueCode) ?? ""])) },
        after: { expectations: Object.fromEntries(changes.map((c) => [c.valueCode, c.text])) },
      },
      afterward: (eventId) => notifyEmployee(ctx, trx, skp, eventId ?? ctx.now.toISOString(), note),
    };
  });
}

function changedTexts(before: ReadonlyMap<BerakhlakValueCode, string>, sent: readonly Text[]): Text[] {
  const last = new Map(sent.map((e) => [e.valueCode, e.text]));
  return [...last]
    .filter(([valueCode, text]) => (before.get(valueCode) ?? "") !== text)
    .map(([valueCode, text]) => ({ valueCode, text }));
}

async function applyTexts(
  trx: Db,
  skpId: string,
  before: ReadonlyMap<BerakhlakValueCode, string>,
  changes: readonly Text[],
  ctx: RequestContext,
) {
  const merged = new Map(before);
  for (const change of changes) {
    merged.set(change.valueCode, change.text);
  }
  await skps.replaceExpectations(
    trx,
    skpId,
    [...merged].map(([valueCode, text]) => ({ valueCode, text })),
  );
  await skps.addExpectationVersions(trx, skpId, changes, ctx.actor.userId, ctx.now);
}

async function openRevisionOf(trx: Db, id: string) {
  const next = await skps.nextRevisionOf(trx, id);
  return next && next.status !== "disetujui" && next.status !== "diganti" ? next : undefined;
}

async function notifyEmployee(ctx: RequestContext, trx: Db, skp: skps.SkpRow, occasion: string, note: string) {
  const recipient = await recipientOf(trx, skp.employee_id);
  if (!recipient || recipient.userId === ctx.actor.userId) {
    return;
  }
  const rater = ctx.actor.employeeId ? await employees.findById(trx, ctx.actor.employeeId) : undefined;
  const by = rater?.displayName ?? "Pejabat penilai kinerja";
  await notifyWithin(
    trx,
    ctx.now,
    {
      key: `skp_expectations_changed:${skp.id}:${occasion}`,
      recipient,
      kind: "skp_expectations_changed",
      subjectId: skp.id,
      title: `Ekspektasi khusus pimpinan pada SKP ${skp.year} Anda diubah`,
      body: `${by} mengubah ekspektasi khusus pimpinan pada SKP tahun ${skp.year} Anda:\n${note}`,
      link: `/skp/${skp.id}`,
    },
    ctx.config.publicUrl,
  );
}
