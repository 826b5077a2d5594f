import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type Figure, type Load, type Release, run } from "./measure";
import { saveLoad } from "./scale-section";
import type { Draft, Session } from "./targets";

/** What one part of a load sends, as plain data so that another process can send it. */
export type LoadSpec =
  | { kind: "get"; list: { path: string; session: Session }[] }
  | { kind: "save"; drafts: Draft[]; sessions: Session[] };
export type RunOptions = { connections: number; seconds?: number; amount?: number; timeout: number };
export type PartOutcome = { figure: Figure; retryAfter: [string, number][] };

/** The load a spec describes; the save load keeps each draft's version as the answers come. */
export async function loadOf(spec: LoadSpec): Promise<Load> {
  if (spec.kind === "get") {
    return rotate(spec.list);
  }
  const byName = new Map(spec.sessions.map((s) => [s.username, s]));
  // The drafts themselves: a warm-up's saves move their versions on before the spec goes to another process.
  return saveLoad({ drafts: spec.drafts }, async (username) => {
    const session = byName.get(username);
    if (!session) {
      throw new Error(`Bench: no session for ${username}`);
    }
    return session;
  });
}

/**
 * Runs one part in its own Node process. One client process driving 200 connections shares one event loop with
 * every part's timers and parsing, so a slow turn there would read as the server's latency (issue 10, overload).
 */
export function runInChild(url: string, spec: LoadSpec, options: RunOptions): Promise<PartOutcome> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_LOAD: JSON.stringify({ url, spec, options }) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) {
        reject(new Error(`Bench load process stopped (exit ${code}): ${out.slice(-300)}`));
        return;
      }
      // The child printed a PartOutcome as its last line (main below).
      resolve(JSON.parse(line) as PartOutcome);
    });
  });
}

/** Runs a load and counts every 503 with the Retry-After it carried. */
export async function runCounting(url: string, spec: LoadSpec, options: RunOptions): Promise<PartOutcome> {
  const retryAfter = new Map<string, number>();
  const figure = await run(url, counting(await loadOf(spec), retryAfter), options);
  return { figure, retryAfter: [...retryAfter] };
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

function counting(load: Load, retryAfter: Map<string, number>): Load {
  const inner = load.next;
  if (!inner) {
    return load;
  }
  return {
    ...load,
    next: () => {
      const request = inner();
      const release: Release = (status, body, headers) => {
        if (status === 503) {
          const value = headers["retry-after"] ?? "(none)";
          retryAfter.set(value, (retryAfter.get(value) ?? 0) + 1);
        }
        request.release(status, body, headers);
      };
      return { ...request, release };
    },
  };
}

if (process.env.BENCH_LOAD && process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url, spec, options } = JSON.parse(process.env.BENCH_LOAD) as {
    url: string;
    spec: LoadSpec;
    options: RunOptions;
  };
  const outcome = await runCounting(url, spec, options);
  console.log(JSON.stringify(outcome));
}
