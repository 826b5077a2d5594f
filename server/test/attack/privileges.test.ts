/**
 * Privilege matrix: every role (a pegawai with no assigned role, the pengelola kinerja, the auditor, the super admin)
 * against every route's access level, generated from the contracts, on the seeded demo office. The expected table
 * below is written out on its own (not read from domain's rolesForAccess), so a change to either one shows here.
 * Then account and role management across roles, and the auditor trying every write.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Access } from "@simkin/domain";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { type Client, json } from "../test-app";
import { type Endpoint, endpoints, fillPath, pathParams, sampleInput } from "./api-samples";
import type { PersonaName, SeededOffice } from "./seeded-office";
import { seededOffice, WRITE_HINT } from "./seeded-office";

type Role = "pegawai" | "pengelola_kinerja" | "auditor" | "super_admin";

/** Who passes each access level: the policy in docs/decisions/0004-contracts-and-access.md, cell by cell. */
const expected: Record<Exclude<Access, "public">, readonly Role[]> = {
  signed_in: ["pegawai", "pengelola_kinerja", "auditor", "super_admin"],
  admin: ["pengelola_kinerja", "super_admin"],
  admin_or_auditor: ["pengelola_kinerja", "auditor", "super_admin"],
  audit: ["auditor", "super_admin"],
  super_admin: ["super_admin"],
};

const playedBy: Record<Role, PersonaName> = {
  pegawai: "staf.yanum",
  pengelola_kinerja: "pengelola",
  auditor: "auditor",
  super_admin: "admin",
};

/** The access-level refusal, exactly: a service's own 403 carries its own message. */
const ACCESS_REFUSAL = { code: "forbidden", message: "Anda tidak memiliki akses untuk tindakan ini", details: {} };

/**
 * Writes that only touch the caller's own session or account, which the auditor may make. A new route of that
 * kind (a second factor, say) goes here, or the auditor test below fails on it.
 */
const ownAccountRoutes = new Set([
  "POST /api/auth/logout",
  "POST /api/auth/password",
  "POST /api/notifications/read-all",
  "POST /api/notifications/:id/read",
  "PUT /api/notifications/preferences",
  "POST /api/auth/second-factor/enrolment",
  "POST /api/auth/second-factor/enrolment/confirm",
  "POST /api/auth/second-factor/recovery-codes",
  "POST /api/auth/second-factor/disable",
]);

/**
 * The access level each role-guarded route was reviewed at. Changing one (to signed_in, say) fails the suite until
 * this list changes with it, in the same reviewed diff; a new guarded route may be added here.
 */
const reviewedAccess: Record<string, Exclude<Access, "public" | "signed_in">> = {
  "DELETE /api/holidays/:id": "admin",
  "DELETE /api/placements/:id": "admin",
  "GET /api/audit-events": "audit",
  "GET /api/employee-imports/template": "admin",
  "GET /api/employees": "admin_or_auditor",
  "GET /api/positions": "admin_or_auditor",
  "PATCH /api/employees/:id": "admin",
  "PATCH /api/holidays/:id": "admin",
  "PATCH /api/placements/:id": "admin",
  "PATCH /api/positions/:id": "admin",
  "PATCH /api/units/:id": "admin",
  "PATCH /api/years/:id": "admin",
  "POST /api/accounts/:id/password": "admin",
  "POST /api/employee-imports": "admin",
  "POST /api/employees": "admin",
  "POST /api/holidays": "admin",
  "POST /api/placements": "admin",
  "POST /api/placements/:id/end": "admin",
  "POST /api/positions": "admin",
  "POST /api/units": "admin",
  "POST /api/years": "admin",
  "PUT /api/accounts/:id/roles": "super_admin",
  "PUT /api/ak-master": "admin",
  "GET /api/angka-kredit": "admin_or_auditor",
  "PUT /api/employees/:id/ak-dasar": "admin",
  "POST /api/employees/:id/ranks": "admin",
  "DELETE /api/employee-ranks/:id": "admin",
  "PUT /api/evaluation-settings": "admin",
};

