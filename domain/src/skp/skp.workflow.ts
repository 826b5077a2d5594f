import type { SkpReview } from "../period/period.schema";
import { RuleViolation } from "../rule-violation";
import type { SkpStatus } from "./skp.schema";

export const skpActions = [
  "edit",
  "submit",
  "return",
  "approve",
  "review",
  "review_return",
  "set_expectations",
  "revise",
] as const;
export type SkpAction = (typeof skpActions)[number];

type Moves = Record<SkpStatus, Partial<Record<SkpAction, SkpStatus>>>;

/** Moves that do not depend on the year's review setting. */
const common = {
  draft: { edit: "draft", submit: "diajukan", set_expectations: "draft" },
  dikembalikan: { edit: "dikembalikan", submit: "diajukan", set_expectations: "dikembalikan" },
  // Reached only with the review on; kept legal when a year turns the review off later, so nothing gets stuck.
  direviu: { approve: "disetujui", return: "dikembalikan", set_expectations: "direviu" },
  // Ekspektasi khusus pimpinan is set and clarified through the year (PermenPANRB 6/2022 Pasal 5, "penetapan dan
  // klarifikasi ekspektasi"; REGULATIONS.md §2.1, §3.2): the rater may change it on an approved SKP, no revision.
  disetujui: { revise: "disetujui", set_expectations: "disetujui" },
  diganti: {},
} as const satisfies Omit<Moves, "diajukan">;

/**
 * Every legal move of the SKP workflow, per the year's review setting (REGULATIONS.md §2.2 "draft -> diajukan ->
 * disetujui | dikembalikan"). PP 30/2019 has the SKP agreed "after review by the Pengelola Kinerja" (§2.1, §3.6,
 * format Reviu Rencana SKP §6.7): with the review required a submitted SKP is first reviewed (`review` -> direviu)
 * or sent back with catatan perbaikan (`review_return`) by the pengelola, and only a reviewed SKP can be approved;
 * the rater may send it back at any point. With the review off, `review` is a catatan that keeps the status.
 * `revise` starts a new revision from an approved SKP, which stays approved until the revision is approved.
 */
const transitions: Record<SkpReview, Moves> = {
  required: {
    ...common,
    diajukan: {
      review: "direviu",
      review_return: "dikembalikan",
      return: "dikembalikan",
      set_expectations: "diajukan",
    },
  },
  off: {
    ...common,
    diajukan: { approve: "disetujui", return: "dikembalikan", review: "diajukan", set_expectations: "diajukan" },
  },
};

const refusals: Record<SkpAction, string> = {
  edit: "SKP hanya dapat diubah saat masih draf atau dikembalikan; setelah disetujui, buat revisi",
  submit: "SKP ini sudah diajukan atau sudah disetujui",
  return: "Hanya SKP yang sedang diajukan atau sudah direviu yang dapat dikembalikan",
  approve: "Hanya SKP yang sedang diajukan yang dapat disetujui",
  review: "Reviu pengelola kinerja hanya untuk SKP yang sedang diajukan",
  review_return: "Pengelola kinerja hanya dapat mengembalikan SKP yang sedang diajukan dan menunggu reviu",
  set_expectations: "Ekspektasi khusus pimpinan tidak dapat diubah pada SKP yang sudah diganti revisinya",
  revise: "Revisi hanya dapat dibuat dari SKP yang sudah disetujui dan masih berlaku",
};

/** Where `action` leads from `from`; refuses an illegal move, and an approval that still waits for the review. */
export function nextSkpStatus(from: SkpStatus, action: SkpAction, review: SkpReview): SkpStatus {
  const to = transitions[review][from][action];
  if (to) {
    return to;
  }
  if (action === "approve" && from === "diajukan" && review === "required") {
    throw new RuleViolation(
      "skp_review_pending",
      "SKP ini belum direviu pengelola kinerja; persetujuan dapat diberikan setelah reviu",
      { from, action },
    );
  }
  throw new RuleViolation("illegal_transition", refusals[action], { from, action });
}

export function legalSkpActions(from: SkpStatus, review: SkpReview): SkpAction[] {
  return skpActions.filter((action) => transitions[review][from][action] !== undefined);
}

/** Whether the SKP waits for the pengelola kinerja: submitted in a year that requires the review. */
export function awaitsReview(status: SkpStatus, review: SkpReview): boolean {
  return status === "diajukan" && review === "required";
}
