import type { ComplianceSort, ComplianceStatus, ComplianceUnit, ComplianceUnitSort } from "@simkin/domain";
import { searchTerm as nameSearchTerm } from "@simkin/domain";
import { type Expression, type SqlBool, sql } from "kysely";
import type { Db } from "../../db";
import { containsIn } from "../../db/like";
import { placementDuring } from "../org/placement.repo";
import { isOwnPositionSkp } from "../skp/skp.repo";

/**
 * Who a compliance query counts: listed employees (a rater's team), the members of units on a date (an office,
 * kept in SQL however many people it has), or everyone (null).
 */
export type Who = { employees: readonly string[] } | { units: readonly string[]; date: string } | null;

/** The month asked for, who may be seen and the instants that decide lateness. */
export type ComplianceMonth = {
  year: number;
  month: number;
  who: Who;
  deadline: string;
  now: string;
};

export type PeopleFilter = {
  unitId?: string | undefined;
  status?: ComplianceStatus | undefined;
  q?: string | undefined;
};
export type Paging = { page: number; pageSize: number };

export type CompliancePersonRow = {
  employeeId: string;
  skpId: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  positionName: string;
  unitName: string;
  reportId: string | null;
  status: ComplianceStatus;
  submittedAt: string | null;
  lastSubmittedAt: string | null;
};

/**
 * The people of the month in SQL (REGULATIONS.md §2.3): each employee with an approved SKP for their own position
 * covering the month, by the SKP with the latest period (a mid-month move names the new position), with the month's
 * report of that SKP or, failing it, any report of theirs for the month.
 */
function peopleOf(db: Db, m: ComplianceMonth) {
  const mm = String(m.month).padStart(2, "0");
  return db
    .with("latest", (qb) => {
      const q = qb
        .selectFrom("skp")
        .select((eb) => [
          "skp.id",
          "skp.employee_id",
          "skp.position_id",
          eb.fn
            .agg<number>("row_number")
            .over((ob) =>
              ob.partitionBy("skp.employee_id").orderBy("skp.period_start", "desc").orderBy("skp.id", "desc"),
            )
            .as("rank"),
        ])
        .where("skp.year", "=", m.year)
        .where("skp.status", "=", "disetujui")
        .where("skp.period_start", "<=", `${m.year}-${mm}-31`)
        .where("skp.period_end", ">=", `${m.year}-${mm}-01`)
        // An SKP a Plt made for the seat he acts in carries no monthly reports of his own (rule 5).
        .where(isOwnPositionSkp);
      return m.who === null ? q : q.where("skp.employee_id", "in", whoIds(db, m.who));
    })
    .with("people", (qb) =>
      qb
        .selectFrom("latest")
        .select((eb) => [
          "latest.id as skp_id",
          "latest.employee_id",
          "latest.position_id",
          eb.fn
            .coalesce(
              eb
                .selectFrom("monthly_report")
                .select("monthly_report.id")
                .whereRef("monthly_report.skp_id", "=", "latest.id")
                .where("monthly_report.month", "=", m.month),
              eb
                .selectFrom("monthly_report")
                .select("monthly_report.id")
                .whereRef("monthly_report.employee_id", "=", "latest.employee_id")
                .where("monthly_report.year", "=", m.year)
                .where("monthly_report.month", "=", m.month)
                .orderBy("monthly_report.id")
                .limit(1),
            )
            .as("report_id"),
        ])
        .where("latest.rank", "=", 1),
    )
    .selectFrom("people")
    .innerJoin("employee", "employee.id", "people.employee_id")
    .innerJoin("position", "position.id", "people.position_id")
    .innerJoin("org_unit", "org_unit.id", "position.unit_id")
    .leftJoin("monthly_report as mr", "mr.id", "people.report_id");
}

/** "Late": submitted after the deadline, or not submitted while it has passed (isReportLate, on ISO instants). */
function lateWhen(m: ComplianceMonth): Expression<SqlBool> {
  return sql<SqlBool>`(case when mr.submitted_at is null then ${m.now} > ${m.deadline} else mr.submitted_at > ${m.deadline} end)`;
}

const statusOf = sql<ComplianceStatus>`coalesce(mr.status, 'belum')`;

