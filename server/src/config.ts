import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultSignInPolicy, type PasswordPolicy, type SignInPolicy } from "@simkin/domain";
import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z.string().optional(),
  SIMKIN_MODE: z.enum(["demo", "production"]).optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_MAX_DELAY_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 3600)
    .default(900),
  LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(200),
  TRUST_PROXY: z.string().optional(),
  DEMO_PASSWORD: z.string().min(8).default("plaju-2026"),
  FILES_DIR: z.string().optional(),
  MAX_UPLOAD_MB: z.coerce.number().min(1).max(100).default(10),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(["true", "false"]).default("false"),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: z.string().default("SIMKIN <simkin@localhost>"),
  REMINDER_INTERVAL_MINUTES: z.coerce.number().min(0).default(15),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: "PUBLIC_URL harus alamat http(s), mis. https://simkin.example.go.id" })
    .optional(),
  VERIFY_MAX_REQUESTS: z.coerce.number().int().min(1).default(120),
  VERIFY_WINDOW_MINUTES: z.coerce.number().int().min(1).default(10),
  SETUP_TOKEN: z.string().trim().min(16, "SETUP_TOKEN minimal 16 karakter").optional(),
  PEER_INPUT_SECRET: z.string().trim().min(32, "PEER_INPUT_SECRET minimal 32 karakter").optional(),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(8).max(128).default(12),
  PASSWORD_REQUIRE_CLASSES: z.enum(["true", "false"]).default("true"),
  PASSWORD_RESET_LINK_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  ACCOUNT_ACTIVATION_LINK_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  // One core stays for the event loop: PDF threads on every core starved the requests around them (decision 0047).
  PDF_THREADS: z.coerce
    .number()
    .int()
    .min(1)
    .max(32)
    .default(Math.max(1, availableParallelism() - 1)),
  PDF_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  PDF_CACHE_MB: z.coerce.number().min(0).max(1024).default(32),
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(64),
  SHED_AFTER_LAG_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  NOTIFICATION_STREAM_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
});

/** Printed on PDFs, in QR codes and e-mails, so production must name it; the Host header is never trusted for it. */
export const PUBLIC_URL_REQUIRED =
  "PUBLIC_URL wajib diisi pada mode produksi: alamat SIMKIN yang dicetak pada PDF, kode QR dan e-mail " +
  "(mis. PUBLIC_URL=https://simkin.example.go.id). Server tidak dijalankan.";

export type SmtpConfig = {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  pass: string | undefined;
  from: string;
};

export type DbConfig = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string; schema?: string };

export type Config = {
  port: number;
  host: string;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  mode: "demo" | "production";
  db: DbConfig;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Sign-in throttling (domain/src/auth/sign-in.rules.ts explains the rule). */
  loginLimit: SignInPolicy;
  /** Which proxies may tell the client's address in X-Forwarded-For: none, the listed ones, or a hop count. */
  trustProxy: TrustProxy;
  demoPassword: string;
  webDist: string | null;
  filesDir: string;
  maxUploadBytes: number;
  /** Null: e-mail is not configured; reminders still appear in the app. */
  smtp: SmtpConfig | null;
  reminderIntervalMinutes: number;
  /** Base address used in e-mails and QR codes, e.g. https://simkin.plaju.go.id */
  publicUrl: string | null;
  /** Public verification per client address: generous for a person checking a pile of printouts. */
  verifyLimit: { maxRequests: number; windowMinutes: number };
  /** The first-setup token from the environment; null: a random one is issued and printed at the first start. */
  setupToken: string | null;
  passwordPolicy: PasswordPolicy;
  /** Lifetime of e-mailed one-time links: "lupa kata sandi" (short) and first activation (a few days). */
  accountLinks: { resetMinutes: number; activationHours: number };
  /** PDF worker threads, documents that may wait for one (more get 503), and the rendered-document cache (0035). */
  pdf: { threads: number; queue: number; cacheMb: number };
  /** API requests in progress at once; more are answered 503 server_busy with Retry-After (load-shedding.ts). */
  maxInFlight: number;
  /** A request read this long after the event loop last came round is answered 503 at once (0: never). */
  shedAfterLagMs: number;
  /** The key of the anonymous peer input's author hash (issue 12); unset: a development key (see README). */
  peerInputSecret?: string | null;
  /** A bell's event stream is closed after this long and the browser reconnects (0: after its first marker; 0064). */
  notificationStreamMinutes?: number;
};

