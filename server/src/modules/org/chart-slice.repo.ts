import type { ChartPlacement, ChartPosition, OrgChart } from "@simkin/domain";
import { sql } from "kysely";
import type { Db } from "../../db";
import { placementDuring } from "./placement.repo";

/**
 * Slices of the org chart for one question on one date, so that resolving raters costs what the question touches and
 * not what the government employs (issue 10, docs/decisions/0030). The pure rules in domain/src/org/rater.rules.ts
 * answer on a slice exactly as on the whole chart: test/chart-slice.test.ts compares them on the demo office.
 */

/** Ids per statement, well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;

/**
 * Who rates the given employees (from their own positions and the seats they act in) and the given seats on the date:
 * the positions on the walk up (each position's delegated rater, else its parent: the order `walkUp` follows) and
 * every placement of those positions active on the date.
 */
export async function loadChartAbove(
  db: Db,
  date: string,
  start: { employeeIds?: readonly string[]; positionIds?: readonly string[] },
): Promise<OrgChart> {
  const employeeIds = [...new Set(start.employeeIds ?? [])];
  const positionIds = [...new Set(start.positionIds ?? [])];
  const parts: SliceChart[] = [];
  for (let i = 0; i < Math.max(employeeIds.length, positionIds.length); i += CHUNK) {
    parts.push(await above(db, date, employeeIds.slice(i, i + CHUNK), positionIds.slice(i, i + CHUNK)));
  }
  return merged(parts);
}

/**
 * Whom the employee rates, or is atasan of the rater of, on the date: every position whose walk up passes one the
 * employee holds (children by delegated rater, else by parent), and their placements active on the date.
 * The rules decide inside it; a position's subtree is its office (a Camat's kecamatan), whatever the government's size.
 * With `until`, the placements of every day from `date` to `until`: one slice that answers for each of those days.
 */
export async function loadChartBelow(db: Db, employeeId: string, date: string, until = date): Promise<SliceChart> {
  const below = db.withRecursive("below(id)", (qb) =>
    qb
      .selectFrom("placement")
      .select("placement.position_id as id")
      .where("placement.employee_id", "=", employeeId)
      .where((eb) => placementDuring(eb, date, until))
      .union(
        qb
          .selectFrom("position")
          .innerJoin("below", (join) =>
            join.on((eb) =>
              eb.or([
                eb("position.rater_position_id", "=", eb.ref("below.id")),
                eb.and([
                  eb("position.rater_position_id", "is", null),
                  eb("position.parent_position_id", "=", eb.ref("below.id")),
                ]),
              ]),
            ),
          )
          .select("position.id"),
      ),
  );
  const positions = await below
    .selectFrom("position")
    .select(positionColumns)
    .where("position.id", "in", (qb) => qb.selectFrom("below").select("below.id"))
    .execute();
  const placements = await below
    .selectFrom("placement")
    .select(placementColumns)
    .where("placement.position_id", "in", (qb) => qb.selectFrom("below").select("below.id"))
    .where((eb) => placementDuring(eb, date, until))
    .orderBy("placement.id")
    .execute();
  return chartOfRows(positions, placements);
}

async function above(
  db: Db,
  date: string,
  employeeIds: readonly string[],
  positionIds: readonly string[],
): Promise<SliceChart> {
  const starts = [...positionIds];
  if (employeeIds.length > 0) {
    const held = await db
      .selectFrom("placement")
      .select("position_id")
      .where("employee_id", "in", employeeIds)
      .where((eb) => placementDuring(eb, date))
      .execute();
    starts.push(...held.map((p) => p.position_id));
  }
  if (starts.length === 0) {
    return { positions: new Map(), placements: [] };
  }
  const chain = db.withRecursive("above(id)", (qb) =>
    qb
      .selectFrom("position")
      .select("position.id")
      .where("position.id", "in", [...new Set(starts)])
      .union(
        qb
          .selectFrom("position")
          .innerJoin("above", "above.id", "position.id")
          .select(sql<string>`coalesce(position.rater_position_id, position.parent_position_id)`.as("id"))
          .where((eb) =>
            eb.or([
              eb("position.rater_position_id", "is not", null),
              eb("position.parent_position_id", "is not", null),
            ]),
          ),
      ),
  );
  const positions = await chain
    .selectFrom("position")
    .select(positionColumns)
    .where("position.id", "in", (qb) => qb.selectFrom("above").select("above.id"))
    .execute();
  const placements = await chain
    .selectFrom("placement")
    .select(placementColumns)
    .where("placement.position_id", "in", (qb) => qb.selectFrom("above").select("above.id"))
    .where((eb) => placementDuring(eb, date))
    .orderBy("placement.id")
    .execute();
  return chartOfRows(positions, placements);
}

const positionColumns = [
  "position.id",
  "position.kind",
  "position.jenjang",
  "position.unit_id",
  "position.parent_position_id",
  "position.rater_position_id",
] as const;

const placementColumns = [
  "placement.id",
  "placement.employee_id",
  "placement.position_id",
  "placement.kind",
  "placement.start_date",
  "placement.end_date",
  "placement.may_rate",
] as const;

type PositionRow = {
  id: string;
  kind: ChartPosition["kind"];
  jenjang: ChartPosition["jenjang"];
  unit_id: string;
  parent_position_id: string | null;
  rater_position_id: string | null;
};

type PlacementRow = {
  id: string;
  employee_id: string;
  position_id: string;
  kind: ChartPlacement["kind"];
  start_date: string;
  end_date: string | null;
  may_rate: number | null;
};

type SlicePlacement = ChartPlacement & { id: string };
type SliceChart = OrgChart & { placements: readonly SlicePlacement[] };

/** Rows to the chart the rules read; placements keep their id for merging chunks and are ordered by it. */
export function chartOfRows(positions: readonly PositionRow[], placements: readonly PlacementRow[]): SliceChart {
  return {
    positions: new Map(
      positions.map((p) => [
        p.id,
        {
          id: p.id,
          kind: p.kind,
          jenjang: p.jenjang,
          unitId: p.unit_id,
          parentPositionId: p.parent_position_id,
          raterPositionId: p.rater_position_id,
        },
      ]),
    ),
    placements: placements.map((p) => ({
      id: p.id,
      employeeId: p.employee_id,
      positionId: p.position_id,
      kind: p.kind,
      startDate: p.start_date,
      endDate: p.end_date,
      mayRate: p.may_rate === 1,
    })),
  };
}

function merged(parts: readonly SliceChart[]): OrgChart {
  if (parts.length === 1 && parts[0]) {
    return parts[0];
  }
  const positions = new Map<string, ChartPosition>();
  const placements = new Map<string, SlicePlacement>();
  for (const part of parts) {
    for (const [id, position] of part.positions) {
      positions.set(id, position);
    }
    for (const placement of part.placements) {
      placements.set(placement.id, placement);
    }
  }
  // Id order, as every chart is loaded: the rules take the first of two holders of a post in that order.
  return { positions, placements: [...placements.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
