import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultSignInPolicy } from "@simkin/domain";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { buildApp } from "../src/app";
import type { Config, DbConfig } from "../src/config";
import { createDb, type Db } from "../src/db";
import { prepareDatabase } from "../src/db/migrate";
import { hashToken, SESSION_COOKIE } from "../src/http/session";
import { PdfPool, type PdfPoolOptions } from "../src/modules/skp/pdf/pdf-pool";
import { givenFor } from "./given";

/** The suite runs on SQLite in memory, or on PostgreSQL when TEST_DATABASE_URL is set (one fresh schema per test). */
const pgUrl = process.env.TEST_DATABASE_URL;

const testPdfOptions: PdfPoolOptions = { threads: 2, queue: 8, cacheMb: 32 };

export const testConfig = (db: DbConfig): Config => ({
  port: 0,
  host: "127.0.0.1",
  logLevel: "silent",
  mode: "production",
  db,
  sessionTtlHours: 12,
  cookieSecure: false,
  trustProxy: false,
  loginLimit: defaultSignInPolicy,
  demoPassword: "plaju-2026",
  webDist: null,
  filesDir: mkdtempSync(path.join(tmpdir(), "simkin-files-")),
  maxUploadBytes: 1024 * 1024,
  smtp: null,
  reminderIntervalMinutes: 0,
  publicUrl: null,
  verifyLimit: { maxRequests: 120, windowMinutes: 10 },
  setupToken: null,
  passwordPolicy: { minLength: 12, requireClasses: true },
  accountLinks: { resetMinutes: 30, activationHours: 72 },
  pdf: testPdfOptions,
  maxInFlight: 64,
  // Off: a test's setup can run for seconds without the loop coming round, and its next request is not a crowd.
  shedAfterLagMs: 0,
  // Every route is probed by injection, which waits for the end: the bell's stream ends after its first marker.
  notificationStreamMinutes: 0,
});

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

let testPdfPool: PdfPool | null = null;

/**
 * One PDF pool per test process for the usual options: its threads load pdfmake and the fonts once, not for every
 * fresh app (about 1.5 s each). Its cache is keyed by the document's content, so a test never reads another's PDF.
 * A test with its own `pdf` options (threads, queue) gets a pool of its own, closed with its app.
 */
function sharedPdfPool(options: PdfPoolOptions): PdfPool | undefined {
  if (options !== testPdfOptions) {
    return undefined;
  }
  testPdfPool ??= new PdfPool(options);
  return testPdfPool;
}

/** A fresh app on a fresh, migrated database, with a clock the test can move. */
export async function createTestApp(
  options: { now?: string; mode?: "demo" | "production"; config?: Partial<Config> } = {},
) {
  const clock = { now: new Date(options.now ?? "2026-03-16T03:00:00.000Z") };
  const { dbConfig, prepare, dropSchema, underSchemaLock } = await freshDatabase();
  const db = createDb(dbConfig);
  const config: Config = { ...testConfig(dbConfig), mode: options.mode ?? "production", ...options.config };
  let app: FastifyInstance;
  try {
    await prepare(db);
    app = await buildApp(config, db, { clock: () => clock.now, pdfPool: sharedPdfPool(config.pdf) });
  } catch (error) {
    // Leave no open pool behind (it would keep the test process alive) and no schema.
    await db.destroy();
    await dropSchema();
    throw error;
  }
  const given = givenFor(db, () => clock.now);
  let closed = false;

  return {
    app,
    db,
    config,
    clock,
    given,
    /** For a test that changes its schema or reads the catalogue: in turn with migrations and drops (see SCHEMA_LOCK). */
    underSchemaLock,
    anonymous: () => clientFor(app, null),
    as: async (user: { userId: string }) => clientFor(app, await signIn(db, user.userId, clock.now)),
    close: async () => {
      if (closed) {
        return;
      }
      closed = true;
      await app.close();
      await db.destroy();
      await dropSchema();
    },
  };
}

/**
 * Kysely's migrator lists the tables of every schema in the database, and that catalogue query fails ("schema t_...
 * does not exist", "column ... does not exist") when another test process drops its schema, or a migration or a test
 * drops a table or a column, at the same moment. So all of these take this advisory lock in turn, across processes.
 */
const SCHEMA_LOCK = 7_301_948_226;

async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end(); // also releases the session's advisory locks
  }
}

async function freshDatabase(): Promise<{
  dbConfig: DbConfig;
  prepare: (db: Db) => Promise<void>;
  dropSchema: () => Promise<void>;
  underSchemaLock: <T>(work: () => Promise<T>) => Promise<T>;
}> {
  if (!pgUrl) {
    return {
      dbConfig: { dialect: "sqlite", file: ":memory:" },
      prepare: (db) => prepareDatabase(db),
      dropSchema: async () => {},
      underSchemaLock: (work) => work(),
    };
  }
  const url = pgUrl;
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const locked = <T>(work: (client: pg.Client) => Promise<T>) =>
    withPgClient(url, async (client) => {
      await client.query("select pg_advisory_lock($1)", [SCHEMA_LOCK]);
      return work(client);
    });
  await withPgClient(url, (client) => client.query(`create schema ${schema}`));
  return {
    dbConfig: { dialect: "postgres", url, schema },
    prepare: (db) => locked(() => prepareDatabase(db, schema)),
    dropSchema: () =>
      locked(async (client) => {
        await client.query(`drop schema if exists ${schema} cascade`);
      }),
    underSchemaLock: (work) => locked(() => work()),
  };
}

/** Signs in for real: a session row, its cookie and its CSRF token, exactly as the login endpoint makes them. */
async function signIn(db: Db, userId: string, now: Date): Promise<Session> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db
    .insertInto("session")
    .values({
      id: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 12 * 3_600_000).toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

type Session = { token: string; csrfToken: string };
type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export type Client = ReturnType<typeof clientFor>;

export function clientFor(app: FastifyInstance, session: Session | null) {
  const send = (method: Method, url: string, body?: unknown, extra: Partial<InjectOptions> = {}) => {
    const headers: Record<string, string> = {};
    if (session) {
      headers.cookie = `${SESSION_COOKIE}=${session.token}`;
      headers["x-csrf-token"] = session.csrfToken;
    }
    const payload = body === undefined ? {} : { payload: body as InjectOptions["payload"] };
    return app.inject({
      method,
      url,
      ...payload,
      ...extra,
      headers: { ...headers, ...(extra.headers as Record<string, string> | undefined) },
    });
  };
  return {
    session,
    get: (url: string, extra?: Partial<InjectOptions>) => send("GET", url, undefined, extra),
    post: (url: string, body?: unknown, extra?: Partial<InjectOptions>) => send("POST", url, body ?? {}, extra),
    patch: (url: string, body?: unknown, extra?: Partial<InjectOptions>) => send("PATCH", url, body, extra),
    put: (url: string, body?: unknown, extra?: Partial<InjectOptions>) => send("PUT", url, body, extra),
    delete: (url: string, extra?: Partial<InjectOptions>) => send("DELETE", url, undefined, extra),
  };
}

/** Parses a JSON response body, typed loosely for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: assertions read arbitrary JSON; the contract tests type the real shapes
export function json(res: LightMyRequestResponse): any {
  return res.json();
}