const guarded = endpoints().filter((e) => e.contract.access !== "public");
const unsafe = (e: Endpoint) => e.contract.method !== "GET";

describe("privilege matrix: every role against every access level", () => {
  let office: SeededOffice;
  before(async () => {
    office = await seededOffice();
  });
  after(() => office?.t.close());

  for (const role of Object.keys(playedBy) as Role[]) {
    // Object.keys of a Record<Role, …>
    it(`${role}: refused exactly where the access level excludes it, let through to validation elsewhere`, async () => {
      const problems: string[] = [];
      for (const e of guarded) {
        const access = e.contract.access as Exclude<Access, "public">; // public routes were filtered out above
        const allowed = expected[access].includes(role);
        // A probe with nothing to invalidate really runs (logging out, marking all read): on a session of its own.
        const runs = allowed && !hasInput(e);
        const client = runs ? await office.t.as({ userId: persona(role).userId }) : persona(role).client;
        const before = await office.writes();
        const res = await probe(client, e);
        if (!runs && (await office.writes()) !== before) {
          problems.push(`${e.key} (${access}) wrote for ${role} on an invalid or refused request${WRITE_HINT}`);
        }
        const refusedByAccess = res.statusCode === 403 && res.body === JSON.stringify(ACCESS_REFUSAL);
        if (!allowed && !refusedByAccess) {
          problems.push(`${e.key} (${access}) let ${role} through: ${res.statusCode} ${res.body}`);
        }
        if (allowed && (refusedByAccess || res.statusCode === 401 || res.statusCode >= 500)) {
          problems.push(`${e.key} (${access}) refused ${role}: ${res.statusCode} ${res.body}`);
        }
        if (allowed && hasInput(e) && res.statusCode !== 400) {
          problems.push(`${e.key} (${access}) did not validate the probe for ${role}: ${res.statusCode}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it("keeps every role-guarded route at the access level it was reviewed at", () => {
    const served = new Map(endpoints().map((e) => [e.key, e.contract.access]));
    const changed = Object.entries(reviewedAccess)
      .filter(([key, access]) => served.get(key) !== access)
      .map(([key, access]) => `${key}: reviewed ${access}, now ${served.get(key) ?? "gone"}`);
    assert.deepEqual(changed, [], "a guarded route changed its access level; update reviewedAccess only after review");
  });

  function persona(role: Role) {
    return office.personas[playedBy[role]];
  }

  const roleChanges: [PersonaName, PersonaName, Role[]][] = [
    ["pengelola", "pengelola", ["pengelola_kinerja", "super_admin"]],
    ["pengelola", "admin", []],
    ["pengelola", "auditor", ["super_admin"]],
    ["pengelola", "staf.yanum", ["pengelola_kinerja"]],
    ["auditor", "auditor", ["auditor", "super_admin"]],
    ["auditor", "staf.yanum", ["super_admin"]],
    ["staf.yanum", "staf.yanum", ["super_admin"]],
    ["kasi.yanum", "staf.yanum", ["pengelola_kinerja"]],
  ];
  for (const [actor, target, roles] of roleChanges) {
    it(`refuses ${actor} setting the roles of ${target} to [${roles.join(", ")}], changing nothing`, async () => {
      const account = await accountOf(target);
      const before = await office.writes();
      const res = await office.personas[actor].client.put(`/api/accounts/${account.id}/roles`, {
        roles,
        version: account.version,
      });
      assert.equal(res.statusCode, 403, res.body);
      assert.deepEqual(json(res), ACCESS_REFUSAL);
      assert.equal(await office.writes(), before);
      assert.deepEqual(await rolesOf(account.id), account.roles);
    });
  }

  it("lets the super admin set roles (the refusals above are not a broken route)", async () => {
    const account = await accountOf("prakom");
    const res = await office.personas.admin.client.put(`/api/accounts/${account.id}/roles`, {
      roles: ["auditor"],
      version: account.version,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(await rolesOf(account.id), ["auditor"]);
  });

  for (const target of ["admin", "auditor", "pengelola", "staf.yanum"] as const) {
    it(`refuses the auditor and a pegawai resetting the password of ${target}`, async () => {
      const account = await accountOf(target);
      const before = await office.writes();
      for (const actor of ["auditor", "staf.yanum", "kasi.yanum"] as const) {
        const res = await office.personas[actor].client.post(`/api/accounts/${account.id}/password`, {
          newPassword: "Sandi-Baru-2026!x",
        });
        assert.deepEqual([res.statusCode, json(res)], [403, ACCESS_REFUSAL], `${actor}: ${res.body}`);
      }
      assert.equal(await office.writes(), before);
    });
  }

  it("refuses the auditor every write, on real records of the office, changing nothing", async () => {
    const ids = await realIds();
    const problems: string[] = [];
    const before = await office.writes();
    // Routes with a record id are attacked by the auditor in the IDOR matrix.
    for (const e of guarded.filter(
      (x) => unsafe(x) && !ownAccountRoutes.has(x.key) && !pathParams(x.contract.path).length,
    )) {
      const { query, body } = sampleInput(e);
      const res = await office.personas.auditor.client.post(e.contract.path + query, withRealIds(body, ids) ?? {}, {
        method: e.contract.method,
      });
      if (![403, 404, 422].includes(res.statusCode)) {
        problems.push(`${e.key}: ${res.statusCode} ${res.body}`);
      }
    }
    assert.deepEqual(
      problems,
      [],
      "the auditor wrote; if a route only changes the caller's own account, add it to ownAccountRoutes",
    );
    assert.equal(await office.writes(), before);
  });

  async function accountOf(name: PersonaName) {
    const row = await office.t.db
      .selectFrom("user_account")
      .select(["id", "version"])
      .where("id", "=", office.personas[name].userId)
      .executeTakeFirstOrThrow();
    return { id: row.id, version: row.version, roles: await rolesOf(row.id) };
  }

  async function rolesOf(userId: string) {
    const rows = await office.t.db.selectFrom("user_role").select("role").where("user_id", "=", userId).execute();
    return rows.map((r) => r.role).sort();
  }

  /** Ids of the seeded office for the body fields that name a record, so the auditor aims at real ones. */
  async function realIds(): Promise<Record<string, string>> {
    const staff = office.personas["staf.yanum"];
    const unit = await office.t.db
      .selectFrom("org_unit")
      .select("id")
      .where("code", "=", "KEC")
      .executeTakeFirstOrThrow();
    const position = await office.t.db.selectFrom("position").select("id").executeTakeFirstOrThrow();
    const rhk = await office.t.db.selectFrom("skp_rhk").select("id").executeTakeFirstOrThrow();
    const iki = await office.t.db.selectFrom("skp_iki").select("id").executeTakeFirstOrThrow();
    return {
      employeeId: staff.employeeId ?? "",
      unitId: unit.id,
      parentId: unit.id,
      positionId: position.id,
      raterRhkId: rhk.id,
      raterIkiId: iki.id,
      rhkId: office.draftRhkId,
    };
  }
});

function withRealIds(body: unknown, ids: Record<string, string>): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return body;
  }
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, k in ids ? ids[k] : v]));
}

/** Whether the probe can be made invalid (a bad id, an unknown query key, a body that is not an object). */
function hasInput(e: Endpoint): boolean {
  return Boolean(e.contract.params || e.contract.query || e.contract.body);
}

/** A request that passes no validation: it reaches a handler only if the access check is broken. */
function probe(client: Client, e: Endpoint): Promise<LightMyRequestResponse> {
  const params = Object.fromEntries(pathParams(e.contract.path).map((p) => [p, "not-an-id"]));
  const query = e.contract.query ? "?__probe__=1" : "";
  const url = fillPath(e.contract.path, params) + query;
  const payload: InjectOptions["payload"] | undefined = e.contract.body ? [] : undefined;
  if (e.contract.method === "GET") {
    return client.get(url);
  }
  return client.post(url, payload, { method: e.contract.method });
}
