import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum (19 MiB, t=2, p=1); @node-rs/argon2 hashes on the libuv pool, off the event loop.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | null = null;

/** Verifies; for an unknown account it verifies against a dummy hash so both answers take the same time. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("dummy-password-for-timing");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
