import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DbConfig } from "../../src/config";

export type BenchServer = { url: string; synchronous: string; stop: () => Promise<void> };

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Starts bench-server.ts in its own process (its own event loop, as in production) and waits until it listens. */
export async function startBenchServer(db: DbConfig): Promise<BenchServer> {
  const profile = process.env.BENCH_SERVER_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_SERVER_PROF}`]
    : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "bench/scale/bench-server.ts"], {
    cwd: serverDir,
    env: { ...process.env, BENCH_SERVER_DB: JSON.stringify(db) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/listening \d+ synchronous=\S+/);
      if (match) {
        resolve(match[0]);
      }
    });
    child.once("exit", (code) => reject(new Error(`The bench server stopped before listening (exit ${code})`)));
  });
  const [, port, synchronous] = line.match(/listening (\d+) synchronous=(\S+)/) ?? [];
  return { url: `http://127.0.0.1:${port}`, synchronous: synchronous ?? "?", stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once("exit", () => resolve());
    // BENCH_TRACE: the server prints its own times first (server-trace.ts).
    const tracing = Boolean(process.env.BENCH_TRACE);
    if (tracing) {
      child.kill("SIGUSR2");
    }
    setTimeout(() => child.kill("SIGTERM"), tracing ? 500 : 0);
  });
}
