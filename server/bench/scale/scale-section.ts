import { loadavg } from "node:os";
import { complianceApi, employeeApi } from "@simkin/domain";
import { z } from "zod";
import type { Dataset } from "./datasets";
import { type Figure, type Load, probe, run, skipped } from "./measure";
import { startBenchServer } from "./server-process";
import { type Draft, type Plan, planFor, type Session, sessions } from "./targets";

export type MeasureKey =
  | "bareRead"
  | "bareInsert"
  | "me"
  | "skpInbox"
  | "reportInbox"
  | "complianceTeam"
  | "complianceAll"
  | "search"
  | "save";

export type Measured = { key: MeasureKey; label: string; figures: Figure[] };
export type DatasetResult = {
  dataset: Dataset;
  synchronous: string;
  tag: string;
  measures: Measured[];
  /** The machine's 1-minute load average when the measures started and ended (other work shares the cores). */
  load: [number, number];
};

type Measure = { key: MeasureKey; label: string; connections: number[]; load: Load };

/** A slower first request than this is measured on a few requests with a long timeout instead of for a duration. */
const SLOW_MS = 500;
/** Longest a slow measure may take at 10 connections before it is skipped. */
const SLOW_BUDGET_MS = 180_000;

/** Starts the app on the dataset in its own process and measures every endpoint over HTTP, at 1 and 10 connections. */
export async function measureDataset(dataset: Dataset, seconds: number, only: string[] = []): Promise<DatasetResult> {
  const plan = await planFor(dataset.db, dataset.size, 30);
  const server = await startBenchServer(dataset.db);
  try {
    const sessionOf = sessions(server.url);
    const measures = (await measuresFor(plan, sessionOf)).filter(
      (m) => only.length === 0 || m.key.startsWith("bare") || only.includes(m.key),
    );
    const results: Measured[] = [];
    const loadBefore = loadavg()[0] ?? 0;
    for (const measure of measures) {
      const figures: Figure[] = [];
      for (const connections of measure.connections) {
        const figure = await measureOne(server.url, measure.load, connections, seconds);
        figures.push(figure);
        console.log(`  ${name(dataset)} ${measure.label} c=${connections}: ${describe(figure)}`);
      }
      results.push({ key: measure.key, label: measure.label, figures });
    }
    const load: [number, number] = [loadBefore, loadavg()[0] ?? 0];
    return { dataset, synchronous: server.synchronous, tag: plan.tag, measures: results, load };
  } finally {
    await server.stop();
  }
}

export function name(dataset: Dataset): string {
  return `×${dataset.size} ${dataset.dialect === "sqlite" ? "SQLite" : "PostgreSQL"}`;
}

async function measureOne(url: string, load: Load, connections: number, seconds: number): Promise<Figure> {
  const first = await probe(url, load);
  if (first.failure) {
    // Loading an endpoint that fails measures the failure; the table shows it instead.
    return skipped(connections, `${first.failure} after ${(first.ms / 1000).toFixed(1)} s`);
  }
  if (first.ms < SLOW_MS) {
    await run(url, load, { connections, seconds: 1 }); // warm-up, discarded
    return run(url, load, { connections, seconds });
  }
  // Too slow for a timed run: a few requests each, with a timeout long enough to see how long they really take.
  const amount = connections === 1 ? 3 : connections;
  if (first.ms * amount > SLOW_BUDGET_MS) {
    return skipped(connections, `skipped: one request took ${(first.ms / 1000).toFixed(1)} s`);
  }
  const figure = await run(url, load, { connections, amount, timeout: 600 });
  return { ...figure, note: `${figure.count} requests, timeout 600 s` };
}

function describe(f: Figure): string {
  if (f.count === 0) {
    return f.note ?? `no answer (${f.timeouts} timeouts)`;
  }
  const statuses = Object.entries(f.statuses)
    .map(([code, n]) => `${code}×${n}`)
    .join(" ");
  return `p50 ${f.p50.toFixed(1)} p95 ${f.p95.toFixed(1)} p99 ${f.p99.toFixed(1)} ms, ${f.rps.toFixed(1)} req/s [${statuses}]${f.timeouts ? ` ${f.timeouts} timeouts` : ""}${f.note ? ` (${f.note})` : ""}`;
}

