import type { RhkKind } from "./skp.schema";

/**
 * Matriks Peran Hasil (REGULATIONS.md §2.2 "MPH"): the leader divides roles and results among subordinates with the
 * leader's IKI in the top row, the subordinates in rows, and in each cell the peran-hasil that becomes the
 * subordinate's RHK. The IKI are grouped under the RHK they measure, numbered as on the leader's SKP.
 */
export type MphIki = { id: string; indicator: string; target: string | null; unit: string | null };
export type MphRhk = { id: string; text: string; kind: RhkKind; ikis: MphIki[] };

/** One column of the matrix: an IKI of the leader, with its RHK's number ("1") and its own ("1.2"). */
export type MphColumn = { rhk: MphRhk; rhkNo: number; iki: MphIki; ikiNo: string };
/** The RHK heading above its IKI columns. */
export type MphColumnGroup = { rhk: MphRhk; rhkNo: number; span: number };

export type MphLayout = { groups: MphColumnGroup[]; columns: MphColumn[] };

/** Columns in the order of the leader's SKP: utama first, then tambahan, each RHK's IKI in their order. */
export function mphColumns(rhk: readonly MphRhk[]): MphLayout {
  const ordered = [...rhk.filter((r) => r.kind === "utama"), ...rhk.filter((r) => r.kind === "tambahan")];
  const groups: MphColumnGroup[] = [];
  const columns: MphColumn[] = [];
  ordered.forEach((r, i) => {
    // An RHK without IKI cannot be approved (iki_required), so it has nothing to divide and no column.
    if (r.ikis.length === 0) {
      return;
    }
    groups.push({ rhk: r, rhkNo: i + 1, span: r.ikis.length });
    r.ikis.forEach((iki, j) => {
      columns.push({ rhk: r, rhkNo: i + 1, iki, ikiNo: `${i + 1}.${j + 1}` });
    });
  });
  return { groups, columns };
}

export type MphCellAssignment = { id: string; raterIkiId: string | null; employeeId: string; text: string };

/** The peran-hasil in the cell of one subordinate under one IKI, in the order they were given. */
export function mphCell<A extends MphCellAssignment>(
  assignments: readonly A[],
  employeeId: string,
  ikiId: string,
): A[] {
  return assignments.filter((a) => a.employeeId === employeeId && a.raterIkiId === ikiId);
}

/**
 * Assignments that fall in no column of today's matrix (their IKI belongs to an earlier revision of the leader's SKP),
 * so a screen or a printout can still show them instead of losing them silently.
 */
export function mphOutside<A extends MphCellAssignment>(assignments: readonly A[], layout: MphLayout): A[] {
  const ikiIds = new Set(layout.columns.map((c) => c.iki.id));
  return assignments.filter((a) => a.raterIkiId === null || !ikiIds.has(a.raterIkiId));
}

/**
 * The IKI an assignment made against a whole RHK (before issue 9 rule 17) moves to: the RHK's only IKI when it has one
 * (unambiguous), else its first IKI (decision 0026). Null when the RHK has no IKI.
 */
export function legacyAssignmentIki(
  ikis: readonly { id: string; sortOrder: number }[],
): { ikiId: string; unambiguous: boolean } | null {
  const first = [...ikis].sort((a, b) => a.sortOrder - b.sortOrder)[0];
  return first ? { ikiId: first.id, unambiguous: ikis.length === 1 } : null;
}
