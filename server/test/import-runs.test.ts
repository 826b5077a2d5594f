import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import { employeeImportApi, IMPORT_RUN_ERRORS_KEPT } from "@simkin/domain";
import { assertError, assertInvalid, auditEventsOf } from "./assertions";
import { pns, workbook } from "./given-workbook";
import { fileUpload } from "./multipart";
import { type Client, createTestApp, json, type TestApp } from "./test-app";

const upload = (client: Client, file: Buffer | string, filename?: string) => {
  const body = fileUpload(file, filename);
  return client.post("/api/employee-imports", body.payload, { headers: body.headers });
};

async function runsOf(client: Client, query = "") {
  const res = await client.get(`/api/employee-imports/runs${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return employeeImportApi.runs.response.parse(json(res));
}

async function importTasks(client: Client): Promise<{ key: string; link: string; note: string | null }[]> {
  const res = await client.get("/api/tasks");
  assert.equal(res.statusCode, 200, res.body);
  return json(res).items.filter((t: { kind: string }) => t.kind === "import_failed");
}

/**
 * Issue 11: every import upload is kept (who, when, file, rows total/ok/failed, the first errors by row, status); a
 * failed one is a task "Impor dengan galat" of whoever ran it until they dismiss it or a later import of theirs
 * succeeds (decision 0052).
 */
describe("import runs and the 'Impor dengan galat' task", () => {
  let t: TestApp;
  let runner: { userId: string };
  let colleague: { userId: string };
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-09T03:00:00.000Z" });
    runner = await t.given.admin();
    colleague = await t.given.user({ roles: ["super_admin"] });
  });
  afterEach(() => t.close());

  it("keeps a refused upload with its counts and row errors, and makes it the runner's task only", async () => {
    const client = await t.as(runner);
    const file = await workbook([pns(), pns({ nip: "123" }), pns({ status: "Honorer" })]);
    assertError(await upload(client, file, "pegawai-maret.xlsx"), 422, "import_invalid");
    const { items, total } = await runsOf(client);
    assert.equal(total, 1);
    const [run] = items;
    assert.equal(run?.status, "invalid");
    assert.equal(run?.errorCode, "import_invalid");
    assert.equal(run?.fileName, "pegawai-maret.xlsx");
    assert.deepEqual([run?.rowsTotal, run?.rowsOk, run?.rowsFailed], [3, 1, 2]);
    assert.deepEqual(
      run?.errors.map((e) => e.row),
      [3, 4],
    );
    assert.equal(run?.mine, true);
    assert.equal(run?.createdAt, "2026-03-09T03:00:00.000Z");
    const [task] = await importTasks(client);
    assert.equal(task?.link, "/admin/import");
    assert.equal(task?.note, "pegawai-maret.xlsx");
    assert.equal(json(await client.get("/api/tasks")).counts["/admin/import"], 1);
    assert.deepEqual(await importTasks(await t.as(colleague)), [], "a colleague sees the run, not the task");
    assert.equal((await runsOf(await t.as(colleague))).items[0]?.mine, false);
    const events = await auditEventsOf(t.db, run?.id ?? "");
    assert.deepEqual(
      events.map((e) => e.action),
      ["import.run_recorded"],
    );
  });

  it("keeps an unreadable file as a run without rows, and at most the first errors of a long file", async () => {
    const client = await t.as(runner);
    assertError(await upload(client, "bukan excel", "catatan.xlsx"), 422, "import_unreadable");
    const rows = Array.from({ length: IMPORT_RUN_ERRORS_KEPT + 10 }, () => pns({ status: "Honorer" }));
    assertError(await upload(client, await workbook(rows)), 422, "import_invalid");
    const [long, unreadable] = (await runsOf(client)).items;
    assert.deepEqual(
      [unreadable?.status, unreadable?.errorCode, unreadable?.rowsTotal],
      ["unreadable", "import_unreadable", 0],
    );
    assert.equal(long?.rowsFailed, IMPORT_RUN_ERRORS_KEPT + 10);
    assert.equal(long?.errors.length, IMPORT_RUN_ERRORS_KEPT);
    assert.equal(long?.errors[0]?.row, 2);
    assert.equal((await importTasks(client)).length, 2);
  });

  it("lets only the runner dismiss a failed run, once, at its version; then the task is gone", async () => {
    const client = await t.as(runner);
    assertError(await upload(client, await workbook([pns({ status: "Honorer" })])), 422, "import_invalid");
    const [run] = (await runsOf(client)).items;
    const url = `/api/employee-imports/runs/${run?.id}/dismiss`;
    assertError(await (await t.as(colleague)).post(url, { version: run?.version }), 403, "forbidden");
    assertError(await client.post(url, { version: (run?.version ?? 0) + 1 }), 409, "stale_version");
    const res = await client.post(url, { version: run?.version });
    assert.equal(res.statusCode, 200, res.body);
    const dismissed = employeeImportApi.dismissRun.response.parse(json(res));
    assert.equal(dismissed.dismissedAt, "2026-03-09T03:00:00.000Z");
    assert.deepEqual(await importTasks(client), []);
    assertError(await client.post(url, { version: dismissed.version }), 409, "import_run_closed");
    assertError(
      await client.post(`/api/employee-imports/runs/${randomUUID()}/dismiss`, { version: 1 }),
      404,
      "not_found",
    );
    const actions = (await auditEventsOf(t.db, run?.id ?? "")).map((e) => e.action);
    assert.deepEqual(actions, ["import.run_recorded", "import.run_dismissed"]);
  });

  it("settles the runner's earlier failures when a later import succeeds, not a colleague's", async () => {
    assertError(await upload(await t.as(runner), await workbook([pns({ status: "Honorer" })])), 422, "import_invalid");
    assertError(
      await upload(await t.as(colleague), await workbook([pns({ status: "Honorer" })])),
      422,
      "import_invalid",
    );
    t.clock.now = new Date("2026-03-10T03:00:00.000Z");
    const client = await t.as(runner);
    const other = await t.as(colleague);
    const ok = await upload(client, await workbook([pns(), pns()]), "pegawai-benar.xlsx");
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(await importTasks(client), []);
    assert.equal((await importTasks(other)).length, 1, "the colleague's own failure stays his");
    const [latest] = (await runsOf(client)).items;
    assert.deepEqual([latest?.status, latest?.rowsOk, latest?.rowsFailed], ["imported", 2, 0]);
    assertError(
      await client.post(`/api/employee-imports/runs/${latest?.id}/dismiss`, { version: latest?.version }),
      409,
      "import_run_closed",
    );
    const page = await runsOf(client, "?pageSize=2&page=2");
    assert.equal(page.total, 3);
    assert.equal(page.items.length, 1);
  });

  it("is for the pengelola and the admin: 401 without a session, 403 for a pegawai, 400 for a bad page or body", async () => {
    const pegawai = await t.as(await t.given.user({}));
    assertError(await t.anonymous().get("/api/employee-imports/runs"), 401, "unauthenticated");
    assertError(await pegawai.get("/api/employee-imports/runs"), 403, "forbidden");
    const url = `/api/employee-imports/runs/${randomUUID()}/dismiss`;
    assertError(await pegawai.post(url, { version: 1 }), 403, "forbidden");
    assertError(await t.anonymous().post(url, { version: 1 }), 401, "unauthenticated");
    const client = await t.as(runner);
    assertInvalid(await client.get("/api/employee-imports/runs?page=0&pageSize=51"), { page: /.+/, pageSize: /.+/ });
    assertInvalid(await client.post(url, {}), { version: /.+/ });
    assertInvalid(await client.post("/api/employee-imports/runs/abc/dismiss", { version: 1 }), { id: /.+/ });
  });
});
