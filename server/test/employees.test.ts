import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid, auditEventsOf, masterDataCounts, onlyAuditEventOf } from "./assertions";
import { validNip } from "./given";
import { createTestApp, json, type TestApp } from "./test-app";

const MISSING_ID = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";

/** A PNS woman born 12 March 1985, CPNS from January 2009. */
const NIP_WANITA = "198503122009012004";
/** A PPPK man born 14 March 1992, appointed PPPK in 2021 (first appointment). */
const NI_PPPK = "199203142021211007";

const newEmployee = (over: Record<string, unknown> = {}) => ({
  nip: NIP_WANITA,
  status: "pns",
  name: "Siti Aminah",
  frontTitle: "Dra.",
  backTitle: "M.Si.",
  golongan: "III/c",
  email: "siti.aminah@palembang.go.id",
  ...over,
});

describe("employees (pegawai)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const signedInEmployee = async () => {
    const person = await t.given.employee();
    return { person, client: await t.as(await t.given.user({ employeeId: person.id })) };
  };
  const asAdmin = async () => t.as(await t.given.admin());

  describe("searching", () => {
    it("lists every employee with their current position and unit, and the total", async () => {
      const office = await t.given.office();
      const unplaced = await t.given.employee({ name: "Zulkifli" });

      const res = await (await asAdmin()).get("/api/employees");

      assert.equal(res.statusCode, 200, res.body);
      const page = json(res);
      assert.equal(page.total, 4);
      assert.equal(page.page, 1);
      assert.equal(page.pageSize, 20);
      const staff = page.items.find((e: { id: string }) => e.id === office.staff.id);
      assert.equal(staff.positionName, "Pengelola Layanan Operasional");
      assert.equal(staff.unitName, "Seksi Pelayanan Umum");
      assert.equal(staff.nip, office.staff.nip);
      assert.equal(staff.pangkat, "Penata Muda (III/a)");
      const loose = page.items.find((e: { id: string }) => e.id === unplaced.id);
      assert.equal(loose.positionName, null);
      assert.equal(loose.unitName, null);
    });

    it("finds employees by part of the name, whatever the letter case", async () => {
      const budi = await t.given.employee({ name: "Budi Santoso" });
      await t.given.employee({ name: "Ani Lestari" });
      const res = await (await asAdmin()).get("/api/employees?q=SANTO");
      const page = json(res);
      assert.equal(page.total, 1);
      assert.deepEqual(
        page.items.map((e: { id: string }) => e.id),
        [budi.id],
      );
    });

    it("finds an employee by NIP, typed with or without the printed spaces", async () => {
      const wanted = await t.given.employee({ nip: "197005151995031001" });
      await t.given.employee({ nip: "198001012005011002" });
      const admin = await asAdmin();
      for (const q of ["197005151995031001", "19700515 199503 1 001", "1995031"]) {
        const page = json(await admin.get(`/api/employees?q=${encodeURIComponent(q)}`));
        assert.deepEqual(
          page.items.map((e: { id: string }) => e.id),
          [wanted.id],
          q,
        );
      }
    });

    it("does not treat _ or % in the search as wildcards", async () => {
      await t.given.employee({ name: "Budi Santoso" });
      const admin = await asAdmin();
      assert.equal(json(await admin.get(`/api/employees?q=${encodeURIComponent("B_di")}`)).total, 0);
      assert.equal(json(await admin.get(`/api/employees?q=${encodeURIComponent("B%o")}`)).total, 0);
    });

    it("filters by unit, including the units below it", async () => {
      const office = await t.given.office();
      const otherUnit = await t.given.unit({ kind: "kecamatan" });
      const elsewhere = await t.given.placedEmployee({
        positionId: (await t.given.position({ unitId: otherUnit.id })).id,
      });
      const admin = await asAdmin();

      const kecamatan = json(await admin.get(`/api/employees?unitId=${office.kecamatan.id}`));
      assert.deepEqual(
        kecamatan.items.map((e: { id: string }) => e.id).sort(),
        [office.camat.id, office.kasi.id, office.staff.id].sort(),
      );
      assert.equal(kecamatan.total, 3);
      const seksi = json(await admin.get(`/api/employees?unitId=${office.seksi.id}`));
      assert.deepEqual(seksi.items.map((e: { id: string }) => e.id).sort(), [office.kasi.id, office.staff.id].sort());
      const other = json(await admin.get(`/api/employees?unitId=${otherUnit.id}`));
      assert.deepEqual(
        other.items.map((e: { id: string }) => e.id),
        [elsewhere.id],
      );
    });

    it("counts an employee in a unit only while their placement there lasts", async () => {
      const office = await t.given.office();
      await t.given.endPlacement(office.staff.id, "2026-01-31");
      const page = json(await (await asAdmin()).get(`/api/employees?unitId=${office.seksi.id}`));
      assert.deepEqual(
        page.items.map((e: { id: string }) => e.id),
        [office.kasi.id],
      );
    });

    it("filters by employment status", async () => {
      await t.given.employee();
      const admin = await t.given.admin();
      const client = await t.as(admin);
      const created = await client.post(
        "/api/employees",
        newEmployee({ nip: NI_PPPK, status: "pppk", golongan: "IX" }),
      );
      assert.equal(created.statusCode, 200, created.body);
      const page = json(await client.get("/api/employees?status=pppk"));
      assert.deepEqual(
        page.items.map((e: { nip: string }) => e.nip),
        [NI_PPPK],
      );
    });

    it("pages through the list, sorted by name, with the total of all matches", async () => {
      for (const name of ["Ani", "Budi", "Citra", "Dedi", "Eka"]) {
        await t.given.employee({ name });
      }
      const admin = await asAdmin();
      const second = json(await admin.get("/api/employees?page=2&pageSize=2"));
      assert.equal(second.total, 5);
      assert.equal(second.page, 2);
      assert.equal(second.pageSize, 2);
      assert.deepEqual(
        second.items.map((e: { name: string }) => e.name),
        ["Citra", "Dedi"],
      );
      const last = json(await admin.get("/api/employees?page=3&pageSize=2"));
      assert.deepEqual(
        last.items.map((e: { name: string }) => e.name),
        ["Eka"],
      );
      const beyond = json(await admin.get("/api/employees?page=9&pageSize=2"));
      assert.deepEqual(beyond.items, []);
      assert.equal(beyond.total, 5);
    });

    it("refuses a page size over 100, a page 0, an unknown status and an unknown parameter", async () => {
      const admin = await asAdmin();
      assertInvalid(await admin.get("/api/employees?pageSize=101"), { pageSize: /./ });
      assertInvalid(await admin.get("/api/employees?page=0"), { page: /./ });
      assertInvalid(await admin.get("/api/employees?status=honorer"), { status: /./ });
      assertInvalid(await admin.get("/api/employees?sort=name"), { sort: /tidak dikenal/ });
    });

    it("lets the auditor search, but not a plain employee or an anonymous visitor", async () => {
      await t.given.employee();
      const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
      assert.equal((await auditor.get("/api/employees")).statusCode, 200);
      assertError(await (await signedInEmployee()).client.get("/api/employees"), 403, "forbidden");
      assertError(await t.anonymous().get("/api/employees"), 401, "unauthenticated");
    });
  });

  describe("one employee's record", () => {
    it("shows an administrator the employee, their placements, raters and account", async () => {
      const office = await t.given.office();
      const res = await (await asAdmin()).get(`/api/employees/${office.staff.id}`);

      assert.equal(res.statusCode, 200, res.body);
      const detail = json(res);
      assert.equal(detail.employee.id, office.staff.id);
      assert.equal(detail.placements.length, 1);
      assert.equal(detail.placements[0].positionName, "Pengelola Layanan Operasional");
      assert.equal(detail.raters.date, "2026-03-16");
      assert.equal(detail.raters.position.positionId, office.positions.staff.id);
      assert.equal(detail.raters.rater.employeeId, office.kasi.id);
      assert.equal(detail.raters.atasanRater.employeeId, office.camat.id);
      assert.deepEqual(detail.account, {
        id: office.staff.userId,
        username: office.staff.nip,
        roles: [],
        hasPassword: false,
        state: "belum_diaktifkan",
        mustChangePassword: false,
        deactivation: null,
        allowedActions: ["reset_password", "send_activation_link", "deactivate"],
        secondFactorEnabled: false,
        version: 1,
      });
    });

    it("lets the auditor read any employee", async () => {
      const office = await t.given.office();
      const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
      assert.equal((await auditor.get(`/api/employees/${office.camat.id}`)).statusCode, 200);
    });

    it("lets an employee read their own record", async () => {
      const office = await t.given.office();
      const res = await (await t.as(office.staff)).get(`/api/employees/${office.staff.id}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).employee.nip, office.staff.nip);
    });

    it("answers 404, not 403, when an employee asks for someone else's record", async () => {
      const office = await t.given.office();
      const res = await (await t.as(office.staff)).get(`/api/employees/${office.kasi.id}`);
      const body = assertError(res, 404, "not_found");
      assert.equal(body.message, "Data pegawai tidak ditemukan");
    });

    it("answers 404 for an employee that does not exist", async () => {
      assertError(await (await asAdmin()).get(`/api/employees/${MISSING_ID}`), 404, "not_found");
    });

    it("refuses a date that is not YYYY-MM-DD", async () => {
      const office = await t.given.office();
      const res = await (await asAdmin()).get(`/api/employees/${office.staff.id}?date=16-03-2026`);
      assertInvalid(res, { date: /YYYY-MM-DD/ });
    });

    it("asks an anonymous visitor to sign in", async () => {
      const person = await t.given.employee();
      assertError(await t.anonymous().get(`/api/employees/${person.id}`), 401, "unauthenticated");
    });
  });

  describe("adding an employee", () => {
    it("derives birth date and gender from the NIP, opens an account signed in by NIP, and audits it", async () => {
      const admin = await t.given.admin();
      const res = await (await t.as(admin)).post("/api/employees", newEmployee({ nip: "19850312 200901 2 004" }));

      assert.equal(res.statusCode, 200, res.body);
      const created = json(res);
      assert.deepEqual(created, {
        id: created.id,
        nip: NIP_WANITA,
        status: "pns",
        name: "Siti Aminah",
        frontTitle: "Dra.",
        backTitle: "M.Si.",
        displayName: "Dra. Siti Aminah, M.Si.",
        golongan: "III/c",
        pangkat: "Penata (III/c)",
        gender: "wanita",
        birthDate: "1985-03-12",
        email: "siti.aminah@palembang.go.id",
        version: 1,
      });
      const account = await t.db
        .selectFrom("user_account")
        .selectAll()
        .where("employee_id", "=", created.id)
        .executeTakeFirst();
      assert.equal(account?.username, NIP_WANITA);
      assert.equal(account?.password_hash, null);
      const events = await auditEventsOf(t.db, created.id);
      assert.deepEqual(events, [
        {
          actorId: admin.userId,
          action: "employee.created",
          subjectType: "employee",
          subjectId: created.id,
          before: null,
          after: created,
        },
      ]);
    });

    it("adds a PPPK with their NI PPPK and PPPK golongan, which has no pangkat", async () => {
      const res = await (await asAdmin()).post(
        "/api/employees",
        newEmployee({ nip: NI_PPPK, status: "pppk", golongan: "IX", frontTitle: "", backTitle: "", email: "" }),
      );
      assert.equal(res.statusCode, 200, res.body);
      const created = json(res);
      assert.equal(created.gender, "pria");
      assert.equal(created.birthDate, "1992-03-14");
      assert.equal(created.pangkat, "Golongan IX");
      assert.equal(created.frontTitle, null);
      assert.equal(created.email, null);
      assert.equal(created.displayName, "Siti Aminah");
    });

    const refusals: [string, Record<string, unknown>, number, string, string][] = [
      ["a NIP of 17 digits", { nip: "19850312200901200" }, 400, "invalid_input", "nip"],
      ["a NIP with letters", { nip: "19850312200901200X" }, 400, "invalid_input", "nip"],
      ["a birth date that cannot exist (month 13)", { nip: "196613011988031001" }, 422, "nip_birth_date", "nip"],
      ["a gender digit other than 1 or 2", { nip: "198503122009013004" }, 422, "nip_gender", "nip"],
      ["a CPNS date before the age of 18", { nip: "199001152005031001" }, 422, "nip_tmt_too_early", "nip"],
      ["a serial number 000", { nip: "198503122009012000" }, 422, "nip_serial", "nip"],
      ["an NI PPPK for a PNS", { nip: NI_PPPK }, 422, "nip_tmt", "nip"],
      ["a PNS NIP for a PPPK", { status: "pppk", golongan: "IX" }, 422, "nip_tmt", "nip"],
      ["a PPPK golongan for a PNS", { golongan: "IX" }, 422, "golongan_mismatch", "golongan"],
      ["a PNS golongan for a PPPK", { nip: NI_PPPK, status: "pppk" }, 422, "golongan_mismatch", "golongan"],
      ["a golongan that does not exist", { golongan: "V/a" }, 400, "invalid_input", "golongan"],
      ["a name with markup", { name: "<script>alert(1)</script>" }, 400, "invalid_input", "name"],
      ["a name longer than 120 characters", { name: "A".repeat(121) }, 400, "invalid_input", "name"],
      ["a title with digits", { backTitle: "S1" }, 400, "invalid_input", "backTitle"],
      ["an e-mail address without @", { email: "siti.palembang.go.id" }, 400, "invalid_input", "email"],
      ["an unknown field", { nik: "1671" }, 400, "invalid_input", "nik"],
    ];
    for (const [what, over, status, code, field] of refusals) {
      it(`refuses ${what}, and writes nothing`, async () => {
        const admin = await asAdmin();
        const before = await masterDataCounts(t.db);
        const body = assertError(await admin.post("/api/employees", newEmployee(over)), status, code);
        assert.ok(body.fields?.[field], `the error names the field ${field}: ${JSON.stringify(body)}`);
        assert.deepEqual(await masterDataCounts(t.db), before);
      });
    }

    it("refuses a NIP that is already registered, and writes nothing", async () => {
      await t.given.employee({ nip: NIP_WANITA });
      const admin = await asAdmin();
      const before = await masterDataCounts(t.db);
      const body = assertError(await admin.post("/api/employees", newEmployee()), 409, "nip_taken");
      assert.match(body.fields.nip, /sudah terdaftar/);
      assert.deepEqual(await masterDataCounts(t.db), before);
    });

    it("refuses a NIP that is already the user name of another account", async () => {
      await t.given.user({ username: NIP_WANITA, roles: ["auditor"] });
      const admin = await asAdmin();
      const before = await masterDataCounts(t.db);
      assertError(await admin.post("/api/employees", newEmployee()), 409, "nip_taken");
      assert.deepEqual(await masterDataCounts(t.db), before);
    });

    it("forbids the auditor and a plain employee from adding employees", async () => {
      const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
      assertError(await auditor.post("/api/employees", newEmployee()), 403, "forbidden");
      assertError(await (await signedInEmployee()).client.post("/api/employees", newEmployee()), 403, "forbidden");
      assertError(await t.anonymous().post("/api/employees", newEmployee()), 401, "unauthenticated");
    });
  });

  describe("changing an employee", () => {
    const asUpdate = (nip: string, over: Record<string, unknown> = {}) => ({
      ...newEmployee({ nip, name: "Budi Santoso", frontTitle: null, backTitle: null, email: null }),
      golongan: "III/a",
      version: 1,
      ...over,
    });

    it("records a promotion, bumps the version and keeps before and after in the audit trail", async () => {
      const person = await t.given.employee({ name: "Budi Santoso" });
      const admin = await t.given.admin();

      const res = await (await t.as(admin)).patch(
        `/api/employees/${person.id}`,
        asUpdate(person.nip, { golongan: "III/b" }),
      );

      assert.equal(res.statusCode, 200, res.body);
      const after = json(res);
      assert.equal(after.golongan, "III/b");
      assert.equal(after.pangkat, "Penata Muda Tingkat I (III/b)");
      assert.equal(after.version, 2);
      const event = await onlyAuditEventOf(t.db, person.id);
      assert.equal(event.action, "employee.updated");
      assert.equal(event.actorId, admin.userId);
      assert.deepEqual(event.before, {
        ...after,
        golongan: "III/a",
        pangkat: "Penata Muda (III/a)",
        version: 1,
      });
      assert.deepEqual(event.after, after);
    });

    it("re-derives birth date and gender when a mistyped NIP is corrected", async () => {
      const person = await t.given.employee({ nip: "198503121009011004", name: "Budi Santoso" });
      const res = await (await t.as(await t.given.admin())).patch(`/api/employees/${person.id}`, asUpdate(NIP_WANITA));
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).gender, "wanita");
      assert.equal(json(res).birthDate, "1985-03-12");
    });

    it("moves the sign-in user name along with a corrected NIP, freeing the old NIP", async () => {
      const oldNip = validNip();
      const person = await t.given.employee({ nip: oldNip, name: "Budi Santoso" });
      await t.given.user({ employeeId: person.id, username: oldNip });
      const admin = await asAdmin();

      const res = await admin.patch(`/api/employees/${person.id}`, asUpdate(NIP_WANITA));
      assert.equal(res.statusCode, 200, res.body);
      const account = json(await admin.get(`/api/employees/${person.id}`)).account;
      assert.equal(account.username, NIP_WANITA);

      const reused = await admin.post("/api/employees", newEmployee({ nip: oldNip, name: "Pegawai Baru" }));
      assert.equal(reused.statusCode, 200, reused.body);
    });

    it("refuses a save made on an outdated copy", async () => {
      const person = await t.given.employee({ name: "Budi Santoso" });
      const admin = await asAdmin();
      assert.equal((await admin.patch(`/api/employees/${person.id}`, asUpdate(person.nip))).statusCode, 200);

      const res = await admin.patch(`/api/employees/${person.id}`, asUpdate(person.nip, { golongan: "IV/a" }));

      assertError(res, 409, "stale_version");
      const stored = await t.db.selectFrom("employee").selectAll().where("id", "=", person.id).executeTakeFirst();
      assert.equal(stored?.golongan, "III/a");
      assert.equal(stored?.version, 2);
    });

    it("refuses the NIP of another employee", async () => {
      const other = await t.given.employee();
      const person = await t.given.employee();
      const res = await (await asAdmin()).patch(`/api/employees/${person.id}`, asUpdate(other.nip));
      assertError(res, 409, "nip_taken");
    });

    it("refuses a NIP that is the user name of another account", async () => {
      const person = await t.given.employee();
      await t.given.user({ username: NIP_WANITA, roles: ["auditor"] });
      const res = await (await asAdmin()).patch(`/api/employees/${person.id}`, asUpdate(NIP_WANITA));
      assertError(res, 409, "nip_taken");
      const stored = await t.db.selectFrom("employee").select("nip").where("id", "=", person.id).executeTakeFirst();
      assert.equal(stored?.nip, person.nip);
    });

    it("refuses an impossible NIP and keeps the record as it was", async () => {
      const person = await t.given.employee();
      const admin = await asAdmin();
      const before = await t.db.selectFrom("employee").selectAll().where("id", "=", person.id).executeTakeFirst();
      assertError(
        await admin.patch(`/api/employees/${person.id}`, asUpdate("196613011988031001")),
        422,
        "nip_birth_date",
      );
      const after = await t.db.selectFrom("employee").selectAll().where("id", "=", person.id).executeTakeFirst();
      assert.deepEqual(after, before);
      assert.deepEqual(await auditEventsOf(t.db, person.id), []);
    });

    it("answers 404 for an employee that does not exist", async () => {
      assertError(
        await (await asAdmin()).patch(`/api/employees/${MISSING_ID}`, asUpdate(NIP_WANITA)),
        404,
        "not_found",
      );
    });

    it("forbids the auditor and the employee themselves from changing the record", async () => {
      const office = await t.given.office();
      const auditor = await t.as(await t.given.user({ roles: ["auditor"] }));
      const body = asUpdate(office.staff.nip);
      assertError(await auditor.patch(`/api/employees/${office.staff.id}`, body), 403, "forbidden");
      assertError(await (await t.as(office.staff)).patch(`/api/employees/${office.staff.id}`, body), 403, "forbidden");
    });
  });
});
