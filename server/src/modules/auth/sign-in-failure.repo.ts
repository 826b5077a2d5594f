import type { SignInHistory, SignInPolicy } from "@simkin/domain";
import type { Db } from "../../db";
import { newId } from "../../db/ids";

/** Whom a failure counts against: the resolved account, or the normalised name when none matched; and from where. */
export type ThrottleKey = { accountId: string | null; identifier: string; address: string };

/** The failures one attempt's decision needs (see decideSignIn). */
export async function historyFor(db: Db, key: ThrottleKey, policy: SignInPolicy, now: Date): Promise<SignInHistory> {
  const memorySince = new Date(now.getTime() - policy.failureMemoryMinutes * 60_000).toISOString();
  const windowSince = new Date(now.getTime() - policy.addressWindowMinutes * 60_000).toISOString();
  let pair = db
    .selectFrom("login_failure")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.max("at").as("last")])
    .where("address", "=", key.address)
    .where("at", ">", memorySince);
  pair = key.accountId
    ? pair.where("account_id", "=", key.accountId)
    : pair.where("account_id", "is", null).where("identifier", "=", key.identifier);
  const counted = await pair.executeTakeFirstOrThrow();
  const recent = await db
    .selectFrom("login_failure")
    .select("at")
    .where("address", "=", key.address)
    .where("at", ">", windowSince)
    .orderBy("at", "desc")
    .limit(policy.addressMaxFailures)
    .execute();
  return {
    pairFailures: Number(counted.n),
    lastPairFailureAt: counted.last ?? null,
    recentAddressFailures: recent.map((r) => r.at),
  };
}

export async function recordFailure(db: Db, key: ThrottleKey, ip: string, at: Date): Promise<void> {
  await db
    .insertInto("login_failure")
    .values({
      id: newId(at.getTime()),
      identifier: key.identifier,
      account_id: key.accountId,
      ip,
      address: key.address,
      at: at.toISOString(),
    })
    .execute();
}

/** After a successful sign-in: this address's failures on this account are forgiven; other addresses' stay. */
export async function clearPairFailures(db: Db, key: ThrottleKey & { accountId: string }): Promise<void> {
  await db
    .deleteFrom("login_failure")
    .where("account_id", "=", key.accountId)
    .where("address", "=", key.address)
    .execute();
}

/** Every failure on an account, e.g. when its owner's access is restored from the server console. */
export async function clearAccountFailures(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom("login_failure").where("account_id", "=", accountId).execute();
}

/** Old rows serve no decision any more; removed now and then so the table stays small. */
export async function deleteFailuresBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom("login_failure").where("at", "<", before).execute();
}
