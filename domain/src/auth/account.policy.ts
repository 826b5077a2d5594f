import { z } from "zod";
import type { Role } from "./roles";

/**
 * The life of a sign-in account: `belum_diaktifkan` until its owner (or an administrator, temporarily) sets a
 * password, `aktif` while it may sign in, `nonaktif` once deactivated (retirement, transfer out, death...).
 */
export const accountStateSchema = z.enum(["aktif", "belum_diaktifkan", "nonaktif"]);
export type AccountState = z.infer<typeof accountStateSchema>;

export const deactivationReasonSchema = z.enum(["pensiun", "pindah", "meninggal", "diberhentikan", "lainnya"], {
  message: "Pilih alasan penonaktifan",
});
export type DeactivationReason = z.infer<typeof deactivationReasonSchema>;

/** What an administrator may do to someone else's account. */
export const accountActions = ["reset_password", "send_activation_link", "deactivate", "reactivate"] as const;
export type AccountAction = (typeof accountActions)[number];

export function accountStateOf(account: { hasPassword: boolean; deactivatedAt: string | null }): AccountState {
  if (account.deactivatedAt !== null) {
    return "nonaktif";
  }
  return account.hasPassword ? "aktif" : "belum_diaktifkan";
}

/**
 * Role order for managing accounts (issue 8, finding 1): pegawai < pengelola kinerja < super admin, the auditor apart.
 * A super admin manages every account; a pengelola kinerja only accounts holding the pegawai role alone (no assigned
 * role), so resetting a password can never lend them a higher or another account's roles; an auditor or a plain
 * pegawai manages none.
 */
export function mayManageAccount(actorRoles: readonly Role[], targetRoles: readonly Role[]): boolean {
  if (actorRoles.includes("super_admin")) {
    return true;
  }
  if (actorRoles.includes("pengelola_kinerja")) {
    return targetRoles.every((role) => role === "pegawai");
  }
  return false;
}

/** Which actions each state allows, for an actor whom the role order already allows. */
const actionsByState: Record<AccountState, readonly AccountAction[]> = {
  aktif: ["reset_password", "deactivate"],
  belum_diaktifkan: ["reset_password", "send_activation_link", "deactivate"],
  nonaktif: ["reactivate"],
};

export type AccountActor = { userId: string; roles: readonly Role[] };
export type AccountTarget = { id: string; roles: readonly Role[]; state: AccountState };

/** The actions the web offers and the server accepts; nobody deactivates or reactivates their own account. */
export function accountActionsFor(actor: AccountActor, target: AccountTarget): AccountAction[] {
  if (!mayManageAccount(actor.roles, target.roles)) {
    return [];
  }
  const own = actor.userId === target.id;
  return actionsByState[target.state].filter(
    (action) => !(own && (action === "deactivate" || action === "reactivate")),
  );
}
