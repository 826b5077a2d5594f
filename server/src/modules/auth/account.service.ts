import type { Account, Role } from "@simkin/domain";
import { RuleViolation } from "@simkin/domain";
import type { Db } from "../../db";
import { NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as accounts from "./auth.repo";
import { hashPassword } from "./password";

/** An administrator sets a temporary password; the user must choose their own at next sign-in. */
export async function resetPassword(ctx: RequestContext, id: string, newPassword: string): Promise<Account> {
  const passwordHash = await hashPassword(newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    const account = await mustFind(trx, id);
    const at = ctx.now.toISOString();
    if (!(await accounts.updatePassword(trx, id, { passwordHash, resetAt: at, at, version: account.version }))) {
      throw new StaleVersionError("akun");
    }
    await accounts.deleteOtherSessions(trx, id, null);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "account.password_reset",
      subjectType: "user_account",
      subjectId: id,
    });
    return accounts.toAccount(trx, await mustFind(trx, id));
  });
}

export async function setRoles(ctx: RequestContext, id: string, input: { roles: Role[]; version: number }) {
  return ctx.db.transaction().execute(async (trx) => {
    const account = await mustFind(trx, id);
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
    });
    return accounts.toAccount(trx, { ...account, version: account.version + 1 });
  });
}

async function mustFind(db: Db, id: string) {
  const account = await accounts.findById(db, id);
  if (!account) {
    throw new NotFoundError("akun");
  }
  return account;
}
