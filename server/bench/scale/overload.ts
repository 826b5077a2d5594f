import type { Dataset } from "./datasets";
import { type LoadSpec, type PartOutcome, runCounting, runInChild } from "./load-process";
import type { Figure } from "./measure";
import { name } from "./scale-section";
import { startBenchServer } from "./server-process";
import { planFor, sessions } from "./targets";

const SECONDS = Number(process.env.BENCH_OVERLOAD_SECONDS ?? 60);
const TIMEOUT_S = 10;

type Part = { label: string; connections: number; spec: LoadSpec };
export type OverloadResult = {
  dataset: Dataset;
  parts: { label: string; connections: number; figure: Figure; retryAfter: Map<string, number> }[];
};

/**
 * 200 connections for 60 s on SKP PDFs among ordinary reads and report saves, with autocannon's 10 s timeout:
 * the longest answer, the timeouts, every status, and the 503s with the Retry-After they carried. Each part runs in
 * its own process, so the client's event loop is never what the figures measure.
 */
export async function overload(dataset: Dataset): Promise<OverloadResult> {
  const plan = await planFor(dataset.db, dataset.size, 60);
  const server = await startBenchServer(dataset.db);
  try {
    const sessionOf = sessions(server.url);
    const camat = await sessionOf(plan.camat);
    const pengelola = await sessionOf(plan.pengelola);
    const pdfOwners = await Promise.all(plan.pdfs.map(async (p) => ({ ...p, session: await sessionOf(p.owner) })));
    const saveSessions = await Promise.all([...new Set(plan.drafts.map((d) => d.owner))].map(sessionOf));
    const reads = [
      { path: "/api/auth/me", session: camat },
      { path: `/api/skps/inbox?year=${plan.year}`, session: camat },
      { path: "/api/reports/inbox", session: camat },
      { path: "/api/employees?q=siti", session: pengelola },
    ];
    const pdfs = pdfOwners.map((p) => ({ path: `/api/skps/${p.skpId}/pdf`, session: p.session }));
    const parts: Part[] = [
      { label: "SKP PDF downloads", connections: 30, spec: { kind: "get", list: pdfs } },
      { label: "reads (/me, both inboxes, search)", connections: 120, spec: { kind: "get", list: reads } },
      { label: "report saves", connections: 50, spec: { kind: "save", drafts: plan.drafts, sessions: saveSessions } },
    ];
    // A server in service is warm: PDF threads started with their fonts, statements prepared. A few requests of
    // each kind first (two PDFs of the forty), so the measure is the overload and not a cold start under it.
    for (const p of parts) {
      await runCounting(server.url, p.spec, { connections: 2, amount: 2, timeout: TIMEOUT_S });
    }
    console.log(`  ${name(dataset)}: overload, 200 connections for ${SECONDS} s ...`);
    const outcomes = await Promise.all(
      parts.map((p) =>
        runInChild(server.url, p.spec, { connections: p.connections, seconds: SECONDS, timeout: TIMEOUT_S }),
      ),
    );
    return { dataset, parts: parts.map((p, i) => withOutcome(p, outcomes[i])) };
  } finally {
    await server.stop();
  }
}

function withOutcome(p: Part, outcome: PartOutcome | undefined): OverloadResult["parts"][number] {
  if (!outcome) {
    throw new Error(`Bench: no outcome for ${p.label}`);
  }
  return {
    label: p.label,
    connections: p.connections,
    figure: outcome.figure,
    retryAfter: new Map(outcome.retryAfter),
  };
}

export function overloadTable(result: OverloadResult): string {
  const lines = [
    `### Overload, ${name(result.dataset)}: 200 connections for ${SECONDS} s, timeout ${TIMEOUT_S} s`,
    "",
    "| Part | conn. | answered | p50 ms | p99 ms | max ms | timeouts | statuses | 503 Retry-After |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  let worst = 0;
  let timeouts = 0;
  for (const p of result.parts) {
    const f = p.figure;
    worst = Math.max(worst, Number.isNaN(f.max) ? 0 : f.max);
    timeouts += f.timeouts;
    const statuses = Object.entries(f.statuses)
      .map(([code, n]) => `${code}: ${n}`)
      .join(", ");
    const retry = [...p.retryAfter].map(([value, n]) => `${value} s ×${n}`).join(", ") || "—";
    lines.push(
      `| ${p.label} | ${p.connections} | ${f.count} | ${fmt(f.p50)} | ${fmt(f.p99)} | ${fmt(f.max)} | ${f.timeouts} | ${statuses || "—"} | ${retry} |`,
    );
  }
  const met = timeouts === 0 && worst <= TIMEOUT_S * 1000;
  lines.push(
    "",
    `No request waits more than 10 s: ${met ? "MET" : "MISSED"} (longest answer ${fmt(worst)} ms, ${timeouts} timeouts).`,
  );
  return lines.join("\n");
}

function fmt(n: number): string {
  return Number.isNaN(n) ? "—" : Math.round(n).toLocaleString("en");
}
