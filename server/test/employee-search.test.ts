import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { employeeApi } from "@simkin/domain";
import { createTestApp, json, type TestApp } from "./test-app";

/** Issue 10: employees are searched by an indexed key with accents, case and written-in titles folded. */
describe("employee search by name key", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const search = async (q: string) => {
    const admin = await t.as(await t.given.admin());
    const res = await admin.get(`/api/employees?q=${encodeURIComponent(q)}&pageSize=100`);
    assert.equal(res.statusCode, 200, res.body);
    return employeeApi.list.response.parse(json(res)).items.map((e) => e.name);
  };

  it("finds a name typed without its accents, in any case, by a part of it", async () => {
    await t.given.employee({ name: "Nurdïn Sëtiawan" });
    await t.given.employee({ name: "H. Ahmad Fauzi" });
    await t.given.employee({ name: "Siti Aminah" });
    assert.deepEqual(await search("NURDIN"), ["Nurdïn Sëtiawan"]);
    assert.deepEqual(await search("setia"), ["Nurdïn Sëtiawan"]);
    assert.deepEqual(await search("ahmad fau"), ["H. Ahmad Fauzi"]);
    assert.deepEqual(await search("h ahmad"), [], "a title written into the name is not part of its key");
    assert.deepEqual(await search("%"), [], "punctuation alone matches nobody, not everybody");
  });

  it("keeps the key in step when the name is created and changed through the API", async () => {
    const admin = await t.as(await t.given.admin());
    const created = await admin.post("/api/employees", {
      nip: "198503122009012004",
      status: "pns",
      name: "Rosmala Déwi",
      frontTitle: null,
      backTitle: null,
      golongan: "III/c",
      email: null,
    });
    assert.equal(created.statusCode, 200, created.body);
    const { id } = json(created);
    assert.deepEqual(await search("dewi"), ["Rosmala Déwi"]);
    const changed = await admin.patch(`/api/employees/${id}`, {
      nip: "198503122009012004",
      status: "pns",
      name: "Rosmala Putri",
      frontTitle: null,
      backTitle: null,
      golongan: "III/c",
      email: null,
      version: 1,
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.deepEqual(await search("dewi"), []);
    assert.deepEqual(await search("putri"), ["Rosmala Putri"]);
  });
});
