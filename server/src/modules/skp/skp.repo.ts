import {
  type BerakhlakValueCode,
  displayName,
  type ExpectationVersion,
  type Lampiran,
  type LampiranKind,
  type PkTargetRef,
  type Rhk,
  type RhkInput,
  type SkpStatus,
} from "@simkin/domain";
import type { ExpressionBuilder, Selectable } from "kysely";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import type { Database, SkpTable } from "../../db/schema";

export type SkpRow = Selectable<SkpTable>;

export async function findById(db: Db, id: string): Promise<SkpRow | undefined> {
  return db.selectFrom("skp").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Filter: the SKP is for one of its owner's own positions, not one he made as Plt for the seat he acts in (he held
 * the position definitively, or at least never as Plt, as with history corrected since).
 */
export function isOwnPositionSkp({ or, exists, not, selectFrom }: ExpressionBuilder<Database, "skp">) {
  const held = (kind: "definitif" | "plt") =>
    exists(
      selectFrom("placement")
        .select("placement.id")
        .whereRef("placement.employee_id", "=", "skp.employee_id")
        .whereRef("placement.position_id", "=", "skp.position_id")
        .where("placement.kind", "=", kind),
    );
  return or([held("definitif"), not(held("plt"))]);
}

/**
 * Every SKP (all revisions) of an employee for a year, newest first: those of his own positions, and with
 * `withActing` also those he made as Plt for a seat he acts in (rule 5), which carry no monthly reports of his own.
 */
export async function listForEmployee(db: Db, employeeId: string, year: number, withActing = false): Promise<SkpRow[]> {
  let query = db.selectFrom("skp").selectAll().where("employee_id", "=", employeeId).where("year", "=", year);
  if (!withActing) {
    query = query.where(isOwnPositionSkp);
  }
  return query.orderBy("period_start", "desc").orderBy("revision", "desc").execute();
}

/** Every SKP (all revisions, anyone's) made for a position in a year, newest first. */
export async function listForPosition(db: Db, positionId: string, year: number): Promise<SkpRow[]> {
  return db
    .selectFrom("skp")
    .selectAll()
    .where("position_id", "=", positionId)
    .where("year", "=", year)
    .orderBy("period_start", "desc")
    .orderBy("revision", "desc")
    .execute();
}

/** The SKP in force for the employee and year on a date: approved, covering the date if one does. */
/** The year's SKPs in the review step (submitted, or reviewed and waiting for the rater), oldest submission first. */
export function listInReview(db: Db, year: number): Promise<SkpRow[]> {
  return db
    .selectFrom("skp")
    .selectAll()
    .where("year", "=", year)
    .where("status", "in", ["diajukan", "direviu"])
    .orderBy("submitted_at")
    .execute();
}

export async function approvedFor(db: Db, employeeId: string, year: number, date: string): Promise<SkpRow | undefined> {
  const approved = (await listForEmployee(db, employeeId, year)).filter((s) => s.status === "disetujui");
  return approved.find((s) => s.period_start <= date && s.period_end >= date) ?? approved[0];
}

export async function nextRevisionOf(db: Db, id: string): Promise<SkpRow | undefined> {
  return db.selectFrom("skp").selectAll().where("previous_id", "=", id).executeTakeFirst();
}

export async function insert(db: Db, row: SkpRow): Promise<void> {
  await db.insertInto("skp").values(row).execute();
}

