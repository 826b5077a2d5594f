import type { DbConfig } from "../../src/config";
import { createDb, type Db } from "../../src/db";
import { copyTag } from "../../src/modules/seed/scale/scale-copy";
import { BENCH_PASSWORD } from "./datasets";

export type Session = { username: string; cookie: string; csrf: string };

/** A monthly report draft and the body that saves it again (saveLoad changes one narrative each time). */
export type Draft = { owner: string; reportId: string; version: number; content: Record<string, unknown> };

/** Who the measures sign in as and which records they touch, all in one copy of the office (and drafts anywhere). */
export type Plan = {
  tag: string;
  year: number;
  /** The month compliance is asked for: the last closed month. */
  month: number;
  camat: string;
  kasi: string;
  pengelola: string;
  drafts: Draft[];
  /** Approved SKPs with the username of their owner, for PDF downloads. */
  pdfs: { owner: string; skpId: string }[];
};

/** Reads the plan from the dataset before the server starts; the copy in the middle of the dataset is measured. */
export async function planFor(config: DbConfig, size: number, drafts: number): Promise<Plan> {
  const db = createDb(config);
  try {
    const tag = copyTag(Math.ceil(size / 2));
    const suffix = size === 1 || tag === "0001" ? "" : `.${tag}`;
    const year = new Date().getUTCFullYear();
    const month = Math.max(1, new Date().getUTCMonth());
    return {
      tag,
      year,
      month,
      camat: `camat${suffix}`,
      kasi: `kasi.yanum${suffix}`,
      pengelola: `pengelola${suffix}`,
      drafts: await draftsOf(db, year, drafts),
      pdfs: await approvedSkps(db, year, 40),
    };
  } finally {
    await db.destroy();
  }
}

async function draftsOf(db: Db, year: number, count: number): Promise<Draft[]> {
  const reports = await db
    .selectFrom("monthly_report")
    .innerJoin("user_account", "user_account.employee_id", "monthly_report.employee_id")
    .select([
      "monthly_report.id",
      "monthly_report.version",
      "monthly_report.achievements",
      "monthly_report.challenges",
      "monthly_report.improvements",
      "user_account.username",
    ])
    .where("monthly_report.year", "=", year)
    .where("monthly_report.status", "=", "draft")
    .orderBy("monthly_report.id", "desc")
    .limit(count * 3)
    .execute();
  const seen = new Set<string>();
  const picked = reports.filter((r) => !seen.has(r.username) && seen.add(r.username)).slice(0, count);
  const drafts: Draft[] = [];
  for (const r of picked) {
    const realisations = await db
      .selectFrom("report_realisation")
      .select(["iki_id as ikiId", "value"])
      .where("report_id", "=", r.id)
      .execute();
    const actions = await db
      .selectFrom("report_action")
      .select(["rhk_id as rhkId", "plan", "progress"])
      .where("report_id", "=", r.id)
      .execute();
    const { achievements, challenges, improvements } = r;
    drafts.push({
      owner: r.username,
      reportId: r.id,
      version: r.version,
      content: { realisations, actions, achievements, challenges, improvements },
    });
  }
  return drafts;
}

async function approvedSkps(db: Db, year: number, count: number) {
  const rows = await db
    .selectFrom("skp")
    .innerJoin("user_account", "user_account.employee_id", "skp.employee_id")
    .select(["skp.id as skpId", "user_account.username as owner"])
    .where("skp.year", "=", year)
    .where("skp.status", "=", "disetujui")
    .orderBy("skp.id", "desc")
    .limit(count)
    .execute();
  return rows;
}

/** Signs in over HTTP like the web app: the session cookie and the CSRF token the writes need. */
export async function signIn(baseUrl: string, username: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifier: username, password: BENCH_PASSWORD }),
  });
  const body: unknown = await res.json();
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const csrf = typeof body === "object" && body !== null && "csrfToken" in body ? String(body.csrfToken) : "";
  if (res.status !== 200 || !cookie || !csrf) {
    throw new Error(`Bench sign-in as ${username} failed: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  }
  return { username, cookie, csrf };
}

/** One session per username, signed in once. */
export function sessions(baseUrl: string) {
  const cache = new Map<string, Promise<Session>>();
  return (username: string) => {
    const known = cache.get(username) ?? signIn(baseUrl, username);
    cache.set(username, known);
    return known;
  };
}
