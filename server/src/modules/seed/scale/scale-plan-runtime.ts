import type { ScalePlan } from "./scale-plan";

const account = { ref: "user_account" } as const;

/** Tables the running app writes (sessions, outbox, sign-in security): empty after the demo seed, never cloned. */
export const runtimePlan: Pick<
  ScalePlan,
  | "session"
  | "login_failure"
  | "user_second_factor"
  | "recovery_code"
  | "sign_in_challenge"
  | "document_verification"
  | "reminder_claim"
  | "outbound_email"
  | "account_token"
  | "account_attempt"
  | "rate_limit_window"
  | "idempotency_key"
  | "notification_email_pref"
  | "import_run"
> = {
  session: {
    kind: "runtime",
    columns: {
      id: "id",
      user_id: account,
      csrf_token: "copy",
      created_at: "copy",
      expires_at: "copy",
      second_factor_at: "copy",
      restriction: "copy",
    },
  },
  login_failure: {
    kind: "runtime",
    columns: { id: "id", identifier: "copy", account_id: account, ip: "copy", address: "copy", at: "copy" },
  },
  user_second_factor: {
    kind: "runtime",
    columns: {
      user_id: account,
      secret: "copy",
      confirmed_at: "copy",
      last_used_step: "copy",
      created_at: "copy",
      updated_at: "copy",
    },
  },
  recovery_code: {
    kind: "runtime",
    columns: { id: "id", user_id: account, code_hash: "copy", used_at: "copy", created_at: "copy" },
  },
  sign_in_challenge: {
    kind: "runtime",
    columns: { id: "id", user_id: account, ip: "copy", attempts: "copy", created_at: "copy", expires_at: "copy" },
  },
  document_verification: {
    kind: "runtime",
    columns: {
      code: "copy",
      document_type: "copy",
      document_id: "ref_any",
      content_hash: "copy",
      title: "copy",
      subject: "copy",
      period: "copy",
      status: "copy",
      created_at: "copy",
      subject_name: "copy",
      issuer: "copy",
    },
  },
  reminder_claim: { kind: "runtime", columns: { key: "copy", claimed_at: "copy" } },
  idempotency_key: {
    kind: "runtime",
    columns: {
      account_id: account,
      key: "copy",
      request_hash: "copy",
      status: "copy",
      response_status: "copy",
      response_body: "copy",
      created_at: "copy",
      expires_at: "copy",
    },
  },
  outbound_email: {
    kind: "runtime",
    columns: {
      id: "id",
      to_address: "copy",
      subject: "copy",
      body: "copy",
      status: "copy",
      attempts: "copy",
      claimed_by: "copy",
      claimed_until: "copy",
      last_error: "copy",
      created_at: "copy",
      sent_at: "copy",
      priority: "copy",
    },
  },
  account_token: {
    kind: "runtime",
    columns: {
      id: "id",
      user_id: account,
      purpose: "copy",
      token_hash: "copy",
      created_at: "copy",
      expires_at: "copy",
      used_at: "copy",
    },
  },
  account_attempt: {
    kind: "runtime",
    columns: { id: "id", kind: "copy", subject_key: "copy", ip: "copy", at: "copy" },
  },
  rate_limit_window: {
    kind: "runtime",
    columns: { bucket: "copy", window_start: "copy", hits: "copy", expires_at: "copy" },
  },
  notification_email_pref: {
    kind: "runtime",
    columns: { user_id: account, kind: "copy", email: "copy", updated_at: "copy" },
  },
  import_run: {
    kind: "runtime",
    columns: {
      id: "id",
      kind: "copy",
      user_id: account,
      file_name: "copy",
      status: "copy",
      error_code: "copy",
      rows_total: "copy",
      rows_ok: "copy",
      rows_failed: "copy",
      errors_json: "copy",
      created_at: "copy",
      dismissed_at: "copy",
      version: "copy",
    },
  },
};
