import {
  assertPlacementFits,
  createEmployeeSchema,
  type ImportRowError,
  importRowErrorSchema,
  isoDateSchema,
  type PlacementSpan,
  RuleViolation,
} from "@simkin/domain";
import { z } from "zod";
import type { Db } from "../../db";
import { newId } from "../../db/ids";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { provisionAccount } from "../auth/account-links.service";
import { nudgeOutbox } from "../notification/scheduler";
import * as employees from "../org/employee.repo";
import { employeeValues } from "../org/employee.service";
import * as placements from "../org/placement.repo";
import * as positions from "../org/position.repo";
import { type ColumnKey, columns, readRows, type SheetRow } from "./employee-sheet";
import { recordRun } from "./import-run.service";

const rowErrorsSchema = z.array(importRowErrorSchema);

type ValidRow = {
  row: number;
  values: employees.EmployeeValues;
  placement: { positionId: string; startDate: string } | null;
};

const headerOf = (key: ColumnKey) => columns.find((c) => c.key === key)?.header ?? key;

/**
 * Validates every row first; imports all of them in one transaction, or nothing when any row is wrong. Every upload
 * is kept as an import run (issue 11): with the rows when it imported, on its own when it was refused.
 */
export async function importEmployees(
  ctx: RequestContext,
  file: Buffer,
  fileName: string,
): Promise<{ imported: number; placed: number }> {
  let rowsTotal = 0;
  const outcome = { kind: "employees" as const, fileName };
  try {
    const sheet = await readSheet(file);
    rowsTotal = sheet.rows.length;
    const { valid, errors } = await validateRows(ctx.db, sheet.rows, new Set(sheet.numericNipRows));
    if (errors.length > 0) {
      const rowsWithErrors = new Set(errors.map((e) => e.row)).size;
      throw new RuleViolation(
        "import_invalid",
        `${rowsWithErrors} baris tidak valid. Tidak ada data yang diimpor; perbaiki lalu unggah ulang.`,
        { errors },
        "file",
      );
    }
    const result = await ctx.db.transaction().execute(async (trx) => {
      const inserted = await insertRows(trx, ctx, valid);
      await recordRun(trx, ctx, { ...outcome, rowsTotal, errorCode: null, errors: [] });
      return inserted;
    });
    nudgeOutbox();
    return result;
  } catch (error) {
    if (error instanceof RuleViolation && error.code.startsWith("import_")) {
      const parsed = rowErrorsSchema.safeParse(error.details.errors);
      const errors = parsed.success ? parsed.data : [];
      await ctx.db
        .transaction()
        .execute((trx) => recordRun(trx, ctx, { ...outcome, rowsTotal, errorCode: error.code, errors }));
    }
    throw error;
  }
}

/** The sheet's rows, or the reason the file is refused as a whole. */
async function readSheet(file: Buffer) {
  const sheet = await readRows(file).catch(() => null);
  if (!sheet) {
    throw new RuleViolation(
      "import_unreadable",
      "Berkas tidak dapat dibaca. Unggah berkas .xlsx dari templat.",
      {},
      "file",
    );
  }
  if (!sheet.headerOk) {
    throw new RuleViolation(
      "import_bad_header",
      "Judul kolom tidak sesuai templat. Unduh templat lalu isi ulang.",
      {},
      "file",
    );
  }
  if (sheet.rows.length === 0) {
    throw new RuleViolation("import_empty", "Berkas tidak berisi data pegawai", {}, "file");
  }
  return sheet;
}

async function validateRows(db: Db, rows: SheetRow[], numericNipRows: Set<number>) {
  const errors: ImportRowError[] = [];
  const valid: ValidRow[] = [];
  const seenNips = new Map<string, number>();
  const taken = await employees.existingNips(
    db,
    rows.map((r) => r.values.nip.replace(/\s+/g, "")),
  );
  const positionIndex = await positions.idsByUnitCodeAndName(db);

  for (const { row, values } of rows) {
    const fail = (key: ColumnKey, message: string) => errors.push({ row, column: headerOf(key), message });
    if (numericNipRows.has(row)) {
      fail("nip", "NIP harus diketik sebagai teks (format sel @), bukan angka");
      continue;
    }
    const parsed = createEmployeeSchema.safeParse({
      nip: values.nip,
      status: values.status.toLowerCase(),
      name: values.name,
      frontTitle: values.frontTitle,
      backTitle: values.backTitle,
      golongan: values.golongan,
      email: values.email,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "nip") as ColumnKey; // paths of createEmployeeSchema are column keys
        fail(key, issue.path[0] === "status" ? "Status harus PNS atau PPPK" : issue.message);
      }
      continue;
    }
    let employee: employees.EmployeeValues;
    try {
      employee = employeeValues(parsed.data);
    } catch (error) {
      if (error instanceof RuleViolation) {
        fail(error.field === "golongan" ? "golongan" : "nip", error.message);
        continue;
      }
      throw error;
    }
    const firstRow = seenNips.get(employee.nip);
    if (firstRow !== undefined) {
      fail("nip", `NIP sama dengan baris ${firstRow}`);
      continue;
    }
    seenNips.set(employee.nip, row);
    if (taken.has(employee.nip)) {
      fail("nip", "NIP sudah terdaftar");
      continue;
    }
    const placement = placementOf(values, positionIndex, fail);
    if (placement !== undefined) {
      valid.push({ row, values: employee, placement });
    }
  }
  errors.push(...(await seatClashes(db, valid)));
  errors.sort((a, b) => a.row - b.row);
  return { valid, errors };
}

