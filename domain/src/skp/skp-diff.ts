import { berakhlakValueCodes } from "./berakhlak";
import type { Rhk, SkpDetail } from "./skp.schema";
import type {
  DiffChange,
  IkiDiff,
  IkiField,
  RhkDiff,
  RhkField,
  SkpDiff,
  SkpSnapshot,
  SnapshotIki,
  SnapshotRhk,
} from "./skp-diff.schema";

/** The content a return keeps (decision 0050): RHK with their IKI and RHK atasan as text, lampiran, expectations. */
export function snapshotOf(
  skp: Pick<SkpDetail, "model" | "approach" | "lampiran"> & {
    rhk: readonly Rhk[];
    expectations: readonly { valueCode: SkpSnapshot["expectations"][number]["valueCode"]; text: string }[];
  },
): SkpSnapshot {
  return {
    model: skp.model,
    approach: skp.approach,
    rhk: skp.rhk.map((r) => ({
      kind: r.kind,
      text: r.text,
      parent: r.externalParent?.text ?? r.parentRhkText ?? null,
      perspektif: r.perspektif,
      ikis: r.ikis.map(({ aspek, indicator, target, unit, accumulation }) => ({
        aspek,
        indicator,
        target,
        unit,
        accumulation,
      })),
    })),
    lampiran: {
      dukungan_sumber_daya: [...skp.lampiran.dukungan_sumber_daya],
      skema_pertanggungjawaban: [...skp.lampiran.skema_pertanggungjawaban],
      konsekuensi: [...skp.lampiran.konsekuensi],
    },
    expectations: skp.expectations.filter((e) => e.text.trim() !== "").map((e) => ({ ...e })),
  };
}

/** Spaces the reader cannot see do not count as a change. */
const squash = (s: string | null) => (s === null ? null : s.trim().replace(/\s+/g, " "));
const key = (s: string) => squash(s)?.toLocaleLowerCase("id") ?? "";
const words = (s: string) =>
  new Set(
    key(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/** Dice coefficient of the two texts' words: 1 for the same words, 0 for none in common. */
export function textSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size + y.size === 0) {
    return 1;
  }
  const shared = [...x].filter((w) => y.has(w)).length;
  return (2 * shared) / (x.size + y.size);
}

/** Below this share of words in common, a rewritten text is a removal and an addition, not a change. */
export const SAME_ITEM_SIMILARITY = 0.5;

type Score<T> = (before: T, after: T) => number;

/**
 * Pairs items of the two lists (after index → before index): each rule in turn, best score first, ties in list
 * order; a score of 0 never pairs. Ids cannot pair them: a saved draft writes its RHK and IKI afresh.
 */
function pairUp<T>(before: readonly T[], after: readonly T[], rules: readonly Score<T>[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const rule of rules) {
    const candidates: { a: number; b: number; score: number }[] = [];
    after.forEach((x, a) => {
      before.forEach((y, b) => {
        if (!pairs.has(a) && !taken.has(b)) {
          const score = rule(y, x);
          if (score > 0) {
            candidates.push({ a, b, score });
          }
        }
      });
    });
    candidates.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
    for (const { a, b } of candidates) {
      if (!pairs.has(a) && !taken.has(b)) {
        pairs.set(a, b);
        taken.add(b);
      }
    }
  }
  return pairs;
}

/**
 * The paired items (after index) that changed place: those outside the longest run kept in the same order, so an
 * insertion or removal above an item does not count as moving it.
 */
function movedOf(pairs: ReadonlyMap<number, number>): Set<number> {
  const byBefore = [...pairs].sort((p, q) => p[1] - q[1]).map(([a]) => a);
  const length = byBefore.map(() => 1);
  const previous = byBefore.map(() => -1);
  byBefore.forEach((a, i) => {
    for (let j = 0; j < i; j++) {
      const lj = length[j] ?? 1;
      if ((byBefore[j] ?? 0) < a && lj + 1 > (length[i] ?? 1)) {
        length[i] = lj + 1;
        previous[i] = j;
      }
    }
  });
  const kept = new Set<number>();
  let at = length.lastIndexOf(Math.max(0, ...length));
  while (at >= 0) {
    kept.add(byBefore[at] ?? -1);
    at = previous[at] ?? -1;
  }
  return new Set(byBefore.filter((a) => !kept.has(a)));
}

/** Builds the entries in today's order, each removed item right after the paired one that stood before it. */
function merge<T, E>(
  before: readonly T[],
  after: readonly T[],
  pairs: ReadonlyMap<number, number>,
  entry: (b: number | null, a: number | null) => E,
): E[] {
  const afterOf = new Map([...pairs].map(([a, b]) => [b, a]));
  const removedAfter = new Map<number, E[]>();
  let anchor = -1;
  before.forEach((_, b) => {
    const a = afterOf.get(b);
    if (a !== undefined) {
      anchor = a;
      return;
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), entry(b, null)]);
  });
  return [
    ...(removedAfter.get(-1) ?? []),
    ...after.flatMap((_, a) => [entry(pairs.get(a) ?? null, a), ...(removedAfter.get(a) ?? [])]),
  ];
}

function fieldChanges<F extends string>(
  fields: readonly F[],
  before: (f: F) => string | null,
  after: (f: F) => string | null,
) {
  return fields
    .filter((f) => squash(before(f)) !== squash(after(f)))
    .map((field) => ({ field, before: before(field), after: after(field) }));
}

function changeOf(added: boolean, removed: boolean, changed: boolean, moved: boolean): DiffChange {
  if (added) {
    return "added";
  }
  if (removed) {
    return "removed";
  }
  if (changed) {
    return "changed";
  }
  return moved ? "moved" : "unchanged";
}

