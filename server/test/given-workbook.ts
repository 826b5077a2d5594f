import ExcelJS from "exceljs";
import { type ColumnKey, columns } from "../src/modules/import/employee-sheet";
import { validNip } from "./given";

export type Row = Partial<Record<ColumnKey, string | number>>;

/** A workbook as a user would fill the template: the "Pegawai" sheet, the header row, then the rows. */
export async function workbook(rows: Row[], options: { headers?: string[]; sheetName?: string } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(options.sheetName ?? "Pegawai");
  sheet.addRow(options.headers ?? columns.map((c) => c.header));
  for (const row of rows) {
    sheet.addRow(columns.map((c) => row[c.key] ?? null));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A valid PNS row with a fresh NIP. */
export const pns = (over: Row = {}): Row => ({
  nip: validNip(),
  status: "PNS",
  name: "Ahmad Fauzi",
  backTitle: "S.Kom.",
  golongan: "III/b",
  ...over,
});
