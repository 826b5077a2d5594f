import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseEmployeeNumber, profileSchema, skpApi } from "@simkin/domain";
import { CompiledQuery, sql } from "kysely";
import { dialectOf } from "../src/modules/seed/scale/catalogue";
import { refTarget } from "../src/modules/seed/scale/plan-check";
import { scalePlan, type TableName } from "../src/modules/seed/scale/scale-plan";
import { seedScaleOffices } from "../src/modules/seed/scale/scale-seed";
import { createTestApp, type TestApp } from "./test-app";

const COPIES = ["0001", "0002", "0003"];
type Row = Record<string, unknown>;

/** Three kecamatan like the demo office under one Pemerintah Kota, built once for the file and only read. */
describe("the scale dataset (3 copies of the demo office)", () => {
  let t: TestApp;
  const rows = new Map<TableName, Row[]>();
  /** Which copy each row id belongs to ("0001".."0003"), or "shared" for the Pemkot's own rows. */
  const copyOf = new Map<string, string>();

  before(async () => {
    t = await createTestApp({ mode: "demo", now: "2026-11-16T03:00:00.000Z" });
    await seedScaleOffices(t.db, { password: "plaju-2026", now: t.clock.now, copies: 3 });
    for (const table of Object.keys(scalePlan) as TableName[]) {
      const result = await t.db.executeQuery<Row>(CompiledQuery.raw(`select * from "${table}"`, []));
      rows.set(table, result.rows);
    }
    assignCopies(rows, copyOf);
  });
  after(() => t.close());

  const all = (table: TableName) => rows.get(table) ?? [];
  const perCopy = (table: TableName, key = "id") =>
    COPIES.map((c) => all(table).filter((r) => copyOf.get(String(r[key])) === c).length);

  it("puts three kecamatan, numbered, under the one Pemerintah Kota with fresh unit codes", () => {
    const roots = all("org_unit").filter((u) => u.kind === "pemerintah_daerah");
    assert.equal(roots.length, 1);
    const kecamatan = all("org_unit").filter((u) => u.kind === "kecamatan");
    assert.deepEqual(kecamatan.map((u) => u.name).sort(), [
      "Kecamatan Plaju",
      "Kecamatan Plaju 0002",
      "Kecamatan Plaju 0003",
    ]);
    assert.ok(kecamatan.every((u) => u.parent_id === roots[0]?.id));
    assert.equal(new Set(all("org_unit").map((u) => u.code)).size, all("org_unit").length);
    assert.deepEqual(perCopy("org_unit"), [44, 44, 44]);
  });

  it("gives every copy the same employees and accounts, with valid, unique NIPs and usernames", () => {
    const [first, ...others] = perCopy("employee");
    assert.ok((first ?? 0) >= 100, `${first} employees in the demo office`);
    assert.deepEqual(others, [first, first]);
    assert.deepEqual(perCopy("user_account"), [first, first, first]);
    const employees = all("employee");
    assert.equal(new Set(employees.map((e) => e.nip)).size, employees.length);
    for (const e of employees) {
      const parsed = parseEmployeeNumber(e.status === "pppk" ? "pppk" : "pns", String(e.nip));
      assert.ok(parsed.ok, `${e.nip}`);
      assert.equal(parsed.value.birthDate, e.birth_date, `${e.nip}`);
    }
    assert.ok(employees.some((e) => e.status === "pppk" && copyOf.get(String(e.id)) === "0003"));
    const usernames = all("user_account").map((a) => String(a.username));
    assert.equal(new Set(usernames).size, usernames.length);
    for (const persona of ["camat", "camat.0002", "camat.0003", "pengelola.0003", "staf.yanum.0002"]) {
      assert.ok(usernames.includes(persona), persona);
    }
    assert.equal(all("employee").filter((e) => copyOf.get(String(e.id)) === "shared").length, 1, "the Sekda");
  });

  it("gives every copy this year's SKPs with RHK, IKI and events, and monthly reports with realisations", () => {
    const thisYear = (table: TableName) => all(table).filter((r) => r.year === 2026);
    const skps = COPIES.map((c) => thisYear("skp").filter((s) => copyOf.get(String(s.id)) === c).length);
    assert.ok((skps[0] ?? 0) >= 100, `${skps}`);
    assert.deepEqual(skps, [skps[0], skps[0], skps[0]]);
    const reports = COPIES.map((c) => thisYear("monthly_report").filter((r) => copyOf.get(String(r.id)) === c));
    assert.ok((reports[0]?.length ?? 0) >= 900, `${reports[0]?.length}`);
    assert.deepEqual(
      reports.map((list) => list.length),
      [reports[0]?.length, reports[0]?.length, reports[0]?.length],
    );
    const counts = (table: TableName, key: string) => perCopy(table, key);
    for (const [table, key] of [
      ["skp_rhk", "id"],
      ["skp_iki", "id"],
      ["skp_event", "id"],
      ["report_realisation", "report_id"],
      ["report_feedback", "report_id"],
      ["report_event", "id"],
      ["performance_dialogue", "id"],
    ] as const) {
      const [, second, third] = counts(table, key);
      assert.ok((second ?? 0) > 0, `${table} in copy 0002`);
      assert.equal(third, second, table);
    }
    // Last year's SKPs and reports stay with the demo office only.
    assert.equal(all("skp").filter((s) => s.year === 2025 && copyOf.get(String(s.id)) === "0002").length, 0);
  });

  it("keeps every reference inside its own copy or on a shared row, and every reference resolves", async () => {
    // assignCopies throws on a row whose references lie in two copies; here: no reference names a missing row.
    const ids = new Map<string, Set<unknown>>();
    for (const [table, list] of rows) {
      const idColumn = Object.entries(scalePlan[table].columns).find(([, role]) => role === "id")?.[0];
      ids.set(table, new Set(idColumn ? list.map((r) => r[idColumn]) : []));
    }
    for (const [table, list] of rows) {
      for (const [column, role] of Object.entries(scalePlan[table].columns)) {
        const target = refTarget(role);
        const known = target ? ids.get(target) : undefined;
        const dangling = known ? list.filter((r) => r[column] !== null && !known.has(r[column])) : [];
        assert.equal(dangling.length, 0, `${table}.${column} names rows of ${target} that do not exist`);
      }
    }
    if (dialectOf(t.db) === "sqlite") {
      assert.deepEqual((await sql`pragma foreign_key_check`.execute(t.db)).rows, []);
    }
  });

  it("resolves the same raters inside a copy as in the demo office, and the Camat rates his own copy", async () => {
    for (const persona of ["camat", "sekcam", "kasi.yanum", "lurah.talangputri", "staf.talangputri", "prakom"]) {
      const demo = await profileOf(t, persona);
      const copy = await profileOf(t, `${persona}.0003`);
      const shape = (p: typeof demo) =>
        [p.raters.position, p.raters.rater, p.raters.atasanRater].map((o) => o?.positionName.replace(" 0003", ""));
      assert.deepEqual(shape(copy), shape(demo), persona);
      for (const officer of [copy.raters.rater, copy.raters.atasanRater]) {
        assert.ok(["0003", "shared", undefined].includes(copyOf.get(String(officer?.employeeId))), persona);
      }
    }
    const inbox = async (username: string) => {
      const client = await signIn(t, username);
      const res = await client(`/api/skps/inbox?year=2026`);
      return skpApi.inbox.response.parse(res.json()).subordinates.map((s) => s.employeeId);
    };
    const [demo, copy] = [await inbox("camat"), await inbox("camat.0003")];
    assert.equal(copy.length, demo.length);
    assert.ok(copy.every((id) => copyOf.get(id) === "0003"));
  });
});

