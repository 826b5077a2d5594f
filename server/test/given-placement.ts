import type { Office } from "./given";
import type { TestApp } from "./test-app";

/** The first placement of an employee (for the office's people, the one the factory made). */
export const firstPlacementOf = (t: TestApp, employeeId: string) =>
  t.db
    .selectFrom("placement")
    .selectAll()
    .where("employee_id", "=", employeeId)
    .orderBy("start_date")
    .executeTakeFirstOrThrow();

/** A second seksi under the same Camat, with its own Kasi (held) and a vacant staff seat. */
export async function addSecondSeksi(t: TestApp, office: Office) {
  const seksi = await t.given.unit({ parentId: office.kecamatan.id, name: "Seksi Pemerintahan" });
  const kasiPos = await t.given.position({
    unitId: seksi.id,
    kind: "pengawas",
    name: "Kepala Seksi Pemerintahan",
    parentPositionId: office.positions.camat.id,
    leads: true,
  });
  const kasi = await t.given.placedEmployee({ positionId: kasiPos.id });
  const staffPos = await t.given.position({
    unitId: seksi.id,
    name: "Penata Kelola Pemerintahan",
    parentPositionId: kasiPos.id,
  });
  return { seksi, kasiPos, kasi, staffPos };
}
