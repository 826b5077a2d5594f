import type { EvaluationStatus, Predikat } from "@simkin/domain";
import { newId } from "../src/db/ids";
import { insertEvaluationRow } from "./given-evaluation-row";
import { approvedSkp, openYear } from "./given-skp";
import type { TestApp } from "./test-app";

/**
 * The capaian world: a Setda with the Sekda (rater of the Camat), the test office's kecamatan and one kelurahan with
 * its Lurah (rated by the Camat) and three staff (rated by the Lurah), the 2026 performance year opened (triwulan).
 * The Sekda has an account only when asked (`sekdaAccount`): without one, the pengelola records the kecamatan's.
 */
export async function capaianWorld(t: TestApp, options: { sekdaAccount?: boolean } = {}) {
  const g = t.given;
  await openYear(t.db, 2026);
  const pemkot = await g.unit({ kind: "pemerintah_daerah", name: "Pemerintah Kota Uji" });
  const setda = await g.unit({ kind: "perangkat_daerah", parentId: pemkot.id, name: "Sekretariat Daerah Kota Uji" });
  const sekdaPos = await g.position({ unitId: setda.id, kind: "jpt", name: "Sekretaris Daerah", leads: true });
  const office = await g.office();
  await t.db.updateTable("org_unit").set({ parent_id: pemkot.id }).where("id", "=", office.kecamatan.id).execute();
  await t.db
    .updateTable("position")
    .set({ parent_position_id: sekdaPos.id })
    .where("id", "=", office.positions.camat.id)
    .execute();
  const sekda = options.sekdaAccount
    ? await g.placedEmployee({ positionId: sekdaPos.id })
    : { ...(await g.employee({ name: "Sekda Tanpa Akun" })), userId: null };
  if (!options.sekdaAccount) {
    await g.placement({ employeeId: sekda.id, positionId: sekdaPos.id });
  }
  const kelurahan = await g.unit({ kind: "kelurahan", parentId: office.kecamatan.id, name: "Kelurahan Uji" });
  const kelSeksi = await g.unit({ kind: "seksi", parentId: kelurahan.id, name: "Seksi Pemerintahan Kelurahan Uji" });
  const lurahPos = await g.position({
    unitId: kelurahan.id,
    kind: "pengawas",
    name: "Lurah Uji",
    parentPositionId: office.positions.camat.id,
    leads: true,
  });
  const lurah = await g.placedEmployee({ positionId: lurahPos.id });
  const staff = [];
  for (let i = 0; i < 3; i++) {
    const pos = await g.position({
      unitId: kelSeksi.id,
      name: `Staf Kelurahan ${i + 1}`,
      parentPositionId: lurahPos.id,
    });
    staff.push({ ...(await g.placedEmployee({ positionId: pos.id })), positionId: pos.id });
  }
  const pengelola = await g.admin();
  const auditor = await g.user({ roles: ["auditor"] });
  const outsider = await g.placedEmployee({ positionId: (await g.position({ unitId: setda.id })).id });
  return { ...office, setda, sekda, kelurahan, kelSeksi, lurah, lurahPos, staff, pengelola, auditor, outsider };
}

export type CapaianWorld = Awaited<ReturnType<typeof capaianWorld>>;

/** An evaluation row of the kelurahan (or another unit) as the rating part writes it: status and predikat only. */
export async function givenEvaluation(
  t: TestApp,
  input: {
    employeeId: string;
    positionId: string;
    unitId: string;
    raterId: string | null;
    status?: EvaluationStatus;
    predikat?: Predikat | null;
    periodCode?: string;
  },
) {
  const { skpId } = await approvedSkp(t.db, {
    employeeId: input.employeeId,
    positionId: input.positionId,
    year: 2026,
    rhk: ["Terlaksananya pelayanan"],
  });
  const at = t.clock.now.toISOString();
  const id = newId();
  await insertEvaluationRow(t.db, {
    at,
    id,
    skp_id: skpId,
    employee_id: input.employeeId,
    period_code: input.periodCode ?? "TW1",
    unit_id: input.unitId,
    status: input.status ?? "ditetapkan",
    rater_employee_id: input.raterId,
    predikat: input.predikat === undefined ? "baik" : input.predikat,
    finalised_at: null,
    finalised_by: null,
    received_at: null,
    acknowledged_at: null,
    locked_at: null,
  });
  return id;
}

/** The kelurahan's three staff evaluated for TW1 with the given predikat (set, unless `status` says otherwise). */
export async function evaluateStaff(
  t: TestApp,
  w: CapaianWorld,
  predikat: (Predikat | null)[],
  status?: EvaluationStatus,
) {
  const ids = [];
  for (const [i, p] of predikat.entries()) {
    const person = w.staff[i];
    if (person) {
      ids.push(
        await givenEvaluation(t, {
          employeeId: person.id,
          positionId: person.positionId,
          unitId: w.kelurahan.id,
          raterId: w.lurah.id,
          predikat: p,
          status,
        }),
      );
    }
  }
  return ids;
}
