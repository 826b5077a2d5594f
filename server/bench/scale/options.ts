import { parseArgs } from "node:util";
import { MAX_COPIES } from "../../src/modules/seed/scale/scale-seed";

export type Dialect = "sqlite" | "postgres";

export type BenchOptions = {
  /** Kecamatan per dataset: 10 and 926 (about 100,000 employees) unless --scale says otherwise. */
  sizes: number[];
  dialects: Dialect[];
  /** BENCH_DATABASE_URL: the PostgreSQL database whose schemas bench_x<size> hold the datasets. */
  pgUrl: string | null;
  rebuild: boolean;
  /** Seconds per autocannon run. */
  duration: number;
  overload: boolean;
  inProcess: boolean;
  /** Measure keys to run (the bare ones always run: the ratios need them); empty runs all. */
  only: string[];
};

export const USAGE = `npm run bench [-- options]
  --scale 10,926        dataset sizes in kecamatan (926 = about 100,000 employees); 0 skips the scale section
  --db sqlite,postgres  databases (postgres needs BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:55432/simkin_bench)
  --duration 10         seconds per measure
  --rebuild             rebuild the cached datasets (data/bench/scale-x<N>.sqlite, schema bench_x<N>)
  --overload            only the overload check: 200 connections for 60 s, PDFs among reads and writes
  --no-in-process       skip the in-process section (app.inject on the demo office)
  --only save,me        only these measures (keys: me skpInbox reportInbox complianceTeam complianceAll search save)
  BENCH_SERVER_PROF=DIR writes the measured server's CPU profile to DIR (node --cpu-prof)
  BENCH_TRACE=1         the server prints, per route and status, how long it took from reading each request to answering
  BENCH_OVERLOAD_SECONDS=25  a shorter overload run (default 60)
  MAX_IN_FLIGHT, SHED_AFTER_LAG_MS, PDF_THREADS, PDF_QUEUE  the measured server's limits (production defaults otherwise)`;

export function benchOptions(args: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      scale: { type: "string", default: "10,926" },
      db: { type: "string" },
      duration: { type: "string", default: "10" },
      rebuild: { type: "boolean", default: false },
      overload: { type: "boolean", default: false },
      "no-in-process": { type: "boolean", default: false },
      only: { type: "string", default: "" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = values.scale === "0" ? [] : values.scale.split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_COPIES)) {
    throw new Error(`--scale takes sizes from 1 to ${MAX_COPIES}, e.g. --scale 10,926\n\n${USAGE}`);
  }
  const pgUrl = env.BENCH_DATABASE_URL ?? null;
  const dialects = (values.db ?? (pgUrl ? "sqlite,postgres" : "sqlite")).split(",").map((d) => d.trim());
  if (dialects.some((d) => d !== "sqlite" && d !== "postgres")) {
    throw new Error(`--db takes sqlite and/or postgres\n\n${USAGE}`);
  }
  if (dialects.includes("postgres") && !pgUrl) {
    throw new Error("--db postgres needs BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:55432/simkin_bench");
  }
  const duration = Number(values.duration);
  if (!Number.isFinite(duration) || duration < 1) {
    throw new Error("--duration takes seconds, e.g. --duration 10");
  }
  return {
    sizes,
    dialects: dialects.filter((d): d is Dialect => d === "sqlite" || d === "postgres"),
    pgUrl,
    rebuild: values.rebuild,
    duration,
    overload: values.overload,
    inProcess: !values["no-in-process"] && !values.overload,
    only: values.only
      .split(",")
      .map((k) => k.trim())
      .filter((k) => k !== ""),
  };
}
