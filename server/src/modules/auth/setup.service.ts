import type { DemoAccount, Me } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import { newId } from "../../db/ids";
import { AppError } from "../../errors";
import type { PublicContext } from "../../http/context";
import { demoAccounts } from "../seed/demo-accounts";
import { isDemoDatabase } from "../seed/demo-marker";
import * as accounts from "./auth.repo";
import { startSession } from "./auth.service";
import { hashPassword } from "./password";

/** A production start with no accounts asks for the first administrator; a demo start lists its accounts. */
export async function status(ctx: PublicContext) {
  const needsSetup = (await accounts.countAccounts(ctx.db)) === 0;
  // Only a demo start on the demo office it seeded lists the accounts and their password; never production.
  const listed = ctx.config.mode === "demo" && (await isDemoDatabase(ctx.db));
  const demo = listed ? await demoAccounts(ctx.db, ctx.config.demoPassword) : [];
  return { mode: ctx.config.mode, needsSetup, demoAccounts: demo satisfies DemoAccount[] };
}

/** Creates the first super admin. Refused as soon as any account exists, so it cannot be replayed. */
export async function setup(
  ctx: PublicContext,
  input: { username: string; password: string },
  reply: FastifyReply,
): Promise<Me> {
  const passwordHash = await hashPassword(input.password);
  const userId = newId();
  await ctx.db.transaction().execute(async (trx) => {
    if ((await accounts.countAccounts(trx)) > 0) {
      throw new AppError(409, "already_set_up", "Administrator pertama sudah dibuat. Silakan masuk.");
    }
    const at = ctx.now.toISOString();
    await accounts.insertAccount(trx, { id: userId, username: input.username, employeeId: null, passwordHash, at }, [
      "super_admin",
    ]);
  });
  return startSession(ctx, userId, reply, "auth.first_admin_created");
}