async function signIn(t: TestApp, identifier: string) {
  const res = await t.anonymous().post("/api/auth/login", { identifier, password: "plaju-2026" });
  assert.equal(res.statusCode, 200, `${identifier}: ${res.body}`);
  const cookie = String(res.headers["set-cookie"]).split(";")[0] ?? "";
  return (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
}

async function profileOf(t: TestApp, username: string) {
  const res = await (await signIn(t, username))("/api/profile");
  return profileSchema.parse(res.json());
}

/**
 * Copy of each row, found without the clone's own owner rules: a unit by its kecamatan's code ("KEC-0002"), an
 * employee by the units of their placements, any other row by the ids among its values. Throws when one row's
 * values name rows of two different copies.
 */
function assignCopies(rows: Map<TableName, Row[]>, copyOf: Map<string, string>) {
  const units = new Map((rows.get("org_unit") ?? []).map((u) => [String(u.id), u]));
  for (const [id, unit] of units) {
    let at: Row | undefined = unit;
    while (at && at.kind !== "kecamatan") {
      at = units.get(String(at.parent_id));
    }
    copyOf.set(id, at ? (String(at.code).match(/-(\d{4})$/)?.[1] ?? "0001") : "shared");
  }
  for (const placement of rows.get("placement") ?? []) {
    const position = (rows.get("position") ?? []).find((p) => p.id === placement.position_id);
    const copy = copyOf.get(String(position?.unit_id)) ?? "shared";
    const before = copyOf.get(String(placement.employee_id));
    assert.ok(before === undefined || before === copy, `employee ${placement.employee_id} placed in two copies`);
    copyOf.set(String(placement.employee_id), copy);
  }
  for (let pass = 0; pass < 6; pass++) {
    for (const [table, list] of rows) {
      for (const row of list) {
        // Every value of the row that is some row's id, whatever the plan calls its column.
        const seen = new Set(
          Object.values(row)
            .map((value) => copyOf.get(String(value)))
            .filter((c) => c !== undefined && c !== "shared"),
        );
        assert.ok(seen.size <= 1, `${table} row ${JSON.stringify(row).slice(0, 120)} spans copies ${[...seen]}`);
        if ("id" in row && !copyOf.has(String(row.id))) {
          const [copy] = seen;
          if (copy !== undefined || pass === 5) {
            copyOf.set(String(row.id), copy ?? "shared");
          }
        }
      }
    }
  }
}
