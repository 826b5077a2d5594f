import {
  type AkDasar,
  type AkListItem,
  type AkMasterRow,
  displayName,
  type EmployeeAngkaKredit,
  RuleViolation,
  type SaveAkMaster,
  type SetAkDasar,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as employees from "../org/employee.repo";
import { ledgersOf } from "./angka-kredit.ledger";
import * as ak from "./angka-kredit.repo";
import { assertMayReadPerson } from "./person-access";
import * as ranks from "./rank-history.repo";

/** The master data everyone may read (coefficients and needs per jenjang). */
export function listMaster(ctx: RequestContext): Promise<AkMasterRow[]> {
  return ak.masterRows(ctx.db);
}

/** The pengelola kinerja corrects one jenjang's row (version 0 the first time), audited. */
export async function saveMaster(ctx: RequestContext, input: SaveAkMaster): Promise<AkMasterRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = (await ak.masterRows(trx)).find((r) => r.jenjang === input.jenjang);
    if (!before || before.version !== input.version) {
      throw new StaleVersionError("master angka kredit");
    }
    const at = ctx.now.toISOString();
    if (before.isDefault) {
      await ak.insertMaster(trx, input, at);
    } else if (!(await ak.updateMaster(trx, input, at))) {
      throw new StaleVersionError("master angka kredit");
    }
    const after = (await ak.masterRows(trx)).find((r) => r.jenjang === input.jenjang) ?? before;
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "ak_master.updated",
      subjectType: "ak_master",
      subjectId: input.jenjang,
      before,
      after,
    });
    return after;
  });
}

/** An employee's angka kredit per year with the running total and what the next pangkat and jenjang need. */
export async function employeeAngkaKredit(ctx: RequestContext, employeeId: string): Promise<EmployeeAngkaKredit> {
  await assertMayReadPerson(ctx, employeeId);
  const employee = await mustFindEmployee(ctx.db, employeeId);
  const ledger = (await ledgersOf(ctx.db, [employeeId], wibDate(ctx.now))).get(employeeId);
  if (!ledger?.fungsional) {
    throw new RuleViolation(
      "ak_not_fungsional",
      "Angka kredit hanya untuk pegawai jabatan fungsional (jenjang belum tercatat)",
      {},
    );
  }
  return {
    employee: {
      id: employee.id,
      name: displayName(employee.frontTitle, employee.name, employee.backTitle),
      nip: employee.nip,
      golongan: employee.golongan,
      jenjang: ledger.jenjang,
      positionName: ledger.seat?.positionName ?? null,
    },
    dasar: ledger.dasar,
    years: ledger.years,
    total: ledger.total,
    needs: ledger.needs,
    ranks: await ranks.listForEmployee(ctx.db, employeeId),
  };
}

/** The pengelola kinerja's list of fungsional staff with the year's AK and their totals, a page at a time. */
export async function listAngkaKredit(
  ctx: RequestContext,
  query: { year: number; q?: string; page: number; pageSize: number },
): Promise<{ items: AkListItem[]; total: number; page: number; pageSize: number }> {
  const today = wibDate(ctx.now);
  const { total, rows } = await ak.pageFungsional(ctx.db, { ...query, date: today });
  const ledgers = await ledgersOf(
    ctx.db,
    rows.map((r) => r.id),
    today,
  );
  const items = rows.map((r) => {
    const ledger = ledgers.get(r.id);
    const year = ledger?.years.find((y) => y.year === query.year);
    return {
      employeeId: r.id,
      name: displayName(r.front_title, r.name, r.back_title),
      nip: r.nip,
      golongan: r.golongan,
      jenjang: ledger?.jenjang ?? null,
      unitName: ledger?.seat?.unitName ?? null,
      akYear: year?.ak ?? null,
      predikat: year?.predikat ?? null,
      total: ledger?.total ?? 0,
      needs: ledger?.needs ?? null,
      hasDasar: Boolean(ledger?.dasar),
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The pengelola kinerja records the starting balance from the PAK (version 0 the first time), audited. */
export async function setDasar(ctx: RequestContext, employeeId: string, input: SetAkDasar): Promise<AkDasar> {
  return ctx.db.transaction().execute(async (trx) => {
    await mustFindEmployee(trx, employeeId);
    const before = (await ak.balancesOf(trx, [employeeId])).get(employeeId) ?? null;
    if ((before?.version ?? 0) !== input.version) {
      throw new StaleVersionError("angka kredit awal");
    }
    const at = ctx.now.toISOString();
    if (!before) {
      await ak.insertBalance(trx, employeeId, input, at);
    } else if (!(await ak.updateBalance(trx, employeeId, input, at))) {
      throw new StaleVersionError("angka kredit awal");
    }
    const after = (await ak.balancesOf(trx, [employeeId])).get(employeeId);
    if (!after) {
      throw new NotFoundError("angka kredit awal");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "ak_dasar.set",
      subjectType: "employee",
      subjectId: employeeId,
      before: before ?? undefined,
      after,
    });
    return after;
  });
}

async function mustFindEmployee(db: Db, id: string) {
  const found = await employees.findById(db, id);
  if (!found) {
    throw new NotFoundError("pegawai");
  }
  return found;
}
