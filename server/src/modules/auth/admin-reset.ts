import { randomInt } from "node:crypto";
import type { Db } from "../../db";
import * as audit from "../audit/audit.repo";
import * as accounts from "./auth.repo";
import { hashPassword } from "./password";
import * as factors from "./second-factor.repo";
import * as failures from "./sign-in-failure.repo";

const groups = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghjkmnpqrstuvwxyz", "23456789"] as const;

/**
 * A temporary password of four groups of five characters (about 116 bits) that holds upper and lower case letters,
 * digits and a symbol, so any password policy accepts it; the owner must replace it at the next sign-in.
 */
export function temporaryPassword(): string {
  const all = groups.join("");
  const parts = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => all[randomInt(all.length)] ?? "").join(""),
  );
  // One character of each class at a random place, so no class can be missing.
  const text = parts.join("-").split("");
  for (const chars of groups) {
    let at = randomInt(text.length);
    while (text[at] === "-") {
      at = randomInt(text.length);
    }
    text[at] = chars[randomInt(chars.length)] ?? "";
  }
  return text.join("");
}

export type CliResetResult = { username: string; temporaryPassword: string };

/**
 * `npm run admin:reset -- <username>`: for a lone super admin who lost the second factor. Clears the factor and its
 * recovery codes, sets a fresh temporary password (to be changed at the next sign-in), ends every session and
 * forgives the account's failed sign-ins; audited with no actor, since only someone at the server can run it.
 */
export async function resetAccountFromCli(db: Db, identifier: string, now: Date): Promise<CliResetResult> {
  const account = await accounts.findByIdentifier(db, identifier);
  if (!account) {
    throw new Error(`Akun "${identifier}" tidak ditemukan.`);
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const current = await accounts.findById(trx, account.id);
    const version = current?.version ?? account.version;
    if (!(await accounts.updatePassword(trx, account.id, { passwordHash, resetAt: at, at, version }))) {
      throw new Error("Akun sedang diubah oleh proses lain; jalankan perintah ini sekali lagi.");
    }
    const hadFactor = await factors.hasConfirmedFactor(trx, account.id);
    await factors.deleteFactor(trx, account.id);
    await accounts.deleteOtherSessions(trx, account.id, null);
    await failures.clearAccountFailures(trx, account.id);
    await audit.record(trx, null, now, {
      action: "account.reset_by_cli",
      subjectType: "user_account",
      subjectId: account.id,
      after: { secondFactorCleared: hadFactor, mustChangePassword: true },
    });
  });
  return { username: account.username, temporaryPassword: password };
}
