import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

type Block = { cause: { positionName: string }; rater: { positionName: string }; reason: string };
type TaskBody = { kind: string; key: string; link: string; person: string | null; block: Block | null };

/** Early December of the demo year: November's reports wait for feedback, the Lurah Talang Putri has no SKP. */
const NOW = "2026-12-07T03:00:00.000Z";

describe("tasks of the demo office's personas", () => {
  let t: TestApp;
  const clients = new Map<string, Client>();
  before(async () => {
    t = await createTestApp({ mode: "demo", now: NOW });
    await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
  });
  after(() => t.close());

  const as = async (username: string) => {
    const known = clients.get(username);
    if (known) {
      return known;
    }
    const account = await t.db
      .selectFrom("user_account")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
    const client = await t.as({ userId: account.id });
    clients.set(username, client);
    return client;
  };
  const tasksOf = async (username: string): Promise<TaskBody[]> => {
    const res = await (await as(username)).get("/api/tasks");
    assert.equal(res.statusCode, 200, res.body);
    return json(res).items;
  };

  it("asks the Lurah Talang Putri, who has no SKP, to create it (overdue since 31 January)", async () => {
    const tasks = await tasksOf("lurah.talangputri");
    const create = tasks.find((k) => k.kind === "skp_create");
    assert.ok(create);
    assert.equal(tasks[0]?.kind, "skp_create", "overdue since January: first");
  });

  it("tells the Talang Putri staff member that the Lurah's missing SKP blocks hers, and nobody else", async () => {
    const [blocked] = (await tasksOf("staf.talangputri")).filter((k) => k.kind === "skp_blocked");
    assert.ok(blocked?.block);
    const block = blocked.block;
    assert.equal(block.cause.positionName, "Lurah Talang Putri");
    assert.notEqual(block.rater.positionName, "Lurah Talang Putri", "her own rater is below the Lurah");
    assert.equal(block.reason, "no_skp");
    for (const other of ["staf.yanum", "prakom", "kasi.yanum", "camat"]) {
      assert.ok(!(await tasksOf(other)).some((k) => k.kind === "skp_blocked"), `${other} is not blocked`);
    }
  });

  it("gives the Kasi his staff's reports to answer and the Camat his own, with no overlap", async () => {
    const kasi = (await tasksOf("kasi.yanum")).filter((k) => k.kind === "report_answer");
    const camat = (await tasksOf("camat")).filter((k) => k.kind === "report_answer");
    assert.ok(kasi.length > 0);
    assert.ok(camat.length > 0);
    const kasiReports = new Set(kasi.map((k) => k.link));
    assert.ok(camat.every((k) => !kasiReports.has(k.link)));
    const staffName = await t.db
      .selectFrom("employee")
      .innerJoin("user_account", "user_account.employee_id", "employee.id")
      .select("employee.name")
      .where("username", "=", "staf.yanum")
      .executeTakeFirstOrThrow();
    assert.ok(
      kasi.some((k) => k.person?.includes(staffName.name)),
      "staf.yanum's November report waits for the Kasi",
    );
    assert.ok((await tasksOf("staf.yanum")).every((k) => k.kind !== "report_answer"));
  });

  it("gives the pengelola kinerja count tasks, and the auditor and super admin nothing", async () => {
    const pengelola = await tasksOf("pengelola");
    assert.ok(pengelola.some((k) => k.kind === "skp_review" && k.link === "/admin/skp-review"));
    assert.ok(!(await tasksOf("staf.yanum")).some((k) => k.kind === "skp_review"));
    assert.deepEqual(await tasksOf("auditor"), []);
    assert.deepEqual(await tasksOf("admin"), []);
  });

  it("keeps every task's link inside the app and its key unique", async () => {
    for (const username of [
      "camat",
      "sekcam",
      "kasi.yanum",
      "lurah.talangputri",
      "staf.yanum",
      "prakom",
      "pengelola",
    ]) {
      const tasks = await tasksOf(username);
      assert.equal(new Set(tasks.map((k) => k.key)).size, tasks.length, username);
      assert.ok(
        tasks.every((k) => k.link.startsWith("/") && !k.link.startsWith("//")),
        username,
      );
    }
  });
});
