// Tables of the issue 8 migrations (sign-in, accounts, public surface), kept beside schema.ts to keep it short.

/** One failed sign-in step; the throttle counts these per account (or typed name) and address. */
export interface LoginFailureTable {
  id: string;
  /** The identifier as typed, normalised (trimmed, lower case, no spaces). */
  identifier: string;
  /** The account it resolved to; null for unknown names, which are then counted by `identifier`. */
  account_id: string | null;
  ip: string;
  /** The address the limit counts on: IPv4, or the /64 of IPv6 (addressKey in domain). */
  address: string | null;
  at: string;
}

export interface UserSecondFactorTable {
  user_id: string;
  /** Base32 TOTP secret; the server must read it to check codes, so it cannot be hashed. */
  secret: string;
  /** Null while enrolment waits for the first correct code. */
  confirmed_at: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  last_used_step: number | null;
  created_at: string;
  updated_at: string;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  /** SHA-256 of the normalised code (about 79 random bits, so a fast hash is enough). */
  code_hash: string;
  used_at: string | null;
  created_at: string;
}

/** The step between a correct password and the second factor; its id is the SHA-256 of the cookie token. */
export interface SignInChallengeTable {
  id: string;
  user_id: string;
  ip: string;
  attempts: number;
  created_at: string;
  expires_at: string;
}

/** A one-time link or the first-setup token; only the SHA-256 of the token is kept. */
export interface AccountTokenTable {
  id: string;
  /** Null for the first-setup token, which belongs to no account yet. */
  user_id: string | null;
  purpose: "setup" | "password_reset" | "activation";
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Counts requests that must be rate-limited across processes: reset requests, wrong setup or reset tokens. */
export interface AccountAttemptTable {
  id: string;
  kind: "reset_request" | "setup_token" | "reset_token";
  /** The resolved account id, or the normalised identifier typed; null when the attempt names no account. */
  subject_key: string | null;
  ip: string;
  at: string;
}

/** Requests counted per client and fixed window, shared by every app process (public verification). */
export interface RateLimitWindowTable {
  bucket: string;
  window_start: string;
  hits: number;
  expires_at: string;
}

/** Facts about this installation; `demo_office` marks a database the demo seed filled. */
export interface InstanceMarkerTable {
  key: string;
  value: string;
  created_at: string;
}

/** A POST's Idempotency-Key per account: the request's hash and, once answered, its response (24 h). */
export interface IdempotencyKeyTable {
  account_id: string;
  key: string;
  request_hash: string;
  status: "in_progress" | "done";
  response_status: number | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}
