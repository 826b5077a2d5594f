import {
  type Account,
  type AccountAction,
  type AccountState,
  accountActionsFor,
  accountStateOf,
  type DeactivationReason,
  mayManageAccount,
  type Role,
  RuleViolation,
} from "@simkin/domain";
import type { Db } from "../../db";
import { AppError, NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import { nudgeOutbox } from "../notification/scheduler";
import { sendLink, tellOwner } from "./account-mail";
import * as accounts from "./auth.repo";
import { hashPassword } from "./password";
import { assertStrongPassword } from "./password-rules";
import { dropOpenLinks } from "./token.repo";

/**
 * An administrator sets a temporary password (also the way to open a not-yet-activated account without e-mail):
 * the owner is told at once and must choose their own at the next sign-in. The role order decides who may.
 */
export async function resetPassword(ctx: RequestContext, id: string, newPassword: string): Promise<Account> {
  await accountFor(ctx, ctx.db, id, "reset_password");
  const owner = await accounts.ownerOf(ctx.db, id);
  assertStrongPassword(ctx.config.passwordPolicy, newPassword, owner, "newPassword");
  const passwordHash = await hashPassword(newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    const account = await accountFor(ctx, trx, id, "reset_password");
    const at = ctx.now.toISOString();
    if (!(await accounts.updatePassword(trx, id, { passwordHash, resetAt: at, at, version: account.version }))) {
      throw new StaleVersionError("akun");
    }
    await accounts.deleteOtherSessions(trx, id, null);
    await dropOpenLinks(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "account.password_reset",
      subjectType: "user_account",
      subjectId: id,
      ip: ctx.ip,
    });
    await tellOwner(
      trx,
      ctx.config,
      ctx.now,
      { userId: id, email: owner.email },
      {
        kind: "account_password_reset",
        by: ctx.actor.username,
      },
    );
    return reread(ctx, trx, id);
  });
}

/** Ends the account's use (retirement, transfer out, death...): sign-in refused, sessions and links ended, records kept. */
export async function deactivate(
  ctx: RequestContext,
  id: string,
  input: { reason: DeactivationReason; note: string; version: number },
): Promise<Account> {
  return ctx.db.transaction().execute(async (trx) => {
    await accountFor(ctx, trx, id, "deactivate");
    const at = ctx.now.toISOString();
    const deactivation = { reason: input.reason, note: input.note };
    if (!(await accounts.setDeactivation(trx, id, { deactivation, at, version: input.version }))) {
      throw new StaleVersionError("akun");
    }
    await accounts.deleteOtherSessions(trx, id, null);
    await dropOpenLinks(trx, id);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "account.deactivated",
      subjectType: "user_account",
      subjectId: id,
      after: deactivation,
      ip: ctx.ip,
    });
    // Nobody reads a notice addressed to someone who has died.
    if (input.reason !== "meninggal") {
      const { email } = await accounts.ownerOf(trx, id);
      await tellOwner(trx, ctx.config, ctx.now, { userId: id, email }, { kind: "account_deactivated", ...input });
    }
    return reread(ctx, trx, id);
  });
}

export async function reactivate(ctx: RequestContext, id: string, input: { version: number }): Promise<Account> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await accountFor(ctx, trx, id, "reactivate");
    const at = ctx.now.toISOString();
    if (!(await accounts.setDeactivation(trx, id, { deactivation: null, at, version: input.version }))) {
      throw new StaleVersionError("akun");
    }
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "account.reactivated",
      subjectType: "user_account",
      subjectId: id,
      before: { reason: before.deactivationReason, note: before.deactivationNote, at: before.deactivatedAt },
      ip: ctx.ip,
    });
    const { email } = await accounts.ownerOf(trx, id);
    await tellOwner(trx, ctx.config, ctx.now, { userId: id, email }, { kind: "account_reactivated" });
    return reread(ctx, trx, id);
  });
}