const ikiFields: readonly IkiField[] = ["indicator", "aspek", "target", "unit", "accumulation"];
const rhkFields: readonly RhkField[] = ["text", "kind", "parent", "perspektif"];

/** The IKI of one RHK: the same indicator, then a similar one, then the only one left with the same aspek. */
export function diffIkis(before: readonly SnapshotIki[], after: readonly SnapshotIki[]): IkiDiff[] {
  const pairs = pairUp(before, after, [
    (b, a) => (key(b.indicator) === key(a.indicator) ? 1 : 0),
    (b, a) => {
      const s = textSimilarity(b.indicator, a.indicator);
      return s >= SAME_ITEM_SIMILARITY ? s : 0;
    },
    (b, a) => (b.aspek !== null && b.aspek === a.aspek ? 1 : 0),
  ]);
  const moved = movedOf(pairs);
  return merge(before, after, pairs, (b, a): IkiDiff => {
    const old = b === null ? null : (before[b] ?? null);
    const now = a === null ? null : (after[a] ?? null);
    const fields =
      old && now
        ? fieldChanges(
            ikiFields,
            (f) => old[f],
            (f) => now[f],
          )
        : [];
    const isMoved = a !== null && moved.has(a);
    return {
      change: changeOf(old === null, now === null, fields.length > 0, isMoved),
      moved: isMoved,
      beforeNo: b === null ? null : b + 1,
      afterNo: a === null ? null : a + 1,
      before: old,
      after: now,
      fields,
    };
  });
}

/** The Hasil Kerja table's order: A. utama, then B. tambahan, each as written. */
const inTableOrder = (rhk: readonly SnapshotRhk[]) => [
  ...rhk.filter((r) => r.kind === "utama"),
  ...rhk.filter((r) => r.kind === "tambahan"),
];
const numberIn = (list: readonly SnapshotRhk[], index: number) => {
  const kind = list[index]?.kind;
  return list.slice(0, index + 1).filter((r) => r.kind === kind).length;
};

/** The RHK: the same text, then a similar one (a reworded RHK); the rest were added or removed. */
export function diffRhk(beforeList: readonly SnapshotRhk[], afterList: readonly SnapshotRhk[]): RhkDiff[] {
  const before = inTableOrder(beforeList);
  const after = inTableOrder(afterList);
  const pairs = pairUp(before, after, [
    (b, a) => (key(b.text) === key(a.text) ? 1 : 0),
    (b, a) => {
      const s = textSimilarity(b.text, a.text);
      return s >= SAME_ITEM_SIMILARITY ? s : 0;
    },
  ]);
  const moved = movedOf(pairs);
  return merge(before, after, pairs, (b, a): RhkDiff => {
    const old = b === null ? null : (before[b] ?? null);
    const now = a === null ? null : (after[a] ?? null);
    const shown = now ?? old;
    const fields =
      old && now
        ? fieldChanges(
            rhkFields,
            (f) => old[f],
            (f) => now[f],
          )
        : [];
    const ikis = diffIkis(old?.ikis ?? [], now?.ikis ?? []);
    const isMoved = a !== null && moved.has(a);
    const changed = fields.length > 0 || ikis.some((i) => i.change !== "unchanged");
    return {
      change: changeOf(old === null, now === null, changed, isMoved),
      moved: isMoved,
      beforeNo: b === null ? null : numberIn(before, b),
      afterNo: a === null ? null : numberIn(after, a),
      kind: shown?.kind ?? "utama",
      text: shown?.text ?? "",
      fields,
      ikis,
    };
  });
}

function diffExpectations(before: SkpSnapshot["expectations"], after: SkpSnapshot["expectations"]) {
  const textOf = (list: SkpSnapshot["expectations"], code: string) =>
    squash(list.find((e) => e.valueCode === code)?.text ?? "") ?? "";
  return berakhlakValueCodes.flatMap((valueCode) => {
    const old = textOf(before, valueCode);
    const now = textOf(after, valueCode);
    if (old === now) {
      return [];
    }
    const change = old === "" ? ("added" as const) : now === "" ? ("removed" as const) : ("changed" as const);
    return [{ valueCode, change, before: old || null, after: now || null }];
  });
}

/** Lampiran items gone and new, per list; the same text twice counts twice. */
function diffLampiran(before: SkpSnapshot["lampiran"], after: SkpSnapshot["lampiran"]) {
  const kinds = ["dukungan_sumber_daya", "skema_pertanggungjawaban", "konsekuensi"] as const;
  const missing = (from: readonly string[], other: readonly string[]) => {
    const left = other.map(key);
    return from.filter((item) => {
      const at = left.indexOf(key(item));
      if (at < 0) {
        return true;
      }
      left.splice(at, 1);
      return false;
    });
  };
  return kinds.flatMap((kind) => [
    ...missing(before[kind], after[kind]).map((text) => ({ kind, change: "removed" as const, text })),
    ...missing(after[kind], before[kind]).map((text) => ({ kind, change: "added" as const, text })),
  ]);
}

/** What the employee (and the rater's expectations) changed between the returned SKP and the one in front of the rater. */
export function diffSkp(before: SkpSnapshot, after: SkpSnapshot): SkpDiff {
  const model = before.model === after.model ? null : { before: before.model, after: after.model };
  const approach = before.approach === after.approach ? null : { before: before.approach, after: after.approach };
  const rhk = diffRhk(before.rhk, after.rhk);
  const expectations = diffExpectations(before.expectations, after.expectations);
  const lampiran = diffLampiran(before.lampiran, after.lampiran);
  const changes =
    rhk.filter((r) => r.change !== "unchanged").length +
    expectations.length +
    lampiran.length +
    (model ? 1 : 0) +
    (approach ? 1 : 0);
  return { model, approach, rhk, expectations, lampiran, changes };
}
