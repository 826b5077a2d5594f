import {
  type Account,
  type CreateEmployee,
  type Employee,
  type EmployeeDetail,
  type EmployeeListItem,
  type EmploymentStatus,
  hasAccess,
  isGolonganFor,
  parseEmployeeNumber,
  RuleViolation,
  type UpdateEmployee,
  wibDate,
} from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import { ConflictError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as employees from "./employee.repo";
import * as placements from "./placement.repo";
import { ratersOn } from "./raters.service";
import * as units from "./unit.repo";

/**
 * What creating and showing an employee needs of their sign-in account. The auth module provides it
 * (server/src/module-hooks.ts): it reads employees and the chart, so this module cannot import it (decision 0045).
 */
export type EmployeeAccounts = {
  /** Creates the new employee's account in the same transaction, and queues its activation link. */
  provision(trx: Db, ctx: RequestContext, employee: { id: string; nip: string; email: string | null }): Promise<void>;
  /** The employee's account as the caller may see it, or null when they have none. */
  find(ctx: RequestContext, employeeId: string): Promise<Account | null>;
  /** After the commit: sends what `provision` queued now rather than at the outbox's next turn. */
  flush(): void;
};

export type EmployeeQuery = { q?: string; unitId?: string; status?: EmploymentStatus; page: number; pageSize: number };

export async function listEmployees(ctx: RequestContext, query: EmployeeQuery) {
  const unitIds = query.unitId ? await units.subtreeIds(ctx.db, query.unitId) : undefined;
  const result = await employees.search(ctx.db, { ...query, unitIds, date: wibDate(ctx.now) });
  return { ...result, page: query.page, pageSize: query.pageSize } satisfies {
    items: EmployeeListItem[];
    total: number;
    page: number;
    pageSize: number;
  };
}

/** Administrators and the auditor see everyone; an employee sees only themselves; anyone else gets 404. */
export async function getEmployee(
  ctx: RequestContext,
  accounts: EmployeeAccounts,
  id: string,
  date?: string,
): Promise<EmployeeDetail> {
  const isSelf = ctx.actor.employeeId === id;
  if (!isSelf && !hasAccess(ctx.actor.roles, "admin_or_auditor")) {
    throw new NotFoundError("pegawai");
  }
  const employee = await mustFind(ctx.db, id);
  return {
    employee,
    placements: await placements.listForEmployee(ctx.db, id),
    raters: await ratersOn(ctx.db, id, date ?? wibDate(ctx.now)),
    account: await accounts.find(ctx, id),
  };
}

export async function createEmployee(
  ctx: RequestContext,
  accounts: EmployeeAccounts,
  input: CreateEmployee,
): Promise<Employee> {
  const created = await ctx.db.transaction().execute(async (trx) => {
    const values = await checkedValues(trx, input, null);
    const id = newId();
    const at = ctx.now.toISOString();
    await employees.insert(trx, id, values, at);
    // Every employee signs in with their NIP, once they (by e-mailed link) or an administrator set a password.
    await accounts.provision(trx, ctx, { id, nip: values.nip, email: values.email });
    const created = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "employee.created",
      subjectType: "employee",
      subjectId: id,
      after: created,
    });
    return created;
  });
  accounts.flush();
  return created;
}

export async function updateEmployee(ctx: RequestContext, id: string, input: UpdateEmployee): Promise<Employee> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await mustFind(trx, id);
    const values = await checkedValues(trx, input, id);
    if (!(await employees.update(trx, id, values, input.version, ctx.now.toISOString()))) {
      throw new StaleVersionError("pegawai");
    }
    if (values.nip !== before.nip) {
      await employees.renameNipAccount(trx, id, before.nip, values.nip, ctx.now.toISOString());
    }
    const after = await mustFind(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "employee.updated",
      subjectType: "employee",
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}

/** Validates the NIP for the status and the golongan, and derives birth date and gender from the NIP. */
export function employeeValues(input: CreateEmployee): employees.EmployeeValues {
  const parsed = parseEmployeeNumber(input.status, input.nip);
  if (!parsed.ok) {
    throw new RuleViolation(parsed.error.code, parsed.error.message, {}, "nip");
  }
  if (!isGolonganFor(input.status, input.golongan)) {
    const message =
      input.status === "pns" ? "Golongan PNS berformat I/a sampai IV/e" : "Golongan PPPK berformat I sampai XVII";
    throw new RuleViolation("golongan_mismatch", message, {}, "golongan");
  }
  return {
    nip: parsed.value.nip,
    status: input.status,
    name: input.name,
    front_title: input.frontTitle,
    back_title: input.backTitle,
    golongan: input.golongan,
    gender: parsed.value.gender,
    birth_date: parsed.value.birthDate,
    email: input.email,
  };
}

async function checkedValues(db: Db, input: CreateEmployee, selfId: string | null) {
  const values = employeeValues(input);
  const holder = await employees.findByNip(db, values.nip);
  if (holder && holder.id !== selfId) {
    throw new ConflictError("nip_taken", "NIP ini sudah terdaftar untuk pegawai lain", "nip");
  }
  // The employee's account is named after the NIP, so the NIP may not already name someone else's account.
  const account = await employees.accountNamed(db, values.nip);
  if (account && (selfId === null || account.employee_id !== selfId)) {
    throw new ConflictError("nip_taken", "NIP ini sudah dipakai sebagai nama pengguna akun lain", "nip");
  }
  return values;
}

async function mustFind(db: Db, id: string): Promise<Employee> {
  const found = await employees.findById(db, id);
  if (!found) {
    throw new NotFoundError("pegawai");
  }
  return found;
}
