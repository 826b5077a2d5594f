import ExcelJS from "exceljs";

/** The columns of the employee import template, in order. Keys name the input field each column fills. */
export const columns = [
  { key: "nip", header: "NIP / NI PPPK", width: 24, note: "18 digit, ketik sebagai teks" },
  { key: "status", header: "Status (PNS/PPPK)", width: 18, note: "PNS atau PPPK" },
  { key: "name", header: "Nama (tanpa gelar)", width: 32, note: "" },
  { key: "frontTitle", header: "Gelar Depan", width: 14, note: "mis. Drs." },
  { key: "backTitle", header: "Gelar Belakang", width: 16, note: "mis. S.Sos., M.Si." },
  { key: "golongan", header: "Golongan", width: 12, note: "PNS: III/a; PPPK: IX" },
  { key: "email", header: "E-mail", width: 28, note: "boleh kosong" },
  { key: "unitCode", header: "Kode Unit", width: 14, note: "boleh kosong; lihat menu Unit Kerja" },
  { key: "positionName", header: "Nama Jabatan", width: 40, note: "wajib bila Kode Unit diisi" },
  { key: "startDate", header: "TMT Jabatan (YYYY-MM-DD)", width: 22, note: "wajib bila Kode Unit diisi" },
] as const;

export type ColumnKey = (typeof columns)[number]["key"];
export type SheetRow = { row: number; values: Record<ColumnKey, string> };

export const SHEET_NAME = "Pegawai";

export async function buildTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SIMKIN";
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    nip: "199001152015031002",
    status: "PNS",
    name: "Contoh Nama Pegawai",
    frontTitle: "",
    backTitle: "S.Kom.",
    golongan: "III/b",
    email: "",
    unitCode: "YANUM",
    positionName: "Penata Layanan Operasional",
    startDate: "2026-01-02",
  });
  const help = workbook.addWorksheet("Petunjuk");
  help.columns = [
    { header: "Kolom", key: "header", width: 28 },
    { header: "Keterangan", key: "note", width: 60 },
  ];
  for (const c of columns) {
    help.addRow({ header: c.header, note: c.note });
  }
  help.addRow({ header: "", note: "Hapus baris contoh sebelum mengimpor. Semua baris diperiksa dahulu;" });
  help.addRow({ header: "", note: "bila ada satu baris salah, tidak ada data yang diimpor." });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the data rows as trimmed text. Numbers in the NIP column are refused later, since 18 digits lose precision. */
export async function readRows(
  buffer: Buffer,
): Promise<{ rows: SheetRow[]; headerOk: boolean; numericNipRows: number[] }> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) {
    return { rows: [], headerOk: false, numericNipRows: [] };
  }
  const header = columns.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value));
  const headerOk = columns.every((c, i) => header[i] === c.header);
  const rows: SheetRow[] = [];
  const numericNipRows: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) {
      return;
    }
    const values = Object.fromEntries(columns.map((c, i) => [c.key, cellText(row.getCell(i + 1).value)]));
    if (Object.values(values).every((v) => v === "")) {
      return;
    }
    if (typeof row.getCell(1).value === "number") {
      numericNipRows.push(rowNumber);
    }
    // Object.fromEntries over the fixed column list yields exactly the ColumnKey keys.
    rows.push({ row: rowNumber, values: values as Record<ColumnKey, string> });
  });
  return { rows, headerOk, numericNipRows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return "";
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "object") {
    if ("richText" in value) {
      return value.richText
        .map((t) => t.text)
        .join("")
        .trim();
    }
    if ("text" in value) {
      return String(value.text).trim();
    }
    if ("result" in value) {
      return String(value.result ?? "").trim();
    }
    return "";
  }
  return String(value).trim();
}
