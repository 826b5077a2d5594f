import type { Figure } from "./measure";
import { type DatasetResult, type MeasureKey, name } from "./scale-section";

/** Issue 10's targets at 100,000 employees, on both databases. Latency targets are judged at 1 connection. */
type Target = { kind: "p95"; ms: number } | { kind: "ratio"; min: number; connections: number };

const targets: Partial<Record<MeasureKey, Target>> = {
  me: { kind: "p95", ms: 50 },
  skpInbox: { kind: "p95", ms: 50 },
  reportInbox: { kind: "p95", ms: 50 },
  complianceTeam: { kind: "p95", ms: 300 },
  complianceAll: { kind: "p95", ms: 300 },
  search: { kind: "p95", ms: 100 },
  save: { kind: "ratio", min: 0.3, connections: 10 },
};

const baselineOf = (key: MeasureKey): MeasureKey | null =>
  key === "bareRead" || key === "bareInsert" ? null : key === "save" ? "bareInsert" : "bareRead";

const ms = (n: number) => (Number.isNaN(n) ? "—" : n >= 100 ? Math.round(n).toLocaleString("en") : n.toFixed(1));

function targetText(target: Target | undefined): string {
  if (!target) {
    return "";
  }
  return target.kind === "p95"
    ? `p95 ≤ ${target.ms} ms`
    : `≥ ${target.min}× bare insert at ${target.connections} conn.`;
}

/** Throughput against the bare endpoint at the same number of connections, measured in the same run. */
function ratio(result: DatasetResult, key: MeasureKey, figure: Figure): number {
  const base = baselineOf(key);
  const bare = result.measures.find((m) => m.key === base)?.figures.find((f) => f.connections === figure.connections);
  return bare && bare.rps > 0 && figure.count > 0 ? figure.rps / bare.rps : Number.NaN;
}

function verdict(result: DatasetResult, key: MeasureKey): string {
  const target = targets[key];
  const figures = result.measures.find((m) => m.key === key)?.figures ?? [];
  if (!target) {
    return "";
  }
  if (target.kind === "p95") {
    const one = figures.find((f) => f.connections === 1);
    return one && one.count > 0 && one.timeouts === 0 && one.p95 <= target.ms ? "MET" : "MISSED";
  }
  const at = figures.find((f) => f.connections === target.connections);
  return at && ratio(result, key, at) >= target.min ? "MET" : "MISSED";
}

/** One table per dataset: every measure at 1 and 10 connections. */
export function detailTable(result: DatasetResult): string {
  const { dataset } = result;
  const lines = [
    `### ${name(dataset)}: ${dataset.employees.toLocaleString("en")} employees, copy ${result.tag} measured` +
      `${dataset.dialect === "sqlite" ? ` (synchronous=${result.synchronous === "2" ? "FULL" : result.synchronous})` : ""}` +
      `; load average ${result.load[0].toFixed(2)} at the start, ${result.load[1].toFixed(2)} at the end`,
    "",
    "| Measure | conn. | p50 ms | p95 ms | p99 ms | req/s | × bare | statuses | target | |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const measure of result.measures) {
    for (const f of measure.figures) {
      const statuses = Object.entries(f.statuses)
        .map(([code, n]) => `${code}: ${n}`)
        .concat(f.timeouts ? [`timeouts: ${f.timeouts}`] : [])
        .join(", ");
      const r = ratio(result, measure.key, f);
      const first = f === measure.figures[0];
      lines.push(
        `| ${first ? measure.label : ""} | ${f.connections} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ` +
          `${f.count ? f.rps.toFixed(1) : "—"} | ${Number.isNaN(r) ? "" : `${r.toFixed(3)}×`} | ${statuses}` +
          `${f.note ? ` (${f.note})` : ""} | ${first ? targetText(targets[measure.key]) : ""} | ` +
          `${first ? verdict(result, measure.key) : ""} |`,
      );
    }
  }
  return lines.join("\n");
}

/** The issue's table: p95 at 1 connection per dataset (the save: its ratio at 10), with targets and verdicts. */
export function summaryTable(results: DatasetResult[]): string {
  const header = `| Measure | target at 100k | ${results.map((r) => name(r.dataset)).join(" | ")} |`;
  const lines = [header, `|---|---|${results.map(() => "---|").join("")}`];
  const keys: MeasureKey[] = ["me", "reportInbox", "skpInbox", "complianceTeam", "complianceAll", "search", "save"];
  for (const key of keys) {
    const label = results[0]?.measures.find((m) => m.key === key)?.label ?? key;
    const cells = results.map((result) => {
      const figures = result.measures.find((m) => m.key === key)?.figures ?? [];
      const target = targets[key];
      const f = figures.find((x) => x.connections === (target?.kind === "ratio" ? target.connections : 1));
      if (!f) {
        return "—";
      }
      const value =
        target?.kind === "ratio"
          ? `${ratio(result, key, f).toFixed(3)}× (${f.rps.toFixed(0)} req/s)`
          : f.count > 0
            ? `${ms(f.p95)} ms`
            : (f.note ?? "no answer");
      return `${value} ${verdict(result, key)}`;
    });
    lines.push(`| ${label} | ${targetText(targets[key])} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}