/** Optimistic update of the SKP row; false when someone else saved since `version`. */
export async function update(db: Db, id: string, version: number, values: Partial<SkpRow>, at: string) {
  const result = await db
    .updateTable("skp")
    .set({ ...values, version: version + 1, updated_at: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setStatus(db: Db, id: string, status: SkpStatus, at: string): Promise<void> {
  await db.updateTable("skp").set({ status, updated_at: at }).where("id", "=", id).execute();
}

/** The SKP's model and approach, copied with its content (not a user's edit, so no version bump). */
export async function setModel(db: Db, id: string, values: Pick<SkpRow, "model" | "approach">): Promise<void> {
  await db.updateTable("skp").set(values).where("id", "=", id).execute();
}

/** The ids of the SKP's RHK and IKI, in one query: what a report save checks its rows against. */
export async function rhkAndIkiIds(db: Db, skpId: string): Promise<{ rhkIds: Set<string>; ikiIds: Set<string> }> {
  const rows = await db
    .selectFrom("skp_rhk")
    .leftJoin("skp_iki", "skp_iki.rhk_id", "skp_rhk.id")
    .select(["skp_rhk.id as rhk_id", "skp_iki.id as iki_id"])
    .where("skp_rhk.skp_id", "=", skpId)
    .execute();
  return {
    rhkIds: new Set(rows.map((r) => r.rhk_id)),
    ikiIds: new Set(rows.flatMap((r) => (r.iki_id === null ? [] : [r.iki_id]))),
  };
}

export async function loadRhk(db: Db, skpId: string): Promise<Rhk[]> {
  const rhk = await db
    .selectFrom("skp_rhk")
    .leftJoin("skp_rhk as parent", "parent.id", "skp_rhk.parent_rhk_id")
    .selectAll("skp_rhk")
    .select("parent.text as parent_text")
    .where("skp_rhk.skp_id", "=", skpId)
    .orderBy("skp_rhk.sort_order")
    .execute();
  const ids = rhk.map((r) => r.id);
  const ikis =
    ids.length === 0
      ? []
      : await db.selectFrom("skp_iki").selectAll().where("rhk_id", "in", ids).orderBy("sort_order").execute();
  const links = await loadPkLinks(db, ids);
  return rhk.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    parentRhkId: r.parent_rhk_id,
    parentRhkText: r.parent_text,
    perspektif: r.perspektif,
    fromAssignmentId: r.from_assignment_id,
    externalParent: r.external_parent_text ? { text: r.external_parent_text, reference: r.external_parent_ref } : null,
    assignedBy: r.assigned_by,
    pkTargets: links.get(r.id) ?? [],
    ikis: ikis
      .filter((i) => i.rhk_id === r.id)
      .map((i) => ({
        id: i.id,
        aspek: i.aspek,
        indicator: i.indicator,
        target: i.target,
        unit: i.unit,
        accumulation: i.accumulation,
      })),
  }));
}

