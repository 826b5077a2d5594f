import { it } from "node:test";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { createTestApp, json } from "./test-app";

it("prints the tasks of each persona", async () => {
  const t = await createTestApp({ mode: "demo", now: "2026-12-07T03:00:00.000Z" });
  await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
  for (const u of ["camat", "sekcam", "kasi.yanum", "lurah.talangputri", "staf.yanum", "staf.talangputri", "prakom", "pengelola", "admin", "auditor"]) {
    const acc = await t.db.selectFrom("user_account").select("id").where("username", "=", u).executeTakeFirstOrThrow();
    const c = await t.as({ userId: acc.id });
    const started = Date.now();
    const res = await c.get("/api/tasks");
    const body = json(res);
    console.log(u, res.statusCode, Date.now() - started, "ms", JSON.stringify(body.counts));
    for (const i of body.items ?? [body]) console.log("   ", i.kind, i.deadline, i.since, i.person, i.month, i.count, i.note?.slice(0, 40), i.block ? JSON.stringify(i.block) : "");
  }
  await t.close();
});
