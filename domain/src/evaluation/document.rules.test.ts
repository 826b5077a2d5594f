import assert from "node:assert/strict";
import { test } from "node:test";
import { RuleViolation } from "../rule-violation";
import { periodCodeSchema } from "./capaian.schema";
import { DISTRIBUTION_PATTERNS } from "./distribution";
import {
  assertPrintable,
  assertScanType,
  canReadPenetapan,
  canUploadPenetapanScan,
  KURVA_AXIS,
  KURVA_SHAPES,
  periodOfCode,
  printedPeriodName,
} from "./document.rules";
import { capaianValues } from "./evaluation.enums";

const printed = (year: number, code: string) => {
  const period = periodOfCode(year, code);
  assert.ok(period, code);
  return printedPeriodName(period);
};

test("prints the quarters as the form does, the fourth as IV-AKHIR (REGULATIONS.md §2.4)", () => {
  assert.equal(printed(2026, "TW1"), "TRIWULAN I");
  assert.equal(printed(2026, "TW2"), "TRIWULAN II");
  assert.equal(printed(2026, "TW3"), "TRIWULAN III");
  assert.equal(printed(2026, "TW4"), "TRIWULAN IV-AKHIR");
});

test("prints the other cadences, their last period marked AKHIR", () => {
  assert.equal(printed(2026, "S1"), "SEMESTER I");
  assert.equal(printed(2026, "S2"), "SEMESTER II-AKHIR");
  assert.equal(printed(2026, "TH"), "TAHUNAN");
  assert.equal(printed(2026, "B03"), "MARET");
  assert.equal(printed(2026, "B12"), "DESEMBER-AKHIR");
});

test("gives each period code its dates and refuses unknown codes", () => {
  assert.deepEqual(periodOfCode(2026, "TW2"), {
    code: "TW2",
    label: "Triwulan II",
    start: "2026-04-01",
    end: "2026-06-30",
    isAnnual: false,
  });
  assert.equal(periodOfCode(2026, "TW5"), undefined);
  assert.equal(periodOfCode(2026, "B13"), undefined);
  assert.equal(periodCodeSchema.safeParse("TW4").success, true);
  for (const bad of ["TW0", "TW5", "tw1", "S3", "B00", "B13", "", "TW1 "]) {
    assert.equal(periodCodeSchema.safeParse(bad).success, false, bad);
  }
});

test("refuses to print a draft evaluation and prints every later status", () => {
  assert.throws(
    () => assertPrintable("draft"),
    (e) => e instanceof RuleViolation && e.code === "evaluation_not_final",
  );
  for (const status of ["ditetapkan", "diterima", "locked"] as const) {
    assert.doesNotThrow(() => assertPrintable(status));
  }
});

test("takes PDF, JPEG and PNG scans only", () => {
  for (const mime of ["application/pdf", "image/jpeg", "image/png"]) {
    assert.doesNotThrow(() => assertScanType(mime));
  }
  for (const mime of ["image/webp", "application/msword", "text/html", ""]) {
    assert.throws(
      () => assertScanType(mime),
      (e) => e instanceof RuleViolation && e.code === "scan_type_not_allowed",
      mime,
    );
  }
});

test("lets the unit head, the head one level up, the pengelola and the auditor read the Format Penetapan", () => {
  const heads = { unitHeadId: "lurah", upperHeadId: "camat" };
  assert.equal(canReadPenetapan({ employeeId: "lurah", roles: [] }, heads), true);
  assert.equal(canReadPenetapan({ employeeId: "camat", roles: [] }, heads), true);
  assert.equal(canReadPenetapan({ employeeId: null, roles: ["pengelola_kinerja"] }, heads), true);
  assert.equal(canReadPenetapan({ employeeId: null, roles: ["auditor"] }, heads), true);
  assert.equal(canReadPenetapan({ employeeId: "staff", roles: [] }, heads), false);
  assert.equal(canReadPenetapan({ employeeId: null, roles: [] }, { unitHeadId: null, upperHeadId: null }), false);
});

test("lets the unit head and the pengelola upload the signed Format Penetapan, not the head above nor the auditor", () => {
  const heads = { unitHeadId: "lurah" };
  assert.equal(canUploadPenetapanScan({ employeeId: "lurah", roles: [] }, heads), true);
  assert.equal(canUploadPenetapanScan({ employeeId: "x", roles: ["pengelola_kinerja"] }, heads), true);
  assert.equal(canUploadPenetapanScan({ employeeId: "camat", roles: [] }, heads), false);
  assert.equal(canUploadPenetapanScan({ employeeId: null, roles: ["auditor"] }, heads), false);
  assert.equal(canUploadPenetapanScan({ employeeId: null, roles: [] }, { unitHeadId: null }), false);
});

test("draws each pattern's curve with its peak where the pattern wants most employees", () => {
  assert.deepEqual(KURVA_AXIS, ["sangat_kurang", "kurang", "butuh_perbaikan", "baik", "sangat_baik"]);
  const peaks = { istimewa: "sangat_baik", baik: "baik", butuh_perbaikan: "butuh_perbaikan", kurang: "kurang" };
  for (const capaian of capaianValues) {
    const shape = KURVA_SHAPES[capaian];
    assert.equal(shape.length, 5);
    const peak: string | undefined = KURVA_AXIS[shape.indexOf(Math.max(...shape))];
    assert.equal(peak, capaian === "sangat_kurang" ? "sangat_kurang" : peaks[capaian], capaian);
  }
  // "tidak ada pegawai dengan predikat Sangat Baik" (REGULATIONS.md §3.5 rule 5): the curve is flat there.
  assert.equal(KURVA_SHAPES.sangat_kurang[4], 0);
  assert.ok(DISTRIBUTION_PATTERNS.sangat_kurang.some((r) => r.kind === "max" && r.percent === 0));
});
