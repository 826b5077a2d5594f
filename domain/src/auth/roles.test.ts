import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isOverseer, type Role, readsAllRecords } from "./roles";

describe("isOverseer and readsAllRecords, role by role", () => {
  const cases: [Role[], boolean, boolean][] = [
    [[], false, false],
    [["pegawai"], false, false],
    [["pengelola_kinerja"], true, true],
    [["auditor"], true, true],
    [["super_admin"], false, true],
    [["pegawai", "pengelola_kinerja"], true, true],
    [["pegawai", "super_admin"], false, true],
  ];
  for (const [roles, overseer, readsAll] of cases) {
    it(`${roles.join("+") || "none"}: overseer ${overseer}, reads all ${readsAll}`, () => {
      assert.equal(isOverseer(roles), overseer);
      assert.equal(readsAllRecords(roles), readsAll);
    });
  }
});