/**
 * Each placement must fit the seat: not taken by someone already placed there, nor by an earlier row of the file.
 * Checked with the other rows, so every clash is reported at once rather than one per upload.
 */
async function seatClashes(db: Db, rows: ValidRow[]): Promise<ImportRowError[]> {
  const seats = rows.flatMap((r) => (r.placement ? [{ row: r.row, ...r.placement }] : []));
  const held = await placements.spansOfPositions(db, [...new Set(seats.map((s) => s.positionId))]);
  const planned: PlacementSpan[] = [];
  const errors: ImportRowError[] = [];
  for (const seat of seats) {
    // The employee is new, so only the seat itself can clash; the row number stands in for the ids.
    const key = `row-${seat.row}`;
    const span: PlacementSpan = {
      id: key,
      employeeId: key,
      positionId: seat.positionId,
      kind: "definitif",
      startDate: seat.startDate,
      endDate: null,
    };
    try {
      assertPlacementFits(span, [...held, ...planned]);
      planned.push(span);
    } catch (error) {
      if (!(error instanceof RuleViolation)) {
        throw error;
      }
      const clash = String(error.details.conflictingPlacementId ?? "");
      const message = clash.startsWith("row-") ? `Jabatan ini juga diisi oleh baris ${clash.slice(4)}` : error.message;
      errors.push({ row: seat.row, column: headerOf("positionName"), message });
    }
  }
  return errors;
}

/** The optional placement columns: all three or none. Undefined means the row has an error. */
function placementOf(
  values: Record<ColumnKey, string>,
  positionIndex: Map<string, string>,
  fail: (key: ColumnKey, message: string) => void,
): ValidRow["placement"] | undefined {
  if (!values.unitCode && !values.positionName && !values.startDate) {
    return null;
  }
  const positionId = positionIndex.get(`${values.unitCode.toUpperCase()}|${values.positionName.toLowerCase()}`);
  if (!positionId) {
    fail("positionName", `Jabatan "${values.positionName}" tidak ada di unit ${values.unitCode || "(kosong)"}`);
    return undefined;
  }
  const date = isoDateSchema.safeParse(values.startDate);
  if (!date.success) {
    fail("startDate", "TMT Jabatan harus berformat YYYY-MM-DD");
    return undefined;
  }
  return { positionId, startDate: date.data };
}

async function insertRows(trx: Db, ctx: RequestContext, rows: ValidRow[]) {
  const at = ctx.now.toISOString();
  const planned: PlacementSpan[] = [];
  let placed = 0;
  for (const { row, values, placement } of rows) {
    const employeeId = newId();
    await employees.insert(trx, employeeId, values, at);
    await provisionAccount(trx, ctx, { id: employeeId, nip: values.nip, email: values.email });
    if (placement) {
      const span: PlacementSpan = { id: newId(), employeeId, kind: "definitif", endDate: null, ...placement };
      try {
        assertPlacementFits(span, [...planned, ...(await placements.spansTouching(trx, employeeId, span.positionId))]);
      } catch (error) {
        if (error instanceof RuleViolation) {
          const errors = [{ row, column: headerOf("positionName"), message: error.message }];
          throw new RuleViolation(
            "import_invalid",
            "1 baris tidak valid. Tidak ada data yang diimpor.",
            { errors },
            "file",
          );
        }
        throw error;
      }
      planned.push(span);
      await placements.insert(trx, span.id, { ...toPlacementValues(span), decree_number: null }, at);
      placed++;
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "employee.imported",
      subjectType: "employee",
      subjectId: employeeId,
      after: { ...values, row, placement },
    });
  }
  return { imported: rows.length, placed };
}

function toPlacementValues(span: PlacementSpan) {
  return {
    employee_id: span.employeeId,
    position_id: span.positionId,
    kind: span.kind,
    start_date: span.startDate,
    end_date: span.endDate,
  };
}