/** One page of people, filtered and sorted on the server, and how many there are in all. */
export async function listPeople(
  db: Db,
  m: ComplianceMonth,
  filter: PeopleFilter,
  sort: ComplianceSort,
  paging: Paging,
): Promise<{ rows: CompliancePersonRow[]; total: number }> {
  let query = peopleOf(db, m);
  if (filter.unitId) {
    query = query.where("org_unit.id", "=", filter.unitId);
  }
  if (filter.status) {
    query = query.where(statusOf, "=", filter.status);
  }
  if (filter.q) {
    query = query.where(containsIn(sql.ref("employee.name_search"), nameSearchTerm(filter.q)));
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let sorted = query.select([
    "people.employee_id as employeeId",
    "people.skp_id as skpId",
    "employee.name",
    "employee.front_title as frontTitle",
    "employee.back_title as backTitle",
    "position.name as positionName",
    "org_unit.name as unitName",
    "mr.id as reportId",
    statusOf.as("status"),
    "mr.submitted_at as submittedAt",
    "mr.last_submitted_at as lastSubmittedAt",
  ]);
  if (sort === "name") {
    sorted = sorted.orderBy("employee.name_search");
  } else if (sort === "status") {
    sorted = sorted.orderBy(statusOf).orderBy("org_unit.name");
  } else if (sort === "waiting") {
    // Waiting for feedback the longest first; everyone else after them.
    sorted = sorted
      .orderBy(sql`case when mr.status = 'diajukan' then 0 else 1 end`)
      .orderBy("mr.last_submitted_at")
      .orderBy("org_unit.name");
  } else {
    sorted = sorted.orderBy("org_unit.name").orderBy("position.name");
  }
  const rows = await sorted
    .orderBy("employee.name")
    .orderBy("people.employee_id")
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

/** One page of unit summaries, grouped in SQL, by unit name, and the whole scope's counts. */
export async function listUnits(
  db: Db,
  m: ComplianceMonth,
  q: string | undefined,
  paging: Paging,
  sort: ComplianceUnitSort = "name",
): Promise<{ units: ComplianceUnit[]; total: number; totals: ComplianceCounts }> {
  const counts = peopleOf(db, m).select((eb) => [
    eb.fn.countAll<number>().as("people"),
    eb.fn.sum<number>(sql`case when mr.submitted_at is not null then 1 else 0 end`).as("submitted"),
    eb.fn.sum<number>(sql`case when ${lateWhen(m)} then 1 else 0 end`).as("late"),
    eb.fn.sum<number>(sql`case when mr.status = 'diajukan' then 1 else 0 end`).as("waitingFeedback"),
    eb.fn.sum<number>(sql`case when mr.status is null or mr.status = 'draft' then 1 else 0 end`).as("missing"),
  ]);
  const totals = countsOf(await counts.executeTakeFirstOrThrow());
  let grouped = counts
    .select(["org_unit.id as unitId", "org_unit.name as unitName"])
    .groupBy(["org_unit.id", "org_unit.name"]);
  if (q) {
    grouped = grouped.where(containsIn(sql`lower(org_unit.name)`, q.toLowerCase()));
  }
  const total = await db
    .selectFrom(grouped.as("g"))
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  // A count first (most first), then the name: the order stays stable from page to page.
  const rows = await (sort === "name" ? grouped : grouped.orderBy(sort, "desc"))
    .orderBy("org_unit.name")
    .orderBy("org_unit.id")
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize)
    .execute();
  return {
    total: Number(total.n),
    totals,
    units: rows.map((r) => ({ unitId: r.unitId, unitName: r.unitName, ...countsOf(r) })),
  };
}

export type ComplianceCounts = Omit<ComplianceUnit, "unitId" | "unitName">;

// Sums are null over no rows, and strings on PostgreSQL (numeric).
function countsOf(r: { [K in keyof ComplianceCounts]: number | string | null }): ComplianceCounts {
  return {
    people: Number(r.people ?? 0),
    submitted: Number(r.submitted ?? 0),
    late: Number(r.late ?? 0),
    waitingFeedback: Number(r.waitingFeedback ?? 0),
    missing: Number(r.missing ?? 0),
  };
}

/** The ids of `who` for an `in` filter: the listed ones, or a subquery of the units' members. */
export function whoIds(db: Db, who: NonNullable<Who>) {
  if ("employees" in who) {
    return who.employees.length > 0 ? [...who.employees] : [""];
  }
  return membersOf(db, who.units, who.date).select("placement.employee_id");
}

/** The definitive placements on the date in the units (an organisation's members, membersOf), for a subquery. */
function membersOf(db: Db, unitIds: readonly string[], date: string) {
  return db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .where("placement.kind", "=", "definitif")
    .where((eb) => placementDuring(eb, date))
    .where("position.unit_id", "in", unitIds.length > 0 ? [...unitIds] : [""]);
}

/** The unit of the employee's own (definitif) position on the date, if any. */
export async function ownUnitOn(db: Db, employeeId: string, date: string): Promise<string | null> {
  const row = await db
    .selectFrom("placement")
    .innerJoin("position", "position.id", "placement.position_id")
    .select("position.unit_id")
    .where("placement.employee_id", "=", employeeId)
    .where("placement.kind", "=", "definitif")
    .where((eb) => placementDuring(eb, date))
    .orderBy("placement.start_date", "desc")
    .executeTakeFirst();
  return row?.unit_id ?? null;
}

/**
 * How many IKI each SKP of the page has and how many the page's reports have a realisation for; a kualitatif IKI
 * reported in words counts like a number (issue 9 rule 9).
 */
export async function ikiCounts(db: Db, skpIds: string[], reportIds: string[]) {
  const total = new Map<string, number>();
  const reported = new Map<string, number>();
  if (skpIds.length > 0) {
    const rows = await db
      .selectFrom("skp_iki")
      .innerJoin("skp_rhk", "skp_rhk.id", "skp_iki.rhk_id")
      .select(["skp_rhk.skp_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("skp_rhk.skp_id", "in", skpIds)
      .groupBy("skp_rhk.skp_id")
      .execute();
    for (const row of rows) {
      total.set(row.skp_id, Number(row.n));
    }
  }
  if (reportIds.length > 0) {
    const rows = await db
      .selectFrom("report_realisation")
      .select(["report_id", (eb) => eb.fn.countAll<number>().as("n")])
      .where("report_id", "in", reportIds)
      .groupBy("report_id")
      .execute();
    for (const row of rows) {
      reported.set(row.report_id, Number(row.n));
    }
  }
  return { total, reported };
}
