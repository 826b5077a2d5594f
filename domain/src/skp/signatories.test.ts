import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isSnapshotStep, printedPartiesFor } from "./signatories";
import type { Party, Signatories, SkpStatus } from "./skp.schema";

const party = (name: string, position: string): Party => ({
  employeeId: `id-${name}`,
  positionId: `pos-${position}`,
  name,
  nip: "197001011990031001",
  pangkat: "Pembina (IV/a)",
  position,
  unit: "Kecamatan Plaju",
});
const lurah = party("Lurah", "Lurah Komperta");
const camat = party("Camat", "Camat Plaju");
const plt = party("Kasi Pem", "Plt. Camat Plaju");
const sekda = party("Sekda", "Sekretaris Daerah Kota Palembang");
const atApproval: Signatories = { employee: lurah, rater: camat, atasanRater: sekda, pengelola: null };
const steps = [
  { action: "created", at: "2026-01-15T02:00:00.000Z", signatories: null },
  { action: "submitted", at: "2026-01-20T02:00:00.000Z", signatories: atApproval },
  { action: "approved", at: "2026-01-25T03:00:00.000Z", signatories: atApproval },
];
/** What the chart resolves in March: a Plt Camat placed from 1 February. */
const now = { employee: lurah, rater: plt, atasanRater: sekda };

describe("printedPartiesFor: who an SKP printout names", () => {
  it("prints the Camat who approved on 25 January, not the Plt placed from 1 February", () => {
    const printed = printedPartiesFor("disetujui", steps, now);
    assert.equal(printed.basis, "approval");
    assert.equal(printed.rater?.name, "Camat");
    assert.equal(printed.at, "2026-01-25T03:00:00.000Z");
  });

  it("keeps the approval snapshot on an SKP replaced by a revision", () => {
    assert.equal(printedPartiesFor("diganti", steps, now).rater?.name, "Camat");
  });

  it("takes the latest approval when a step was repeated", () => {
    const again = [
      ...steps,
      { action: "approved", at: "2026-02-03T03:00:00.000Z", signatories: { ...atApproval, rater: plt } },
    ];
    assert.equal(printedPartiesFor("disetujui", again, now).at, "2026-02-03T03:00:00.000Z");
  });

  const open: SkpStatus[] = ["draft", "diajukan", "direviu", "dikembalikan"];
  for (const status of open) {
    it(`prints the officials resolved now, marked current, on a ${status} SKP`, () => {
      const printed = printedPartiesFor(status, steps, now);
      assert.deepEqual(printed, { basis: "current", at: null, ...now });
    });
  }

  it("falls back to the current officials, marked current, on an approved SKP without a snapshot", () => {
    const legacy = steps.map((s) => ({ ...s, signatories: null }));
    assert.equal(printedPartiesFor("disetujui", legacy, now).basis, "current");
  });
});

describe("isSnapshotStep", () => {
  for (const action of ["submitted", "reviewed", "review_returned", "returned", "approved"]) {
    it(`keeps a snapshot on "${action}"`, () => assert.equal(isSnapshotStep(action), true));
  }
  for (const action of ["created", "revision_started", "expectations_set", "superseded"]) {
    it(`keeps none on "${action}"`, () => assert.equal(isSnapshotStep(action), false));
  }
});
