// npm run bench:batch -w @simkin/server [-- --scale 2 --connections 10]
// Decision 0040: other requests' p99 while one batch of ~200 SKP PDFs renders into a ZIP, beside the same reads with
// no batch. The app runs in its own process on the cached ×N dataset (bench/scale), loaded over loopback.
import { parseArgs } from "node:util";
import { ensureDataset } from "./scale/datasets";
import { type Figure, type Load, run } from "./scale/measure";
import { startBenchServer } from "./scale/server-process";
import { planFor, type Session, sessions } from "./scale/targets";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { scale: { type: "string", default: "2" }, connections: { type: "string", default: "10" } },
});
const size = Number(values.scale);
const connections = Number(values.connections);
const RUN_SECONDS = 5;

const dataset = await ensureDataset(size, "sqlite", { pgUrl: null, rebuild: false });
const plan = await planFor(dataset.db, size, 1);
const server = await startBenchServer(dataset.db);
try {
  const sessionOf = sessions(server.url);
  const camat = await sessionOf(plan.camat);
  const pengelola = await sessionOf(plan.pengelola);
  const reads: Load = rotate([
    { path: "/api/auth/me", session: camat },
    { path: `/api/skps/inbox?year=${plan.year}`, session: camat },
    { path: "/api/reports/inbox", session: camat },
    { path: "/api/employees?q=siti", session: pengelola },
  ]);
  const idle = await run(server.url, reads, { connections, seconds: RUN_SECONDS * 2 });
  const units = await api(server.url, pengelola, "GET", "/api/units");
  const root = (units as { id: string; parentId: string | null; name: string }[]).find((u) => u.parentId === null);
  const started = performance.now();
  const batch = (await api(server.url, pengelola, "POST", "/api/skps/batch", {
    unitId: root?.id,
    year: plan.year,
  })) as {
    id: string;
    total: number;
  };
  console.log(`Batch of ${batch.total} SKP PDFs for ${root?.name}, ${connections} connections of reads meanwhile ...`);
  const during: Figure[] = [];
  let status = "running";
  while (status === "running") {
    during.push(await run(server.url, reads, { connections, seconds: RUN_SECONDS }));
    const progress = (await api(server.url, pengelola, "GET", `/api/skps/batch/${batch.id}`)) as {
      status: string;
      done: number;
    };
    status = progress.status;
    console.log(`  ${progress.done}/${batch.total} documents, reads p99 ${during.at(-1)?.p99.toFixed(0)} ms`);
  }
  const seconds = (performance.now() - started) / 1000;
  const zip = await fetch(`${server.url}/api/skps/batch/${batch.id}/download`, {
    headers: { cookie: pengelola.cookie },
  });
  const bytes = (await zip.arrayBuffer()).byteLength;
  const worst = (key: "p50" | "p99" | "max") => Math.max(...during.map((f) => f[key]));
  const count = during.reduce((n, f) => n + f.count, 0);
  console.log(`\n| reads (/me, both inboxes, search), ${connections} conn. | requests | p50 ms | p99 ms | max ms |`);
  console.log("|---|---|---|---|---|");
  console.log(`| no batch | ${idle.count} | ${idle.p50} | ${idle.p99} | ${idle.max} |`);
  console.log(
    `| during the batch (worst ${RUN_SECONDS} s run) | ${count} | ${worst("p50")} | ${worst("p99")} | ${worst("max")} |`,
  );
  console.log(
    `\nBatch: ${status}, ${batch.total} PDFs in ${seconds.toFixed(0)} s (${(batch.total / seconds).toFixed(1)}/s), ` +
      `ZIP ${(bytes / 1024 / 1024).toFixed(1)} MB (HTTP ${zip.status}). Target: p99 during the batch <= 250 ms.`,
  );
} finally {
  await server.stop();
}

async function api(baseUrl: string, session: Session, method: "GET" | "POST", path: string, body?: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie: session.cookie, "x-csrf-token": session.csrf, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await res.json();
  if (res.status !== 200) {
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  }
  return json;
}

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