/** The repository root, whether running from src/ (tsx) or dist/ (bundled). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Reads the environment once, at startup. No other module reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Konfigurasi lingkungan tidak valid:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const mode = e.SIMKIN_MODE ?? (production ? "production" : "demo");
  if (mode === "production" && !e.PUBLIC_URL) {
    throw new Error(PUBLIC_URL_REQUIRED);
  }
  const url = e.DATABASE_URL ?? `file:${path.join(repoRoot, "data", "simkin.sqlite")}`;
  const db: DbConfig = /^postgres(ql)?:\/\//.test(url)
    ? { dialect: "postgres", url }
    : { dialect: "sqlite", file: url.replace(/^file:/, "") };

  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    mode,
    db,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === "true" : production,
    loginLimit: {
      ...defaultSignInPolicy,
      freeFailures: e.LOGIN_MAX_FAILURES,
      maxDelaySeconds: e.LOGIN_MAX_DELAY_SECONDS,
      addressMaxFailures: e.LOGIN_ADDRESS_MAX_FAILURES,
      addressWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    },
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    demoPassword: e.DEMO_PASSWORD,
    webDist: path.join(repoRoot, "web", "dist"),
    filesDir: e.FILES_DIR ?? path.join(repoRoot, "data", "files"),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          secure: e.SMTP_SECURE === "true",
          user: e.SMTP_USER,
          pass: e.SMTP_PASS,
          from: e.SMTP_FROM,
        }
      : null,
    reminderIntervalMinutes: e.REMINDER_INTERVAL_MINUTES,
    publicUrl: e.PUBLIC_URL ?? null,
    verifyLimit: { maxRequests: e.VERIFY_MAX_REQUESTS, windowMinutes: e.VERIFY_WINDOW_MINUTES },
    setupToken: e.SETUP_TOKEN ?? null,
    passwordPolicy: { minLength: e.PASSWORD_MIN_LENGTH, requireClasses: e.PASSWORD_REQUIRE_CLASSES === "true" },
    accountLinks: { resetMinutes: e.PASSWORD_RESET_LINK_MINUTES, activationHours: e.ACCOUNT_ACTIVATION_LINK_HOURS },
    pdf: { threads: e.PDF_THREADS, queue: e.PDF_QUEUE, cacheMb: e.PDF_CACHE_MB },
    maxInFlight: e.MAX_IN_FLIGHT,
    shedAfterLagMs: e.SHED_AFTER_LAG_MS,
    peerInputSecret: e.PEER_INPUT_SECRET ?? null,
    notificationStreamMinutes: e.NOTIFICATION_STREAM_MINUTES,
  };
}

export type TrustProxy = false | number | string[];

// proxy-addr's names for private ranges, accepted by Fastify beside addresses and CIDRs.
const proxyRangeNames = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * TRUST_PROXY: unset, empty or `false` trusts no proxy (the socket address is the client); a whole number trusts
 * that many hops; otherwise a comma list of addresses, CIDRs or loopback/linklocal/uniquelocal. `true` is refused:
 * trusting every sender of X-Forwarded-For would let any client choose the address the sign-in limit counts.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "false") {
    return false;
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) {
      throw new Error("TRUST_PROXY: jumlah hop harus 1 sampai 10");
    }
    return hops;
  }
  const entries = text.split(",").map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isProxyEntry(entry));
  if (invalid.length > 0) {
    throw new Error(
      `TRUST_PROXY tidak valid: ${invalid.join(", ") || "(kosong)"}. Isi alamat/CIDR proksi dipisah koma, atau jumlah hop.`,
    );
  }
  return entries;
}

function isProxyEntry(entry: string): boolean {
  if (proxyRangeNames.has(entry)) {
    return true;
  }
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) {
    return false;
  }
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}
