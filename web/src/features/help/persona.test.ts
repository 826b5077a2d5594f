import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Me, Role } from "@simkin/domain";
import { canOpen, guideScreens, personasOf, primaryPersona } from "./persona";

type Who = { roles?: Role[]; employee?: boolean; isRater?: boolean; isAtasanRater?: boolean; isPimpinan?: boolean };

/** A signed-in person as /api/auth/me describes them. */
function me({ roles = ["pegawai"], employee = true, isRater = false, isAtasanRater = false, isPimpinan = false }: Who) {
  const person: Me = {
    user: { id: "u1", username: "x", roles, mustChangePassword: false, secondFactorEnrolmentRequired: false },
    employee: employee ? { id: "e1", nip: "198503152010012001", displayName: "Siti", name: "Siti" } : null,
    capabilities: { isRater, isAtasanRater, isPimpinan },
    csrfToken: "t",
  };
  return person;
}

const staff = me({});
const kasi = me({ isRater: true });
const camat = me({ isRater: true, isAtasanRater: true, isPimpinan: true });
const pengelola = me({ roles: ["pegawai", "pengelola_kinerja"] });
const raterPengelola = me({ roles: ["pegawai", "pengelola_kinerja"], isRater: true });
const superAdmin = me({ roles: ["super_admin"], employee: false });
const auditor = me({ roles: ["auditor"], employee: false });
const nobody = me({ roles: [], employee: false });

describe("Panduan personas", () => {
  it("opens on the most specific persona a person holds", () => {
    const cases: [Me, string][] = [
      [staff, "pegawai"],
      [kasi, "atasan"],
      [camat, "pimpinan"],
      [pengelola, "pengelola"],
      [raterPengelola, "atasan"],
      [superAdmin, "admin"],
      [auditor, "admin"],
      [nobody, "pegawai"],
    ];
    for (const [who, expected] of cases) {
      assert.equal(primaryPersona(who), expected, JSON.stringify(who.user.roles));
    }
  });

  it("lists every persona a person holds, so their tabs are marked", () => {
    assert.deepEqual(personasOf(camat), ["pimpinan", "atasan", "pegawai"]);
    assert.deepEqual(personasOf(raterPengelola), ["atasan", "pengelola", "pegawai"]);
    assert.deepEqual(personasOf(staff), ["pegawai"]);
    assert.deepEqual(personasOf(superAdmin), ["admin"]);
    assert.deepEqual(personasOf(nobody), []);
  });

  it("an atasan of a rater counts as a rater", () => {
    assert.deepEqual(personasOf(me({ isAtasanRater: true })), ["atasan", "pegawai"]);
  });
});

describe("Panduan links: only to screens the navigation shows the person", () => {
  it("gives a pegawai their own screens and refuses the team's and the admin's", () => {
    for (const link of ["/", "/profile", "/skp", "/reports", "/team/dialogues?tab=bimbingan", "/notifications"]) {
      assert.equal(canOpen(staff, link), true, link);
    }
    for (const link of ["/team/skp", "/team/mph", "/team/reports", "/team/compliance", "/admin/pk", "/audit"]) {
      assert.equal(canOpen(staff, link), false, link);
    }
    for (const link of ["/admin/years", "/admin/import", "/admin/skp-review", "/admin/employees"]) {
      assert.equal(canOpen(staff, link), false, link);
    }
  });

  it("opens the team screens and the PK to a rater, not the admin screens", () => {
    for (const link of [
      "/team/skp",
      "/team/mph",
      "/team/reports",
      "/team/dialogues",
      "/team/compliance",
      "/admin/pk",
    ]) {
      assert.equal(canOpen(kasi, link), true, link);
    }
    assert.equal(canOpen(kasi, "/admin/skp-review"), false);
    assert.equal(canOpen(kasi, "/admin/years"), false);
  });

  it("opens compliance and the PK to the head of office", () => {
    assert.equal(canOpen(me({ isPimpinan: true }), "/team/compliance"), true);
    assert.equal(canOpen(me({ isPimpinan: true }), "/admin/pk"), true);
  });

  it("opens master data to the pengelola kinerja, and the import and SKP review too", () => {
    for (const link of ["/admin/years", "/admin/units", "/admin/employees", "/admin/import", "/admin/skp-review"]) {
      assert.equal(canOpen(pengelola, link), true, link);
    }
    assert.equal(canOpen(pengelola, "/audit"), false);
  });

  it("lets the auditor read master data and the audit trail, never import or review", () => {
    for (const link of ["/admin/years", "/admin/employees", "/audit", "/team/compliance"]) {
      assert.equal(canOpen(auditor, link), true, link);
    }
    for (const link of ["/admin/import", "/admin/skp-review", "/skp", "/reports", "/profile"]) {
      assert.equal(canOpen(auditor, link), false, link);
    }
  });

  it("lets the super admin in everywhere but the employee's own screens", () => {
    for (const link of guideScreens) {
      const own = [
        ...["/profile", "/skp", "/reports", "/evaluations"],
        ...["/team/dialogues", "/team/skp", "/team/mph", "/team/reports", "/team/evaluations"],
      ];
      assert.equal(canOpen(superAdmin, link), !own.includes(link), link);
    }
  });

  it("refuses an address it does not know", () => {
    assert.equal(canOpen(superAdmin, "/admin/secret"), false);
    assert.equal(canOpen(superAdmin, "/skp/123"), false);
  });
});
