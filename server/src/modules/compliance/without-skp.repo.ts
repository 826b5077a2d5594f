import { searchTerm, type WithoutSkpStatus, withoutSkpStatusSchema } from "@simkin/domain";
import { sql } from "kysely";
import type { Db } from "../../db";
import { containsIn } from "../../db/like";
import { placementDuring } from "../org/placement.repo";
import { type Paging, type Who, whoIds } from "./compliance.repo";

/** The year asked for, today (whose placements count) and who may be seen. */
export type SkpYear = { year: number; date: string; who: Who };

export type WithoutSkpRecord = {
  employeeId: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  positionName: string;
  unitName: string;
  skpId: string | null;
  skpStatus: WithoutSkpStatus;
};

/**
 * Definitive placements held today whose holder has no approved SKP for that position in the year (REGULATIONS.md
 * §2.1): an `exists` on the SKP's (employee_id, year, position_id) key per placement, the scope's units by
 * position.unit_id; nothing is loaded to be filtered in JS.
 */
function withoutSkpOf(db: Db, y: SkpYear) {
  let query = db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .where("placement.kind", "=", "definitif")
    .where((eb) => placementDuring(eb, y.date))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("skp")
            .select("skp.id")
            .whereRef("skp.employee_id", "=", "placement.employee_id")
            .whereRef("skp.position_id", "=", "placement.position_id")
            .where("skp.year", "=", y.year)
            .where("skp.status", "=", "disetujui"),
        ),
      ),
    );
  if (y.who !== null && "units" in y.who) {
    query = query.where("position.unit_id", "in", y.who.units.length > 0 ? [...y.who.units] : [""]);
  } else if (y.who !== null) {
    query = query.where("placement.employee_id", "in", whoIds(db, y.who));
  }
  return query;
}

/** How many people of the scope have no approved SKP for the position they hold today (one aggregate). */
export async function countWithoutSkp(db: Db, y: SkpYear): Promise<number> {
  const row = await withoutSkpOf(db, y)
    .select((eb) => eb.fn.count<number>("placement.employee_id").distinct().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of them by unit and name, with how far their SKP for that position got. */
export async function listWithoutSkp(
  db: Db,
  y: SkpYear,
  q: string | undefined,
  paging: Paging,
): Promise<{ rows: WithoutSkpRecord[]; total: number }> {
  let query = withoutSkpOf(db, y)
    .innerJoin("employee", "employee.id", "placement.employee_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id");
  if (q) {
    query = query.where(containsIn(sql.ref("employee.name_search"), searchTerm(q)));
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await query
    .select((eb) => {
      // The latest SKP (any revision, not a replaced one) of the person for the position, for the page's rows only.
      const latest = () =>
        eb
          .selectFrom("skp")
          .whereRef("skp.employee_id", "=", "placement.employee_id")
          .whereRef("skp.position_id", "=", "placement.position_id")
          .where("skp.year", "=", y.year)
          .where("skp.status", "!=", "diganti")
          .orderBy("skp.revision", "desc")
          .limit(1);
      return [
        "placement.employee_id as employeeId",
        "employee.name",
        "employee.front_title as frontTitle",
        "employee.back_title as backTitle",
        "position.name as positionName",
        "org_unit.name as unitName",
        latest().select("skp.id").as("skpId"),
        eb.fn.coalesce(latest().select("skp.status"), sql<string>`'none'`).as("skpStatus"),
      ];
    })
    .orderBy("org_unit.name")
    .orderBy("employee.name_search")
    .orderBy("placement.id")
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .execute();
  return {
    total: Number(total.n),
    // Never "disetujui" (those rows are filtered out) nor "diganti" (excluded): the schema says so if it ever were.
    rows: rows.map((r) => ({ ...r, skpId: r.skpId ?? null, skpStatus: withoutSkpStatusSchema.parse(r.skpStatus) })),
  };
}
