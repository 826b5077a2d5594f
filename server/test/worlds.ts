import { afterEach, beforeEach } from "node:test";
import type { Office } from "./given";
import { approvedSkp, openYear, reportingStaff } from "./given-skp";
import { createTestApp, type TestApp } from "./test-app";

/**
 * A suite's starting world (a fresh test app and the records its tests start from), built again before each test and
 * closed after it. The returned object stays the same for the whole suite; its fields are the running test's.
 */
export function perTest<W extends { t: TestApp }>(build: () => Promise<W>): W {
  // Safe: node:test runs beforeEach, which fills every field, before any test reads the world.
  const world = {} as W;
  beforeEach(async () => {
    Object.assign(world, await build());
  });
  afterEach(() => world.t.close());
  return world;
}

/** Mid-January 2026, the year open, and the Kasi's approved SKP with two RHK for subordinates to intervene. */
export async function kasiSkpWorld(): Promise<{ t: TestApp; office: Office; kasiRhk: string[] }> {
  const t = await createTestApp({ now: "2026-01-15T03:00:00.000Z" });
  const office = await t.given.office();
  await openYear(t.db, 2026);
  const { rhkIds } = await approvedSkp(t.db, {
    employeeId: office.kasi.id,
    positionId: office.positions.kasi.id,
    year: 2026,
    rhk: ["Meningkatnya kualitas pelayanan PATEN", "Terkelolanya pengaduan pelayanan"],
  });
  return { t, office, kasiRhk: rhkIds };
}

/** 16 March 2026 in the test office, and an employee in a position outside it (nobody there rates them). */
export async function coachingWorld() {
  const t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
  const office = await t.given.office();
  const outsider = await t.given.placedEmployee({ positionId: (await t.given.position()).id });
  return { t, office, outsider };
}

/** 2 March 2026, the year open, and the staff member's approved SKP ready to report on (reportingStaff). */
export async function reportWorld() {
  const t = await createTestApp({ now: "2026-03-02T03:00:00.000Z" });
  const office = await t.given.office();
  await openYear(t.db, 2026);
  const staffSkp = await reportingStaff(t.db, office);
  return { t, office, staffSkp, ikiIds: staffSkp.ikiIds };
}
