import { RuleViolation } from "../rule-violation";
import type { Jenjang, PlacementKind, PositionKind } from "./org.schema";

/** Would giving `id` the parent `newParentId` make it its own ancestor? `parentOf` maps every id to its parent. */
export function wouldCreateCycle(
  parentOf: ReadonlyMap<string, string | null>,
  id: string,
  newParentId: string | null,
): boolean {
  const seen = new Set<string>();
  let current = newParentId;
  while (current !== null && !seen.has(current)) {
    if (current === id) {
      return true;
    }
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return current !== null;
}

export function assertUnitParent(parentOf: ReadonlyMap<string, string | null>, id: string, parentId: string | null) {
  if (wouldCreateCycle(parentOf, id, parentId)) {
    throw new RuleViolation("unit_cycle", "Unit tidak boleh menjadi induk dari dirinya sendiri", { id }, "parentId");
  }
}

/**
 * A position's chain upward (atasan and delegated rater) may not loop back to itself, or the position
 * would end up rating itself.
 */
export function assertPositionLinks(
  links: ReadonlyMap<string, { parentPositionId: string | null; raterPositionId: string | null }>,
  id: string,
  next: { parentPositionId: string | null; raterPositionId: string | null },
) {
  if (next.raterPositionId === id) {
    throw new RuleViolation(
      "self_rater",
      "Jabatan tidak boleh menjadi pejabat penilai bagi dirinya sendiri",
      { id },
      "raterPositionId",
    );
  }
  if (next.parentPositionId === id) {
    throw new RuleViolation(
      "position_cycle",
      "Jabatan tidak boleh menjadi atasan dirinya sendiri",
      { id },
      "parentPositionId",
    );
  }
  const updated = new Map(links);
  updated.set(id, next);
  for (const field of ["raterPositionId", "parentPositionId"] as const) {
    if (reachesItself(updated, id, next[field])) {
      const code = field === "raterPositionId" ? "self_rater" : "position_cycle";
      const message =
        field === "raterPositionId"
          ? "Pejabat penilai delegasi ini pada akhirnya dinilai oleh jabatan ini sendiri"
          : "Jabatan atasan ini berada di bawah jabatan ini sendiri";
      throw new RuleViolation(code, message, { id }, field);
    }
  }
}

function reachesItself(
  links: ReadonlyMap<string, { parentPositionId: string | null; raterPositionId: string | null }>,
  id: string,
  start: string | null,
): boolean {
  const queue = start ? [start] : [];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const current = queue.pop() as string; // the length check above guarantees an element
    if (current === id) {
      return true;
    }
    if (seen.has(current)) {
      continue;
    }
    seen.add(current);
    const link = links.get(current);
    for (const nextId of [link?.raterPositionId, link?.parentPositionId]) {
      if (nextId) {
        queue.push(nextId);
      }
    }
  }
  return false;
}

export type PlacementSpan = {
  id: string;
  employeeId: string;
  positionId: string;
  kind: PlacementKind;
  startDate: string;
  endDate: string | null;
};

function overlap(a: PlacementSpan, b: PlacementSpan): boolean {
  const aEnd = a.endDate ?? "9999-12-31";
  const bEnd = b.endDate ?? "9999-12-31";
  return a.startDate <= bEnd && b.startDate <= aEnd;
}

/**
 * A placement must fit the others: one definitive position per employee at a time, one holder of each kind per
 * position at a time, and no acting duty on the position one already holds.
 */
export function assertPlacementFits(candidate: PlacementSpan, others: readonly PlacementSpan[]) {
  if (candidate.endDate !== null && candidate.endDate < candidate.startDate) {
    throw new RuleViolation("placement_dates", "Tanggal selesai tidak boleh sebelum tanggal mulai", {}, "endDate");
  }
  const overlapping = others.filter((o) => o.id !== candidate.id && overlap(o, candidate));
  const ownDefinitive = overlapping.find(
    (o) => o.employeeId === candidate.employeeId && o.kind === "definitif" && candidate.kind === "definitif",
  );
  if (ownDefinitive) {
    throw new RuleViolation(
      "placement_overlap",
      "Pegawai sudah memiliki jabatan definitif pada rentang tanggal ini; akhiri penempatan sebelumnya terlebih dahulu",
      { conflictingPlacementId: ownDefinitive.id },
      "startDate",
    );
  }
  const sameSeat = overlapping.find((o) => o.positionId === candidate.positionId && o.kind === candidate.kind);
  if (sameSeat) {
    throw new RuleViolation(
      "position_occupied",
      "Jabatan ini sudah diisi pada rentang tanggal tersebut",
      { conflictingPlacementId: sameSeat.id },
      "positionId",
    );
  }
  const actingOnOwn = overlapping.find(
    (o) =>
      o.employeeId === candidate.employeeId &&
      o.positionId === candidate.positionId &&
      (o.kind === "definitif") !== (candidate.kind === "definitif"),
  );
  if (actingOnOwn) {
    throw new RuleViolation(
      "acting_on_own_position",
      "Pegawai tidak dapat menjadi Plt/Plh pada jabatan definitifnya sendiri",
      { conflictingPlacementId: actingOnOwn.id },
      "kind",
    );
  }
}

/** Which jenjang each jenis jabatan takes (UU ASN; REGULATIONS.md §7.3). Other kinds take none. */
export const jenjangByKind: Record<PositionKind, readonly Jenjang[]> = {
  kepala_daerah: [],
  jpt: ["utama", "madya", "pratama"],
  administrator: [],
  pengawas: [],
  pelaksana: [],
  fungsional: ["ahli_pertama", "ahli_muda", "ahli_madya", "ahli_utama", "pemula", "terampil", "mahir", "penyelia"],
};

export function assertJenjangFits(kind: PositionKind, jenjang: Jenjang | null) {
  const allowed = jenjangByKind[kind];
  if (jenjang === null ? allowed.length > 0 : !allowed.includes(jenjang)) {
    const message =
      allowed.length > 0
        ? "Jenjang wajib dipilih dan harus sesuai dengan jenis jabatan"
        : "Jenjang hanya diisi untuk jabatan fungsional dan JPT";
    throw new RuleViolation("jenjang_mismatch", message, { kind, jenjang }, "jenjang");
  }
}
