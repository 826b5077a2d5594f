import assert from "node:assert/strict";
import type { Office } from "./given";
import { approvedSkp, completeContent, openYear } from "./given-skp";
import { json, type TestApp } from "./test-app";

/** The test office with the year open and the Kasi's approved SKP, so the staff member can submit theirs. */
export async function officeWithRaterSkp(t: TestApp, year = 2026) {
  const office = await t.given.office();
  await openYear(t.db, year);
  const kasi = await approvedSkp(t.db, {
    employeeId: office.kasi.id,
    positionId: office.positions.kasi.id,
    year,
    rhk: ["Meningkatnya kualitas pelayanan PATEN", "Terkelolanya pengaduan pelayanan"],
  });
  return { office, kasiRhk: kasi.rhkIds };
}

/** The staff member's complete SKP, submitted to the Kasi; returns it as the API shows it. */
export async function submittedStaffSkp(t: TestApp, office: Office, parentRhkId: string | null, year = 2026) {
  const staff = await t.as(office.staff);
  const created = await staff.post("/api/skps", { year });
  assert.equal(created.statusCode, 200, created.body);
  const saved = json(await staff.put(`/api/skps/${json(created).id}/content`, completeContent(parentRhkId, 1)));
  const submitted = await staff.post(`/api/skps/${saved.id}/submit`, { version: saved.version });
  assert.equal(submitted.statusCode, 200, submitted.body);
  return { staff, skp: json(submitted) };
}
