import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Accumulation, accumulationFor, defaultAccumulationFor } from "../skp/accumulation";
import { cumulativeFor } from "./report.rules";

/** Issue 9 rule 11: each IKI declares how its months add up; the default follows its satuan. */
describe("defaultAccumulationFor", () => {
  const cases: [string | null, Accumulation][] = [
    ["persen", "average"],
    ["%", "average"],
    ["Persen", "average"],
    [" PERSEN ", "average"],
    ["persentase", "average"],
    ["nilai", "average"],
    ["nilai indeks", "average"],
    ["Nilai  Indeks", "average"],
    ["nilai\tindeks", "average"],
    ["indeks", "average"],
    ["skor", "average"],
    ["hari kerja", "average"],
    ["hari", "average"],
    ["dokumen", "sum"],
    ["laporan", "sum"],
    ["kegiatan", "sum"],
    ["berkas", "sum"],
    ["naskah", "sum"],
    ["surat", "sum"],
    ["kali", "sum"],
    ["orang", "sum"],
    ["keluarga", "sum"],
    ["lembaga", "sum"],
    ["kelurahan", "sum"],
    ["bulan", "sum"],
    ["standar pelayanan", "sum"],
    ["persentase dokumen", "sum"],
    ["nilaiindeks", "sum"],
    ["", "sum"],
    ["   ", "sum"],
    [null, "sum"],
  ];
  for (const [unit, expected] of cases) {
    it(`takes ${expected} for the satuan ${JSON.stringify(unit)}`, () => {
      assert.equal(defaultAccumulationFor(unit), expected);
    });
  }
});

describe("accumulationFor", () => {
  const cases: [Accumulation | null, string | null, Accumulation][] = [
    [null, "persen", "average"],
    [null, "berkas", "sum"],
    ["latest", "persen", "latest"],
    ["sum", "persen", "sum"],
    ["average", "berkas", "average"],
    ["latest", null, "latest"],
  ];
  for (const [declared, unit, expected] of cases) {
    it(`uses ${expected} for an IKI in ${unit} that declares ${declared ?? "nothing"}`, () => {
      assert.equal(accumulationFor({ accumulation: declared, unit }), expected);
    });
  }
});

describe("cumulativeFor by declared accumulation", () => {
  const cases: [string, (string | null)[], string | null, Accumulation, number | null, number | null][] = [
    ["a stock % (PBB-P2 so far) takes the latest month", ["12,5", "30", "41,2"], "100", "latest", 41.2, 41.2],
    ["a stock skips empty later months and keeps the last figure", ["20", "35", "", null], "100", "latest", 35, 35],
    ["a stock of one month is that month", ["8"], "100", "latest", 8, 8],
    ["the same months averaged give another answer", ["12,5", "30", "41,2"], "100", "average", 27.9, 27.9],
    ["the same months summed give yet another", ["12,5", "30", "41,2"], "100", "sum", 83.7, 83.7],
    ["a count declared as a sum", ["120", "130"], "1.500", "sum", 250, 16.7],
    ["a percentage declared as a sum of counts", ["40", "35"], "100", "sum", 75, 75],
    ["a rate declared as an average", ["90", "100"], "100", "average", 95, 95],
    ["a stock whose latest month fell back", ["60", "55"], "100", "latest", 55, 55],
    ["nothing reported", ["", null], "100", "latest", null, null],
    ["a text realisation is not a number", ["Dokumen telah disusun"], "100", "latest", null, null],
  ];
  for (const [name, values, target, method, cumulative, percent] of cases) {
    it(`${name}: ${method} of ${JSON.stringify(values)} → ${cumulative}`, () => {
      assert.deepEqual(cumulativeFor(values, target, method), { cumulative, percent });
    });
  }
});

describe("cumulativeFor with the default for the satuan", () => {
  type Case = {
    name: string;
    values: (string | null)[];
    target: string | null;
    unit: string | null;
    cumulative: number | null;
    percent: number | null;
  };
  const cases: Case[] = [
    {
      name: "adds up counts against a target in Indonesian notation",
      values: ["120", "130"],
      target: "1.500",
      unit: "berkas",
      cumulative: 250,
      percent: 16.7,
    },
    {
      name: "averages a rate in persen",
      values: ["90", "100"],
      target: "100",
      unit: "persen",
      cumulative: 95,
      percent: 95,
    },
    {
      name: "averages a rate in %",
      values: ["80", "90", "100"],
      target: "100",
      unit: "%",
      cumulative: 90,
      percent: 90,
    },
    {
      name: "averages a nilai indeks written with decimal commas",
      values: ["3,5", "4"],
      target: "4",
      unit: "Nilai Indeks",
      cumulative: 3.75,
      percent: 93.8,
    },
    {
      name: "reads values with thousands separators",
      values: ["1.200", "300"],
      target: "3.000",
      unit: "dokumen",
      cumulative: 1500,
      percent: 50,
    },
    {
      name: "reads values with decimal commas",
      values: ["85,5", "90"],
      target: "100",
      unit: "persen",
      cumulative: 87.75,
      percent: 87.8,
    },
    {
      name: "ignores empty and non-numeric values in a sum",
      values: ["120", "", null, "banyak", "   ", "130"],
      target: "1.500",
      unit: "berkas",
      cumulative: 250,
      percent: 16.7,
    },
    {
      name: "ignores empty months in an average rather than counting them as zero",
      values: ["90", "", null, "100"],
      target: "100",
      unit: "persen",
      cumulative: 95,
      percent: 95,
    },
    {
      name: "counts a reported zero",
      values: ["0", "100"],
      target: "100",
      unit: "persen",
      cumulative: 50,
      percent: 50,
    },
    {
      name: "answers nulls when every month is empty",
      values: ["", null, "  "],
      target: "1.500",
      unit: "berkas",
      cumulative: null,
      percent: null,
    },
    {
      name: "answers nulls when nothing was reported",
      values: [],
      target: "100",
      unit: "persen",
      cumulative: null,
      percent: null,
    },
    {
      name: "gives no percent for a non-numeric target",
      values: ["120", "130"],
      target: "12 Bulan",
      unit: "berkas",
      cumulative: 250,
      percent: null,
    },
    {
      name: "gives no percent without a target",
      values: ["5"],
      target: null,
      unit: "kegiatan",
      cumulative: 5,
      percent: null,
    },
    {
      name: "gives no percent for a zero target",
      values: ["5"],
      target: "0",
      unit: "kegiatan",
      cumulative: 5,
      percent: null,
    },
    {
      name: "treats a missing unit as a count",
      values: ["2", "3"],
      target: "10",
      unit: null,
      cumulative: 5,
      percent: 50,
    },
    {
      name: "rounds the cumulative to two decimals",
      values: ["1", "1", "2"],
      target: "3",
      unit: "skor",
      cumulative: 1.33,
      percent: 44.4,
    },
    {
      name: "rounds the percent to one decimal",
      values: ["1"],
      target: "3",
      unit: "laporan",
      cumulative: 1,
      percent: 33.3,
    },
    {
      name: "goes above 100 percent when the target is exceeded",
      values: ["700", "900"],
      target: "1.500",
      unit: "berkas",
      cumulative: 1600,
      percent: 106.7,
    },
    {
      name: "rounds the percent of a rate computed from the unrounded average",
      values: ["85,55", "85,56"],
      target: "90",
      unit: "persen",
      cumulative: 85.56,
      percent: 95.1,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const method = accumulationFor({ accumulation: null, unit: c.unit });
      assert.deepEqual(cumulativeFor(c.values, c.target, method), { cumulative: c.cumulative, percent: c.percent });
    });
  }
});
