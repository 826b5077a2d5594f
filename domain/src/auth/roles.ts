import { z } from "zod";
import type { Access } from "../http/contract";

/**
 * Assigned roles. Pegawai is everyone with an employee record; rater, atasan of the rater and pimpinan are never
 * assigned: they are resolved from the org chart (REGULATIONS.md §3.6).
 */
export const roleSchema = z.enum(["pegawai", "pengelola_kinerja", "auditor", "super_admin"], {
  message: "Peran tidak dikenal",
});
export type Role = z.infer<typeof roleSchema>;
export const assignableRoles = ["pengelola_kinerja", "auditor", "super_admin"] as const satisfies readonly Role[];

/** Which assigned roles open each access level of a contract. */
export const rolesForAccess: Record<Exclude<Access, "public" | "signed_in">, readonly Role[]> = {
  admin: ["pengelola_kinerja", "super_admin"],
  admin_or_auditor: ["pengelola_kinerja", "super_admin", "auditor"],
  audit: ["auditor", "super_admin"],
  super_admin: ["super_admin"],
};

export function hasAccess(roles: readonly Role[] | null, access: Access): boolean {
  if (access === "public") {
    return true;
  }
  if (roles === null) {
    return false;
  }
  return access === "signed_in" || rolesForAccess[access].some((role) => roles.includes(role));
}

/**
 * Overseers of performance: the pengelola kinerja and the auditor see every employee's records, evidence and coaching
 * notes, but hold no rater's power (REGULATIONS.md §3.6).
 */
export const overseerRoles = ["pengelola_kinerja", "auditor"] as const satisfies readonly Role[];

export function isOverseer(roles: readonly Role[]): boolean {
  return roles.some((role) => (overseerRoles as readonly Role[]).includes(role));
}

/** Overseers and the super admin read every SKP, report and compliance view (not personal evidence nor coaching). */
export function readsAllRecords(roles: readonly Role[]): boolean {
  return hasAccess(roles, "admin_or_auditor");
}
