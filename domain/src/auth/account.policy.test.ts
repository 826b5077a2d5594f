import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  type AccountAction,
  type AccountState,
  accountActions,
  accountActionsFor,
  accountStateOf,
  mayManageAccount,
} from "./account.policy";
import type { Role } from "./roles";

/** The kinds of account, by the roles they hold (actors always hold pegawai when they have an employee record). */
type Kind = "pegawai" | "pengelola_kinerja" | "auditor" | "super_admin" | "pengelola_and_auditor";
const rolesOf: Record<Kind, readonly Role[]> = {
  pegawai: ["pegawai"],
  pengelola_kinerja: ["pegawai", "pengelola_kinerja"],
  auditor: ["pegawai", "auditor"],
  super_admin: ["super_admin"],
  pengelola_and_auditor: ["pegawai", "pengelola_kinerja", "auditor"],
};

/** Actor (row) may manage target (column): the role order of issue 8, finding 1. */
const manages: Record<Kind, Record<Kind, boolean>> = {
  pegawai: {
    pegawai: false,
    pengelola_kinerja: false,
    auditor: false,
    super_admin: false,
    pengelola_and_auditor: false,
  },
  pengelola_kinerja: {
    pegawai: true,
    pengelola_kinerja: false,
    auditor: false,
    super_admin: false,
    pengelola_and_auditor: false,
  },
  auditor: {
    pegawai: false,
    pengelola_kinerja: false,
    auditor: false,
    super_admin: false,
    pengelola_and_auditor: false,
  },
  super_admin: {
    pegawai: true,
    pengelola_kinerja: true,
    auditor: true,
    super_admin: true,
    pengelola_and_auditor: true,
  },
  pengelola_and_auditor: {
    pegawai: true,
    pengelola_kinerja: false,
    auditor: false,
    super_admin: false,
    pengelola_and_auditor: false,
  },
};

const kinds = Object.keys(rolesOf) as Kind[];

describe("mayManageAccount, for every pair of account kinds", () => {
  for (const actor of kinds) {
    for (const target of kinds) {
      const expected = manages[actor][target];
      it(`${expected ? "lets" : "does not let"} a ${actor} manage a ${target} account`, () => {
        assert.equal(mayManageAccount(rolesOf[actor], rolesOf[target]), expected);
      });
    }
  }

  it("treats an account without any role (no employee record either) as a plain pegawai account", () => {
    assert.equal(mayManageAccount(rolesOf.pengelola_kinerja, []), true);
    assert.equal(mayManageAccount(rolesOf.auditor, []), false);
  });
});

const byState: Record<AccountState, readonly AccountAction[]> = {
  aktif: ["reset_password", "deactivate"],
  belum_diaktifkan: ["reset_password", "send_activation_link", "deactivate"],
  nonaktif: ["reactivate"],
};

describe("accountActionsFor, for every state and action", () => {
  const admin = { userId: "admin", roles: rolesOf.super_admin };
  for (const state of Object.keys(byState) as AccountState[]) {
    for (const action of accountActions) {
      const allowed = byState[state].includes(action);
      it(`${allowed ? "offers" : "does not offer"} ${action} on an account that is ${state}`, () => {
        const target = { id: "other", roles: rolesOf.pegawai, state };
        assert.equal(accountActionsFor(admin, target).includes(action), allowed);
      });
    }
  }

  it("offers nothing when the role order forbids it, whatever the state", () => {
    const pengelola = { userId: "p", roles: rolesOf.pengelola_kinerja };
    for (const state of Object.keys(byState) as AccountState[]) {
      assert.deepEqual(accountActionsFor(pengelola, { id: "sa", roles: ["super_admin"], state }), []);
    }
  });

  it("never lets anyone deactivate or reactivate their own account, but a super admin may reset it", () => {
    const own = { id: "admin", roles: rolesOf.super_admin, state: "aktif" as const };
    assert.deepEqual(accountActionsFor(admin, own), ["reset_password"]);
    assert.deepEqual(accountActionsFor(admin, { ...own, state: "nonaktif" }), []);
  });
});

describe("accountStateOf", () => {
  const cases: [boolean, string | null, AccountState][] = [
    [false, null, "belum_diaktifkan"],
    [true, null, "aktif"],
    [true, "2026-03-01T00:00:00.000Z", "nonaktif"],
    [false, "2026-03-01T00:00:00.000Z", "nonaktif"],
  ];
  for (const [hasPassword, deactivatedAt, state] of cases) {
    it(`is ${state} with${hasPassword ? "" : "out"} a password and ${deactivatedAt ? "a" : "no"} deactivation`, () => {
      assert.equal(accountStateOf({ hasPassword, deactivatedAt }), state);
    });
  }
});
