import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { type CapaianWorld, capaianWorld } from "./given-capaian";
import { createTestApp, json, type TestApp } from "./test-app";

describe("home tasks: capaian kinerja organisasi not yet set", () => {
  let t: TestApp;
  let w: CapaianWorld;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-04-10T03:00:00.000Z" });
    w = await capaianWorld(t);
  });
  afterEach(() => t.close());

  const capaianTasks = async (user: { userId: string }) => {
    const res = await (await t.as(user)).get("/api/tasks");
    assert.equal(res.statusCode, 200, res.body);
    const body = json(res);
    const tasks: { kind: string; person: string; note: string; link: string }[] = body.items;
    return tasks.filter((task) => task.kind === "capaian_missing");
  };

  it("asks the Camat for each kelurahan's capaian of the last finished period, until he sets it", async () => {
    const before = await capaianTasks(w.camat);
    assert.deepEqual(
      before.map((task) => [task.person, task.note, task.link]),
      [["Kelurahan Uji", "Triwulan I 2026", "/evaluation/capaian?year=2026&periodCode=TW1"]],
    );
    const set = await (await t.as(w.camat)).put("/api/capaian", {
      unitId: w.kelurahan.id,
      year: 2026,
      periodCode: "TW1",
      capaian: "baik",
      reason: "Tercapai",
      version: null,
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(await capaianTasks(w.camat), []);
  });

  it("gives the Lurah and staff no such task", async () => {
    assert.deepEqual(await capaianTasks(w.lurah), []);
    assert.deepEqual(await capaianTasks(w.staff[0] ?? w.lurah), []);
  });

  it("asks the pengelola of the kecamatan to record its capaian when the Sekda is outside SIMKIN", async () => {
    const pos = await t.given.position({ unitId: w.seksi.id, name: "Pengelola Kinerja Kecamatan" });
    const person = await t.given.placedEmployee({ positionId: pos.id });
    await t.db.insertInto("user_role").values({ user_id: person.userId, role: "pengelola_kinerja" }).execute();
    const tasks = await capaianTasks(person);
    assert.deepEqual(
      tasks.map((task) => task.person),
      ["Kecamatan Uji"],
    );
  });
});
