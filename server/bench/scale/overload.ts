import type { Dataset } from "./datasets";
import { type Figure, type Load, type Release, run } from "./measure";
import { name, saveLoad } from "./scale-section";
import { startBenchServer } from "./server-process";
import { planFor, type Session, sessions } from "./targets";

const SECONDS = 60;
const TIMEOUT_S = 10;

type Part = { label: string; connections: number; load: Load; retryAfter: Map<string, number>; served503: number[] };
export type OverloadResult = { dataset: Dataset; parts: (Omit<Part, "load"> & { figure: Figure })[] };

/**
 * 200 connections for 60 s on SKP PDFs among ordinary reads and report saves, with autocannon's 10 s timeout:
 * the longest answer, the timeouts, every status, and the 503s with the Retry-After they carried.
 */
export async function overload(dataset: Dataset): Promise<OverloadResult> {
  const plan = await planFor(dataset.db, dataset.size, 60);
  const server = await startBenchServer(dataset.db);
  try {
    const sessionOf = sessions(server.url);
    const camat = await sessionOf(plan.camat);
    const pengelola = await sessionOf(plan.pengelola);
    const pdfOwners = await Promise.all(plan.pdfs.map(async (p) => ({ ...p, session: await sessionOf(p.owner) })));
    const reads = [
      { path: "/api/auth/me", session: camat },
      { path: `/api/skps/inbox?year=${plan.year}`, session: camat },
      { path: "/api/reports/inbox", session: camat },
      { path: "/api/employees?q=siti", session: pengelola },
    ];
    const parts: Part[] = [
      part(
        "SKP PDF downloads",
        30,
        rotate(pdfOwners.map((p) => ({ path: `/api/skps/${p.skpId}/pdf`, session: p.session }))),
      ),
      part("reads (/me, both inboxes, search)", 120, rotate(reads)),
      part("report saves", 50, await saveLoad(plan, sessionOf)),
    ];
    // A server in service is warm: PDF threads started with their fonts, statements prepared. A few requests of
    // each kind first (two PDFs of the forty), so the measure is the overload and not a cold start under it.
    for (const p of parts) {
      await run(server.url, p.load, { connections: 2, amount: 2, timeout: TIMEOUT_S });
    }
    console.log(`  ${name(dataset)}: overload, 200 connections for ${SECONDS} s ...`);
    const figures = await Promise.all(
      parts.map((p) => run(server.url, watch(p), { connections: p.connections, seconds: SECONDS, timeout: TIMEOUT_S })),
    );
    return { dataset, parts: parts.map(({ load: _load, ...p }, i) => ({ ...p, figure: figures[i] as Figure })) };
  } finally {
    await server.stop();
  }
}

function part(label: string, connections: number, load: Load): Part {
  return { label, connections, load, retryAfter: new Map(), served503: [] };
}

/** Cycles through a list of GET requests, one signed-in session each. */
function rotate(list: { path: string; session: Session }[]): Load {
  let i = 0;
  return {
    path: list[0]?.path ?? "/",
    next: () => {
      const item = list[i++ % list.length];
      if (!item) {
        throw new Error("Bench: nothing to request");
      }
      return { path: item.path, headers: { cookie: item.session.cookie }, release: () => {} };
    },
  };
}

/** Wraps a load so that every 503 and its Retry-After header are counted. */
function watch(p: Part): Load {
  const inner = p.load.next;
  if (!inner) {
    return p.load;
  }
  return {
    ...p.load,
    next: () => {
      const request = inner();
      const release: Release = (status, body, headers) => {
        if (status === 503) {
          const value = headers["retry-after"] ?? "(none)";
          p.retryAfter.set(value, (p.retryAfter.get(value) ?? 0) + 1);
        }
        request.release(status, body, headers);
      };
      return { ...request, release };
    },
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