/** E-mails the owner of a not-yet-activated account a link to choose their own password (supersedes older links). */
export async function sendActivationLink(ctx: RequestContext, id: string): Promise<Account> {
  const account = await ctx.db.transaction().execute(async (trx) => {
    const row = await accountFor(ctx, trx, id, "send_activation_link");
    if (!ctx.config.smtp) {
      throw new RuleViolation("email_not_configured", "Pengiriman e-mail belum dikonfigurasi di server ini");
    }
    const { email } = await accounts.ownerOf(trx, id);
    if (!email) {
      throw new RuleViolation(
        "account_has_no_email",
        "Pegawai ini belum memiliki alamat e-mail. Isi e-mail pada data pegawai.",
      );
    }
    await dropOpenLinks(trx, id);
    await sendLink(trx, ctx.config, ctx.now, { userId: id, email, username: row.username }, "activation");
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "account.activation_link_sent",
      subjectType: "user_account",
      subjectId: id,
      ip: ctx.ip,
    });
    return reread(ctx, trx, id);
  });
  nudgeOutbox();
  return account;
}

export async function setRoles(ctx: RequestContext, id: string, input: { roles: Role[]; version: number }) {
  return ctx.db.transaction().execute(async (trx) => {
    await mustFind(trx, id);
    if (id === ctx.actor.userId && !input.roles.includes("super_admin")) {
      throw new RuleViolation(
        "own_admin_role",
        "Anda tidak dapat mencabut peran super admin milik sendiri",
        {},
        "roles",
      );
    }
    const before = await accounts.rolesOf(trx, id);
    if (!(await accounts.bumpVersion(trx, id, input.version, ctx.now.toISOString()))) {
      throw new StaleVersionError("akun");
    }
    await accounts.replaceRoles(trx, id, input.roles);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "account.roles_changed",
      subjectType: "user_account",
      subjectId: id,
      before: { roles: before },
      after: { roles: await accounts.rolesOf(trx, id) },
      ip: ctx.ip,
    });
    return reread(ctx, trx, id);
  });
}

/**
 * Loads the account for an action: 404 when there is none, 403 `account_rank_forbidden` when the role order forbids
 * it (the account is visible to administrators on the employee screens, so 403 tells nothing new), 422 when its
 * state does not allow the action.
 */
async function accountFor(ctx: RequestContext, db: Db, id: string, action: AccountAction) {
  const account = await mustFind(db, id);
  const roles = await accounts.rolesOf(db, id);
  if (!mayManageAccount(ctx.actor.roles, roles)) {
    throw new AppError(
      403,
      "account_rank_forbidden",
      "Akun ini memegang peran yang hanya dapat dikelola oleh super admin",
    );
  }
  const state = accountStateOf({ hasPassword: account.passwordHash !== null, deactivatedAt: account.deactivatedAt });
  if (!accountActionsFor(ctx.actor, { id, roles, state }).includes(action)) {
    throw stateViolation(action, state, id === ctx.actor.userId);
  }
  return account;
}

function stateViolation(action: AccountAction, state: AccountState, own: boolean): RuleViolation {
  if (own && (action === "deactivate" || action === "reactivate")) {
    return new RuleViolation("own_account", "Anda tidak dapat menonaktifkan atau mengaktifkan akun sendiri");
  }
  if (state === "nonaktif") {
    return action === "deactivate"
      ? new RuleViolation("account_already_inactive", "Akun ini sudah nonaktif")
      : new RuleViolation("account_inactive", "Akun ini nonaktif. Aktifkan kembali terlebih dahulu.");
  }
  if (action === "reactivate") {
    return new RuleViolation("account_already_active", "Akun ini tidak sedang nonaktif");
  }
  return new RuleViolation("account_already_activated", "Pemilik akun ini sudah membuat kata sandinya sendiri");
}

async function reread(ctx: RequestContext, db: Db, id: string): Promise<Account> {
  return accounts.toAccount(db, await mustFind(db, id), ctx.actor);
}

async function mustFind(db: Db, id: string) {
  const account = await accounts.findById(db, id);
  if (!account) {
    throw new NotFoundError("akun");
  }
  return account;
}