async function measuresFor(plan: Plan, sessionOf: (u: string) => Promise<Session>): Promise<Measure[]> {
  const [camat, kasi, pengelola] = await Promise.all([plan.camat, plan.kasi, plan.pengelola].map(sessionOf));
  if (!camat || !kasi || !pengelola) {
    throw new Error("Bench: the measured copy's personas could not sign in");
  }
  const as = (s: Session) => ({ cookie: s.cookie });
  const compliance = `/api/compliance?year=${plan.year}&month=${plan.month}${firstPage(complianceApi.get.query)}`;
  const both = [1, 10];
  return [
    { key: "bareRead", label: "bare read (primary key)", connections: both, load: { path: "/bench/bare/read" } },
    {
      key: "bareInsert",
      label: "bare insert (one committed row)",
      connections: both,
      load: { path: "/bench/bare/insert", method: "POST", body: JSON.stringify({ note: "bench" }) },
    },
    {
      key: "me",
      label: "GET /api/auth/me (Camat)",
      connections: both,
      load: { path: "/api/auth/me", headers: as(camat) },
    },
    {
      key: "skpInbox",
      label: "SKP inbox (Camat)",
      connections: both,
      load: { path: `/api/skps/inbox?year=${plan.year}`, headers: as(camat) },
    },
    {
      key: "reportInbox",
      label: "report feedback inbox (Camat)",
      connections: both,
      load: { path: "/api/reports/inbox", headers: as(camat) },
    },
    {
      key: "complianceTeam",
      label: "compliance, team (Kasi), first page",
      connections: both,
      load: { path: compliance, headers: as(kasi) },
    },
    {
      key: "complianceAll",
      label: "compliance, whole office (pengelola), first page",
      connections: both,
      load: { path: compliance, headers: as(pengelola) },
    },
    {
      key: "search",
      label: "employee search ?q=siti, first page",
      connections: both,
      load: { path: `/api/employees?q=siti${firstPage(employeeApi.list.query)}`, headers: as(pengelola) },
    },
    {
      key: "save",
      label: "report save (PUT content of a draft)",
      connections: both,
      load: await saveLoad(plan, sessionOf),
    },
  ];
}

/** The first page, as the contract pages it (today compliance has no paging, so it is the whole list). */
function firstPage(query: z.ZodType | undefined): string {
  const shape = query instanceof z.ZodObject ? query.shape : {};
  return `${"page" in shape ? "&page=1" : ""}${"pageSize" in shape ? "&pageSize=20" : ""}`;
}

/**
 * Saves report drafts again as an autosave does (the achievements text changes each time), each connection holding
 * its own draft while its request is out, so versions never clash; the version moves on with every answer.
 */
export async function saveLoad(plan: Pick<Plan, "drafts">, sessionOf: (u: string) => Promise<Session>): Promise<Load> {
  const owners = new Map<string, Session>();
  for (const draft of plan.drafts) {
    owners.set(draft.owner, await sessionOf(draft.owner));
  }
  const free: Draft[] = [...plan.drafts];
  return {
    path: "/api/reports/-/content",
    method: "PUT",
    next: () => {
      const draft = free.shift() ?? plan.drafts[0];
      const owner = draft ? owners.get(draft.owner) : undefined;
      if (!draft || !owner) {
        throw new Error("Bench: no report draft to save");
      }
      return {
        path: `/api/reports/${draft.reportId}/content`,
        headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf },
        // As an autosave while typing: one narrative differs from the saved one on every save.
        body: JSON.stringify({
          ...draft.content,
          achievements: `${draft.content.achievements} (${draft.version})`,
          version: draft.version,
        }),
        release: (status, body) => {
          // A 503 changed nothing: the draft goes back at the same version.
          const version = status === 200 ? versionIn(body) : status === 503 ? draft.version : null;
          if (version !== null) {
            draft.version = version;
            free.push(draft);
          }
        },
      };
    },
  };
}

function versionIn(body: string): number | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null && "version" in parsed && typeof parsed.version === "number"
      ? parsed.version
      : null;
  } catch {
    return null;
  }
}
