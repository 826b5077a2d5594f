// npm run bench [-- --scale 10,926 --db sqlite,postgres --duration 10 --rebuild --overload --no-in-process]
// 1. In-process (bench.ts): app.inject on the demo office, as ratios to a bare endpoint.
// 2. Scale: the app in its own process on cached datasets of N kecamatan (926 ≈ 100,000 employees), loaded over
//    loopback HTTP with autocannon, each endpoint beside bare endpoints measured in the same run; a Markdown table
//    with issue 10's targets. 3. --overload: 200 connections for 60 s with PDFs among reads and writes.
import { cpus, loadavg } from "node:os";
import { ensureDataset } from "./scale/datasets";
import { benchOptions } from "./scale/options";
import { overload, overloadTable } from "./scale/overload";
import { detailTable, summaryTable } from "./scale/report-table";
import { type DatasetResult, measureDataset, name } from "./scale/scale-section";

const options = benchOptions(process.argv.slice(2), process.env);

if (options.inProcess) {
  await import("./bench");
}

const machine = () =>
  `${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")} (1 / 5 / 15 min), Node ${process.version}`;

if (options.sizes.length > 0) {
  console.log(`\nScale section, ${machine()}`);
  const results: DatasetResult[] = [];
  const built: string[] = [];
  for (const size of options.sizes) {
    for (const dialect of options.dialects) {
      const dataset = await ensureDataset(size, dialect, options);
      built.push(
        `- ${name(dataset)}: ${dataset.employees.toLocaleString("en")} employees, ${dataset.where}, ` +
          (dataset.builtIn === null ? "cached" : `built in ${dataset.builtIn.toFixed(0)} s`),
      );
      if (options.overload) {
        console.log(`\n${overloadTable(await overload(dataset))}\n`);
        continue;
      }
      console.log(`\nMeasuring ${name(dataset)} (${options.duration} s per run) ...`);
      const result = await measureDataset(dataset, options.duration, options.only);
      results.push(result);
      console.log(`\n${detailTable(result)}\n`);
    }
  }
  console.log(`Datasets:\n${built.join("\n")}\n`);
  if (results.length > 0) {
    console.log(`## Scale summary\n\n${summaryTable(results)}\n`);
    console.log(
      "Latency targets are judged on p95 at 1 connection; the report save on its throughput at 10 connections\n" +
        "against the bare insert endpoint (SQLite synchronous=FULL; PostgreSQL a plain autocommit insert).",
    );
  }
  console.log(`\nAfterwards: ${machine()}`);
}
