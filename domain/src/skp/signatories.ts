import type { Party, PrintedParties, Signatories, SkpStatus } from "./skp.schema";

/** The workflow steps that keep a snapshot of who stood where (rule: "who signed" is what it was that day). */
export const snapshotSteps = ["submitted", "reviewed", "review_returned", "returned", "approved"] as const;
export type SnapshotStep = (typeof snapshotSteps)[number];

export function isSnapshotStep(action: string): action is SnapshotStep {
  return (snapshotSteps as readonly string[]).includes(action);
}

type Step = { action: string; at: string; signatories: Signatories | null };
type Current = { employee: Party; rater: Party | null; atasanRater: Party | null };

/**
 * Who an SKP printout names (REGULATIONS.md §6.1 identity block and signatures). An approved SKP, and one replaced by
 * a revision, print the snapshot taken at its approval, so a Plt placed after the Camat approved does not appear on
 * a form the Camat signed. Anything not approved prints the officials resolved now, marked "current". An approved
 * SKP from before snapshots were kept falls back to "current" as well, so the printout never claims a snapshot.
 */
export function printedPartiesFor(status: SkpStatus, steps: readonly Step[], current: Current): PrintedParties {
  if (status === "disetujui" || status === "diganti") {
    const approval = [...steps].reverse().find((s) => s.action === "approved" && s.signatories !== null);
    if (approval?.signatories) {
      const { employee, rater, atasanRater } = approval.signatories;
      return { basis: "approval", at: approval.at, employee, rater, atasanRater };
    }
  }
  return { basis: "current", at: null, ...current };
}
