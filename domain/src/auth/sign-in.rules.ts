/**
 * How failed sign-ins slow down further attempts (issue 8, findings 3 and 4). Two independent limits:
 *
 * - per account and address: failures are counted per (account, address) pair, the account being the one the typed
 *   identifier resolves to (so NIP with or without spaces and the username share one count) or, when nothing
 *   matches, the normalised identifier (so unknown names behave the same). After `freeFailures` failures the pair
 *   must wait `baseDelaySeconds`, then twice as long after each further failure, up to `maxDelaySeconds`. Another
 *   address that has not failed on the account is not slowed at all, so nobody can lock a named official out by
 *   failing on purpose; a successful sign-in from an address forgets that address's failures on the account.
 * - per address: when an address has `addressMaxFailures` failures (on any accounts, known or not) within
 *   `addressWindowMinutes`, it waits until the oldest of them leaves the window. Only failures count, so an office
 *   signing in correctly behind one NAT address is never limited.
 */
export type SignInPolicy = {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** How long a failure counts towards its pair's delay. Longer than the longest delay, so waiting never resets it. */
  failureMemoryMinutes: number;
  addressMaxFailures: number;
  addressWindowMinutes: number;
};

export const defaultSignInPolicy: SignInPolicy = {
  freeFailures: 5,
  baseDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  failureMemoryMinutes: 24 * 60,
  addressMaxFailures: 200,
  addressWindowMinutes: 15,
};

/** What the database knows about earlier failures relevant to one attempt. */
export type SignInHistory = {
  /** Failures on this account (or unknown name) from this address within the memory, and when the latest was. */
  pairFailures: number;
  lastPairFailureAt: string | null;
  /** Times of this address's newest failures within its window, newest first; at most `addressMaxFailures`. */
  recentAddressFailures: readonly string[];
};

export type SignInDecision =
  | { allowed: true }
  | { allowed: false; reason: "account_delay" | "address_limit"; retryAfterSeconds: number };

/** Seconds a pair must wait after its `failures`-th failure: 0 for the first few, then 1, 2, 4 … up to the cap. */
export function delayAfter(failures: number, policy: SignInPolicy): number {
  if (failures < policy.freeFailures) {
    return 0;
  }
  const doublings = failures - policy.freeFailures;
  // 2^31 seconds is far beyond any cap; stop doubling before the number stops being exact.
  return Math.min(policy.baseDelaySeconds * 2 ** Math.min(doublings, 31), policy.maxDelaySeconds);
}

/** Whether an attempt may be checked now; when not, how long until it may. Time is passed in. */
export function decideSignIn(history: SignInHistory, policy: SignInPolicy, now: Date): SignInDecision {
  const nowMs = now.getTime();
  const counted = history.recentAddressFailures[policy.addressMaxFailures - 1];
  if (counted !== undefined) {
    const until = Date.parse(counted) + policy.addressWindowMinutes * 60_000;
    if (until > nowMs) {
      return { allowed: false, reason: "address_limit", retryAfterSeconds: secondsUntil(until, nowMs) };
    }
  }
  const wait = delayAfter(history.pairFailures, policy);
  if (wait > 0 && history.lastPairFailureAt !== null) {
    const until = Date.parse(history.lastPairFailureAt) + wait * 1000;
    if (until > nowMs) {
      return { allowed: false, reason: "account_delay", retryAfterSeconds: secondsUntil(until, nowMs) };
    }
  }
  return { allowed: true };
}

function secondsUntil(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}

/** The lock states one more failure moves into; each is recorded once in the audit trail, not every failure. */
export function lockChangesAfterFailure(history: SignInHistory, policy: SignInPolicy) {
  return {
    pairDelayed: history.pairFailures + 1 === policy.freeFailures,
    addressLimited: history.recentAddressFailures.length + 1 === policy.addressMaxFailures,
  };
}

/** The identifier as the throttle and the account lookup see it: trimmed, lower case, without any spaces. */
export function normaliseIdentifier(typed: string): string {
  return typed.trim().toLowerCase().replace(/\s+/g, "");
}

/**
 * The address a limit counts on. IPv4 (also when written IPv4-mapped, `::ffff:10.0.0.1`) as is; IPv6 by its /64,
 * because one household or server usually holds a whole /64 and could otherwise take a fresh address per attempt.
 */
export function addressKey(ip: string): string {
  const address = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) {
    return mapped[1];
  }
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

/** The eight 16-bit groups of an IPv6 address (without a zone), or null when it is not one. */
function expandIpv6(address: string): string[] | null {
  const bare = address.split("%")[0] ?? "";
  if (!bare.includes(":") || !/^[0-9a-f:.]+$/.test(bare)) {
    return null;
  }
  const halves = bare.split("::");
  if (halves.length > 2) {
    return null;
  }
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) {
    return null;
  }
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) {
    return null;
  }
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}