/** The Perjanjian Kinerja targets each RHK carries (issue 9 rule 7), in the order the employee chose them. */
async function loadPkLinks(db: Db, rhkIds: readonly string[]): Promise<Map<string, PkTargetRef[]>> {
  if (rhkIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("skp_rhk_pk_target as link")
    .innerJoin("pk_target", "pk_target.id", "link.pk_target_id")
    .innerJoin("org_unit", "org_unit.id", "pk_target.unit_id")
    .select([
      "link.rhk_id",
      "pk_target.id",
      "pk_target.sasaran",
      "pk_target.indicator",
      "pk_target.target",
      "pk_target.unit",
      "org_unit.name as unit_name",
    ])
    .where("link.rhk_id", "in", rhkIds)
    .orderBy("link.rhk_id")
    .orderBy("link.sort_order")
    .execute();
  const byRhk = new Map<string, PkTargetRef[]>();
  for (const r of rows) {
    const ref = {
      id: r.id,
      unitName: r.unit_name,
      sasaran: r.sasaran,
      indicator: r.indicator,
      target: r.target,
      unit: r.unit,
    };
    byRhk.set(r.rhk_id, [...(byRhk.get(r.rhk_id) ?? []), ref]);
  }
  return byRhk;
}

export async function loadLampiran(db: Db, skpId: string): Promise<Lampiran> {
  const rows = await db
    .selectFrom("skp_lampiran")
    .select(["kind", "text"])
    .where("skp_id", "=", skpId)
    .orderBy("sort_order")
    .execute();
  const of = (kind: LampiranKind) => rows.filter((r) => r.kind === kind).map((r) => r.text);
  return {
    dukungan_sumber_daya: of("dukungan_sumber_daya"),
    skema_pertanggungjawaban: of("skema_pertanggungjawaban"),
    konsekuensi: of("konsekuensi"),
  };
}

/** An RHK to write: the links of issue 9 rules 6-8 are optional for writers that have none (MPH proposals, seed). */
export type RhkWrite = Omit<RhkInput, "externalParent" | "assignedBy" | "pkTargetIds"> &
  Partial<Pick<RhkInput, "externalParent" | "assignedBy" | "pkTargetIds">>;

/** An RHK as read back, as the input that writes it again (a revision's copy). */
export function rhkAsInput({ id: _id, parentRhkText: _text, pkTargets, ikis, ...rhk }: Rhk): RhkInput {
  return { ...rhk, pkTargetIds: pkTargets.map((t) => t.id), ikis: ikis.map(({ id: _iki, ...iki }) => iki) };
}

/** Replaces the whole editable content of a draft: RHK with their IKI, and the lampiran. */
export async function replaceContent(db: Db, skpId: string, rhk: readonly RhkWrite[], lampiran: Lampiran) {
  await db.deleteFrom("skp_rhk").where("skp_id", "=", skpId).execute();
  await db.deleteFrom("skp_lampiran").where("skp_id", "=", skpId).execute();
  await appendRhk(db, skpId, rhk, 0);
  const items = (Object.keys(lampiran) as LampiranKind[]).flatMap((kind) =>
    lampiran[kind].map((text, i) => ({ id: newId(), skp_id: skpId, kind, sort_order: i, text })),
  );
  if (items.length > 0) {
    await db.insertInto("skp_lampiran").values(items).execute();
  }
}

export async function appendRhk(db: Db, skpId: string, rhk: readonly RhkWrite[], firstOrder: number) {
  for (const [i, r] of rhk.entries()) {
    const rhkId = newId();
    await db
      .insertInto("skp_rhk")
      .values({
        id: rhkId,
        skp_id: skpId,
        sort_order: firstOrder + i,
        kind: r.kind,
        text: r.text,
        parent_rhk_id: r.parentRhkId,
        perspektif: r.perspektif,
        from_assignment_id: r.fromAssignmentId,
        external_parent_text: r.externalParent?.text ?? null,
        external_parent_ref: r.externalParent?.reference ?? null,
        assigned_by: r.assignedBy ?? null,
      })
      .execute();
    if (r.pkTargetIds && r.pkTargetIds.length > 0) {
      await db
        .insertInto("skp_rhk_pk_target")
        .values(r.pkTargetIds.map((pkTargetId, j) => ({ rhk_id: rhkId, pk_target_id: pkTargetId, sort_order: j })))
        .execute();
    }
    if (r.ikis.length > 0) {
      await db
        .insertInto("skp_iki")
        .values(r.ikis.map((iki, j) => ({ id: newId(), rhk_id: rhkId, sort_order: j, ...iki })))
        .execute();
    }
  }
}

/** The ids of the SKP's RHK, to refuse a reference to an RHK of another SKP. */
export async function rhkIdsOf(db: Db, skpId: string): Promise<Set<string>> {
  const rows = await db.selectFrom("skp_rhk").select("id").where("skp_id", "=", skpId).execute();
  return new Set(rows.map((r) => r.id));
}

export async function countRhk(db: Db, skpId: string): Promise<number> {
  const row = await db
    .selectFrom("skp_rhk")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("skp_id", "=", skpId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function loadExpectations(db: Db, skpId: string): Promise<Map<BerakhlakValueCode, string>> {
  const rows = await db.selectFrom("skp_expectation").selectAll().where("skp_id", "=", skpId).execute();
  return new Map(rows.map((r) => [r.value_code, r.text]));
}

export async function replaceExpectations(
  db: Db,
  skpId: string,
  expectations: readonly { valueCode: BerakhlakValueCode; text: string }[],
) {
  await db.deleteFrom("skp_expectation").where("skp_id", "=", skpId).execute();
  const rows = expectations
    .filter((e) => e.text !== "")
    .map((e) => ({ skp_id: skpId, value_code: e.valueCode, text: e.text }));
  if (rows.length > 0) {
    await db.insertInto("skp_expectation").values(rows).execute();
  }
}

/** Appends a step to the SKP's history; returns its id, under which a snapshot of the parties may be kept. */
export async function addEvent(
  db: Db,
  event: { skpId: string; at: Date; actorId: string | null; action: string; note?: string | null },
): Promise<string> {
  const id = newId(event.at.getTime());
  await db
    .insertInto("skp_event")
    .values({
      id,
      skp_id: event.skpId,
      at: event.at.toISOString(),
      actor_id: event.actorId,
      action: event.action,
      note: event.note ?? null,
    })
    .execute();
  return id;
}

export async function listEvents(db: Db, skpId: string) {
  const rows = await db
    .selectFrom("skp_event")
    .leftJoin("user_account", "user_account.id", "skp_event.actor_id")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select([
      "skp_event.id",
      "skp_event.at",
      "skp_event.action",
      "skp_event.note",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "user_account.username",
    ])
    .where("skp_event.skp_id", "=", skpId)
    .orderBy("skp_event.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    note: r.note,
    actorName: r.name ? displayName(r.front_title, r.name, r.back_title) : (r.username ?? null),
  }));
}

/** Keeps the new texts of the ekspektasi that changed, beside every earlier one (issue 9 rule 2). */
export async function addExpectationVersions(
  db: Db,
  skpId: string,
  changes: readonly { valueCode: BerakhlakValueCode; text: string }[],
  actorId: string | null,
  at: Date,
) {
  if (changes.length === 0) {
    return;
  }
  await db
    .insertInto("skp_expectation_version")
    .values(
      changes.map((c) => ({
        id: newId(at.getTime()),
        skp_id: skpId,
        value_code: c.valueCode,
        text: c.text,
        actor_id: actorId,
        at: at.toISOString(),
      })),
    )
    .execute();
}

/** Every text each ekspektasi had, oldest first, with the name of who wrote it. */
export async function listExpectationVersions(db: Db, skpId: string): Promise<ExpectationVersion[]> {
  const rows = await db
    .selectFrom("skp_expectation_version")
    .leftJoin("user_account", "user_account.id", "skp_expectation_version.actor_id")
    .leftJoin("employee", "employee.id", "user_account.employee_id")
    .select([
      "skp_expectation_version.value_code",
      "skp_expectation_version.text",
      "skp_expectation_version.at",
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "user_account.username",
    ])
    .where("skp_expectation_version.skp_id", "=", skpId)
    .orderBy("skp_expectation_version.at")
    .orderBy("skp_expectation_version.id")
    .execute();
  return rows.map((r) => ({
    valueCode: r.value_code,
    text: r.text,
    at: r.at,
    actorName: r.name ? displayName(r.front_title, r.name, r.back_title) : (r.username ?? null),
  }));
}

/** A revision starts with the history of its ekspektasi, so every earlier text stays visible on it. */
export async function copyExpectationVersions(db: Db, fromSkpId: string, toSkpId: string) {
  const rows = await db.selectFrom("skp_expectation_version").selectAll().where("skp_id", "=", fromSkpId).execute();
  if (rows.length > 0) {
    await db
      .insertInto("skp_expectation_version")
      .values(rows.map((r) => ({ ...r, id: `${toSkpId}:${r.id}`, skp_id: toSkpId })))
      .execute();
  }
}

/** Who holds the SKP and in which position and unit, as lists and headers name them. */
export async function holderOf(db: Db, skpId: string) {
  const row = await db
    .selectFrom("skp")
    .innerJoin("employee", "employee.id", "skp.employee_id")
    .innerJoin("position", "position.id", "skp.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .select([
      "employee.name",
      "employee.front_title",
      "employee.back_title",
      "position.name as position_name",
      "org_unit.name as unit_name",
    ])
    .where("skp.id", "=", skpId)
    .executeTakeFirstOrThrow();
  return {
    employeeName: displayName(row.front_title, row.name, row.back_title),
    positionName: row.position_name,
    unitName: row.unit_name,
  };
}
