import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import ExcelJS from "exceljs";
import { columns } from "../src/modules/import/employee-sheet";
import { assertError, auditEventsOf, countRows, masterDataCounts } from "./assertions";
import { validNip } from "./given";
import { pns, workbook } from "./given-workbook";
import { fileUpload, multipart, XLSX_TYPE } from "./multipart";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

/** Nothing changed but the refused run's own audit event (the run is kept, import-runs.test.ts). */
function assertNothingImported(before: MasterCounts, after: MasterCounts) {
  assert.deepEqual(after, { ...before, auditEvents: before.auditEvents + 1 });
}
type MasterCounts = Awaited<ReturnType<typeof masterDataCounts>>;

const upload = (client: Client, file: Buffer | string, filename?: string) => {
  const body = fileUpload(file, filename);
  return client.post("/api/employee-imports", body.payload, { headers: body.headers });
};

describe("employee import (impor pegawai dari Excel)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const asAdmin = async () => t.as(await t.given.admin());

  describe("the template", () => {
    it("gives the administrator an .xlsx whose first row holds the column headers", async () => {
      const res = await (await asAdmin()).get("/api/employee-imports/template");

      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], XLSX_TYPE);
      assert.match(String(res.headers["content-disposition"]), /attachment; filename=".+\.xlsx"/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
      const sheet = book.getWorksheet("Pegawai");
      assert.ok(sheet, "the template has the Pegawai sheet");
      const header = columns.map((_, i) => sheet.getRow(1).getCell(i + 1).value);
      assert.deepEqual(
        header,
        columns.map((c) => c.header),
      );
    });

    it("keeps the template from plain employees and anonymous visitors", async () => {
      const person = await t.given.employee();
      const employee = await t.as(await t.given.user({ employeeId: person.id }));
      assertError(await employee.get("/api/employee-imports/template"), 403, "forbidden");
      assertError(await t.anonymous().get("/api/employee-imports/template"), 401, "unauthenticated");
    });
  });

  describe("uploading a filled sheet", () => {
    it("imports every row with an account each, and places those with a unit and a position", async () => {
      const unit = await t.given.unit({ code: "YANUM" });
      const seat = await t.given.position({ unitId: unit.id, name: "Penata Layanan Operasional" });
      const other = await t.given.position({ unitId: unit.id, name: "Operator Layanan Operasional" });
      const admin = await t.given.admin();
      const nips = [validNip(1), validNip(2), "199203142021211007"];
      const file = await workbook([
        pns({
          nip: nips[0],
          name: "Ahmad Fauzi",
          unitCode: "yanum",
          positionName: "penata layanan operasional",
          startDate: "2026-01-02",
        }),
        pns({
          nip: nips[1],
          name: "Rina Marlina",
          frontTitle: "Dra.",
          golongan: "IV/a",
          email: "rina@palembang.go.id",
        }),
        {
          nip: nips[2],
          status: "pppk",
          name: "Dedi Kurniawan",
          golongan: "IX",
          unitCode: "YANUM",
          positionName: "Operator Layanan Operasional",
          startDate: "2026-02-01",
        },
      ]);

      const res = await upload(await t.as(admin), file);

      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(json(res), { imported: 3, placed: 2 });
      const stored = await t.db.selectFrom("employee").selectAll().orderBy("name").execute();
      assert.deepEqual(
        stored.map((e) => [e.name, e.nip, e.status, e.golongan]),
        [
          ["Ahmad Fauzi", nips[0], "pns", "III/b"],
          ["Dedi Kurniawan", nips[2], "pppk", "IX"],
          ["Rina Marlina", nips[1], "pns", "IV/a"],
        ],
      );
      const rina = stored.find((e) => e.name === "Rina Marlina");
      assert.equal(rina?.gender, "wanita");
      assert.equal(rina?.front_title, "Dra.");
      assert.equal(rina?.email, "rina@palembang.go.id");
      const accounts = await t.db
        .selectFrom("user_account")
        .select("username")
        .where("employee_id", "is not", null)
        .execute();
      assert.deepEqual(accounts.map((a) => a.username).sort(), [...nips].sort());
      const placements = await t.db.selectFrom("placement").selectAll().orderBy("start_date").execute();
      assert.deepEqual(
        placements.map((p) => [p.position_id, p.kind, p.start_date, p.end_date]),
        [
          [seat.id, "definitif", "2026-01-02", null],
          [other.id, "definitif", "2026-02-01", null],
        ],
      );
      const events = (await auditEventsOf(t.db)).filter((e) => e.action !== "import.run_recorded");
      assert.equal(events.length, 3, "and one more for the run itself (import-runs.test.ts)");
      assert.ok(events.every((e) => e.action === "employee.imported" && e.actorId === admin.userId));
    });

    it("imports nothing when one row is wrong, and says which row and column", async () => {
      const admin = await asAdmin();
      const before = await masterDataCounts(t.db);
      const file = await workbook([pns(), pns({ nip: "19850312200901200" }), pns()]);

      const res = await upload(admin, file);

      const body = assertError(res, 422, "import_invalid");
      assert.match(body.message, /1 baris tidak valid/);
      assert.deepEqual(body.details.errors, [
        { row: 3, column: "NIP / NI PPPK", message: "NIP harus terdiri dari 18 digit angka" },
      ]);
      assertNothingImported(before, await masterDataCounts(t.db));
    });

    it("reports every wrong row at once", async () => {
      const file = await workbook([
        pns({ golongan: "IX" }),
        pns(),
        pns({ status: "Honorer" }),
        pns({ nip: "196613011988031001" }),
        pns({ name: "<b>Budi</b>" }),
      ]);
      const body = assertError(await upload(await asAdmin(), file), 422, "import_invalid");
      assert.match(body.message, /4 baris tidak valid/);
      assert.deepEqual(
        body.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        [
          [2, "Golongan"],
          [4, "Status (PNS/PPPK)"],
          [5, "NIP / NI PPPK"],
          [6, "Nama (tanpa gelar)"],
        ],
      );
      assert.equal(await countRows(t.db, "employee"), 0);
    });

    it("refuses the same NIP twice in one file, pointing at the first row", async () => {
      const nip = validNip();
      const body = assertError(
        await upload(
          await asAdmin(),
          await workbook([pns({ nip }), pns({ nip: `${nip.slice(0, 8)} ${nip.slice(8)}` })]),
        ),
        422,
        "import_invalid",
      );
      assert.deepEqual(body.details.errors, [{ row: 3, column: "NIP / NI PPPK", message: "NIP sama dengan baris 2" }]);
      assert.equal(await countRows(t.db, "employee"), 0);
    });

    it("refuses a NIP that is already registered", async () => {
      const existing = await t.given.employee();
      const admin = await asAdmin();
      const before = await masterDataCounts(t.db);
      const body = assertError(
        await upload(admin, await workbook([pns(), pns({ nip: existing.nip })])),
        422,
        "import_invalid",
      );
      assert.deepEqual(body.details.errors, [{ row: 3, column: "NIP / NI PPPK", message: "NIP sudah terdaftar" }]);
      assertNothingImported(before, await masterDataCounts(t.db));
    });

    it("refuses a NIP that already names another account", async () => {
      const nip = validNip();
      await t.given.user({ username: nip, roles: ["auditor"] });
      const body = assertError(await upload(await asAdmin(), await workbook([pns({ nip })])), 422, "import_invalid");
      assert.equal(body.details.errors[0].row, 2);
      assert.equal(await countRows(t.db, "employee"), 0);
    });

    it("refuses a NIP typed as a number, which Excel cannot hold to 18 digits", async () => {
      const body = assertError(
        await upload(await asAdmin(), await workbook([pns(), pns({ nip: 198503122009012000 })])),
        422,
        "import_invalid",
      );
      assert.equal(body.details.errors.length, 1);
      assert.equal(body.details.errors[0].row, 3);
      assert.equal(body.details.errors[0].column, "NIP / NI PPPK");
      assert.match(body.details.errors[0].message, /sebagai teks/);
      assert.equal(await countRows(t.db, "employee"), 0);
    });

    it("refuses a position that the unit does not have, and a start date not YYYY-MM-DD", async () => {
      const unit = await t.given.unit({ code: "YANUM" });
      await t.given.position({ unitId: unit.id, name: "Penata Layanan Operasional" });
      const file = await workbook([
        pns({ unitCode: "YANUM", positionName: "Juru Parkir", startDate: "2026-01-02" }),
        pns({ unitCode: "YANUM", positionName: "Penata Layanan Operasional", startDate: "02/01/2026" }),
        pns({ unitCode: "YANUM", startDate: "2026-01-02" }),
      ]);
      const body = assertError(await upload(await asAdmin(), file), 422, "import_invalid");
      assert.deepEqual(
        body.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        [
          [2, "Nama Jabatan"],
          [3, "TMT Jabatan (YYYY-MM-DD)"],
          [4, "Nama Jabatan"],
        ],
      );
      assert.equal(await countRows(t.db, "employee"), 0);
    });

    it("accepts a start date entered as an Excel date", async () => {
      const unit = await t.given.unit({ code: "YANUM" });
      await t.given.position({ unitId: unit.id, name: "Penata Layanan Operasional" });
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("Pegawai");
      sheet.addRow(columns.map((c) => c.header));
      const row = pns({ unitCode: "YANUM", positionName: "Penata Layanan Operasional" });
      sheet.addRow(
        columns.map((c) => (c.key === "startDate" ? new Date("2026-01-02T00:00:00Z") : (row[c.key] ?? null))),
      );
      const res = await upload(await asAdmin(), Buffer.from(await book.xlsx.writeBuffer()));
      assert.equal(res.statusCode, 200, res.body);
      const placement = await t.db.selectFrom("placement").select("start_date").executeTakeFirst();
      assert.equal(placement?.start_date, "2026-01-02");
    });

    it("imports nothing when a row would take a position that is already held", async () => {
      const office = await t.given.office();
      await t.db.updateTable("org_unit").set({ code: "YANUM" }).where("id", "=", office.seksi.id).execute();
      const admin = await asAdmin();
      const before = await masterDataCounts(t.db);
      const file = await workbook([
        pns(),
        pns({ unitCode: "YANUM", positionName: "Kepala Seksi Pelayanan Umum", startDate: "2026-01-02" }),
      ]);

      const body = assertError(await upload(admin, file), 422, "import_invalid");

      assert.deepEqual(body.details.errors, [
        { row: 3, column: "Nama Jabatan", message: "Jabatan ini sudah diisi pada rentang tanggal tersebut" },
      ]);
      assertNothingImported(before, await masterDataCounts(t.db));
    });

    it("imports nothing when two rows would take the same position", async () => {
      const unit = await t.given.unit({ code: "YANUM" });
      await t.given.position({ unitId: unit.id, name: "Penata Layanan Operasional" });
      const seat = { unitCode: "YANUM", positionName: "Penata Layanan Operasional", startDate: "2026-01-02" };
      const body = assertError(
        await upload(await asAdmin(), await workbook([pns(seat), pns(seat)])),
        422,
        "import_invalid",
      );
      assert.deepEqual(body.details.errors, [
        { row: 3, column: "Nama Jabatan", message: "Jabatan ini juga diisi oleh baris 2" },
      ]);
      assert.equal(await countRows(t.db, "employee"), 0);
      assert.equal(await countRows(t.db, "placement"), 0);
    });

    it("reports every taken seat at once, together with the other wrong rows", async () => {
      const office = await t.given.office();
      await t.db.updateTable("org_unit").set({ code: "YANUM" }).where("id", "=", office.seksi.id).execute();
      const kasi = { unitCode: "YANUM", positionName: "Kepala Seksi Pelayanan Umum", startDate: "2026-01-02" };
      const staff = { unitCode: "YANUM", positionName: "Pengelola Layanan Operasional", startDate: "2026-01-02" };
      const file = await workbook([pns(kasi), pns({ golongan: "XX" }), pns(staff), pns()]);

      const body = assertError(await upload(await asAdmin(), file), 422, "import_invalid");

      assert.match(body.message, /^3 baris tidak valid/);
      assert.deepEqual(
        body.details.errors.map((e: { row: number; column: string }) => [e.row, e.column]),
        [
          [2, "Nama Jabatan"],
          [3, "Golongan"],
          [4, "Nama Jabatan"],
        ],
      );
    });

    it("places a new employee in a seat whose holder left before the start date", async () => {
      const office = await t.given.office();
      await t.db.updateTable("org_unit").set({ code: "YANUM" }).where("id", "=", office.seksi.id).execute();
      await t.given.endPlacement(office.staff.id, "2025-12-31");
      const file = await workbook([
        pns({ unitCode: "YANUM", positionName: "Pengelola Layanan Operasional", startDate: "2026-01-02" }),
      ]);
      const res = await upload(await asAdmin(), file);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(json(res), { imported: 1, placed: 1 });
    });

    it("refuses a file larger than the upload limit", async () => {
      const admin = await asAdmin();
      const res = await upload(admin, Buffer.alloc(t.config.maxUploadBytes + 1, 1));
      assertError(res, 413, "file_too_large");
      assert.equal(await countRows(t.db, "employee"), 0);
    });

    it("refuses a file that is not a spreadsheet", async () => {
      const res = await upload(await asAdmin(), "NIP;Nama\n198503122009012004;Siti\n", "pegawai.csv");
      assert.ok(assertError(res, 422, "import_unreadable").fields.file);
    });

    it("refuses a sheet whose headers are not the template's", async () => {
      const headers: string[] = columns.map((c) => c.header);
      headers[2] = "Nama Lengkap";
      const res = await upload(await asAdmin(), await workbook([pns()], { headers }));
      assertError(res, 422, "import_bad_header");
      assert.equal(await countRows(t.db, "employee"), 0);
    });

    it("refuses a sheet without any employee rows", async () => {
      assertError(await upload(await asAdmin(), await workbook([])), 422, "import_empty");
    });

    it("asks for a file when the form carries none", async () => {
      const admin = await asAdmin();
      const body = multipart([{ name: "note", value: "lupa lampiran" }]);
      const res = await admin.post("/api/employee-imports", body.payload, { headers: body.headers });
      assertError(res, 422, "import_no_file");
    });

    it("refuses an upload that is not multipart", async () => {
      const res = await (await asAdmin()).post("/api/employee-imports", { file: "pegawai.xlsx" });
      assertError(res, 415, "unsupported_media_type");
    });

    it("refuses an upload without the session's CSRF token", async () => {
      const admin = await asAdmin();
      const body = fileUpload(await workbook([pns()]));
      const res = await admin.post("/api/employee-imports", body.payload, {
        headers: { ...body.headers, "x-csrf-token": "" },
      });
      assertError(res, 403, "csrf_failed");
      assert.equal(await countRows(t.db, "employee"), 0);
    });

    it("forbids a plain employee and the auditor from importing", async () => {
      const file = await workbook([pns()]);
      const person = await t.given.employee();
      const employee = await t.as(await t.given.user({ employeeId: person.id }));
      const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
      assertError(await upload(employee, file), 403, "forbidden");
      assertError(await upload(auditor, file), 403, "forbidden");
      assertError(await upload(t.anonymous(), file), 401, "unauthenticated");
      assert.equal(await countRows(t.db, "employee"), 1);
    });
  });
});
