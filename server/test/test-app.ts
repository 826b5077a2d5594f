import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { buildApp } from "../src/app";
import type { Config, DbConfig } from "../src/config";
import { createDb, type Db } from "../src/db";
import { prepareDatabase } from "../src/db/migrate";
import { hashToken, SESSION_COOKIE } from "../src/http/session";
import { givenFor } from "./given";

/** The suite runs on SQLite in memory, or on PostgreSQL when TEST_DATABASE_URL is set (one fresh schema per test). */
const pgUrl = process.env.TEST_DATABASE_URL;

export const testConfig = (db: DbConfig): Config => ({
  port: 0,
  host: "127.0.0.1",
  logLevel: "silent",
  mode: "production",
  db,
  sessionTtlHours: 12,
  cookieSecure: false,
  loginLimit: { maxFailures: 5, windowMinutes: 15 },
  demoPassword: "plaju-2026",
  webDist: null,
  filesDir: mkdtempSync(path.join(tmpdir(), "simkin-files-")),
  maxUploadBytes: 1024 * 1024,
  smtp: null,
  reminderIntervalMinutes: 0,
  publicUrl: null,
});

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A fresh app on a fresh, migrated database, with a clock the test can move. */
export async function createTestApp(options: { now?: string; mode?: "demo" | "production" } = {}) {
  const clock = { now: new Date(options.now ?? "2026-03-16T03:00:00.000Z") };
  const { dbConfig, dropSchema } = await freshDatabase();
  const db = createDb(dbConfig);
  await prepareDatabase(db, dbConfig.dialect === "postgres" ? dbConfig.schema : undefined);
  const config = { ...testConfig(dbConfig), mode: options.mode ?? "production" };
  const app = await buildApp(config, db, { clock: () => clock.now });
  const given = givenFor(db, () => clock.now);

  return {
    app,
    db,
    config,
    clock,
    given,
    anonymous: () => clientFor(app, null),
    as: async (user: { userId: string }) => clientFor(app, await signIn(db, user.userId, clock.now)),
    close: async () => {
      await app.close();
      await db.destroy();
      await dropSchema();
    },
  };
}

async function freshDatabase(): Promise<{ dbConfig: DbConfig; dropSchema: () => Promise<void> }> {
  if (!pgUrl) {
    return { dbConfig: { dialect: "sqlite", file: ":memory:" }, dropSchema: async () => {} };
  }
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    dbConfig: { dialect: "postgres", url: pgUrl, schema },
    dropSchema: async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
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
