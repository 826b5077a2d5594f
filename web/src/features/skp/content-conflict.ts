import { type LampiranKind, lampiranKindSchema, type SkpDetail } from "@simkin/domain";
import type { useT } from "../../i18n/i18n";
import { type ConflictRow, differingRows } from "../../lib/conflict-modal";
import { type ContentValues, toValues } from "./content-form";
import { lampiranKey } from "./skp-labels";

/** One RHK as a person reads it: its text, then each IKI with its target. */
function rhkText(rhk: ContentValues["rhk"][number] | undefined): string {
  if (!rhk) {
    return "";
  }
  const ikis = rhk.ikis.map((i) => `• ${i.indicator}${i.target ? `: ${i.target} ${i.unit}`.trimEnd() : ""}`);
  return [rhk.text, ...ikis].join("\n");
}

const items = (values: ContentValues, kind: LampiranKind) => values.lampiran[kind].map((i) => `• ${i.text}`).join("\n");

/** The SKP content the user typed against what is saved now: each RHK in order, then each part of the lampiran. */
export function contentConflictRows(mine: ContentValues, fresh: SkpDetail, t: ReturnType<typeof useT>): ConflictRow[] {
  const theirs = toValues(fresh);
  const count = Math.max(mine.rhk.length, theirs.rhk.length);
  return differingRows([
    ...Array.from({ length: count }, (_, i) => ({
      label: `${t("skp.hasilKerja")} ${i + 1}`,
      mine: rhkText(mine.rhk[i]),
      theirs: rhkText(theirs.rhk[i]),
    })),
    ...lampiranKindSchema.options.map((kind) => ({
      label: `${t("skp.lampiran.title")}: ${t(lampiranKey(kind))}`,
      mine: items(mine, kind),
      theirs: items(theirs, kind),
    })),
  ]);
}
