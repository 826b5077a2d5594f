import { z } from "zod";
import { text } from "../http/common";
import { RuleViolation } from "../rule-violation";

/**
 * Issue 9 rule 6: the RHK atasan typed from the rater's official SKP when that SKP is not in SIMKIN (the Sekda's,
 * kept in the Pemkot's e-Kinerja). PermenPANRB 6/2022 asks every JA/JF RHK to name the atasan's RHK it intervenes
 * (REGULATIONS.md §2.2, §9.1); SIMKIN cannot point at an RHK it does not hold, so the employee copies its text, and
 * optionally the SKP's number or date, from the signed SKP.
 */
export const externalParentSchema = z.object({ text: z.string(), reference: z.string().nullable() });
export type ExternalParent = z.infer<typeof externalParentSchema>;

export const externalParentInputSchema = z.strictObject({
  text: text("RHK atasan di luar SIMKIN", 500),
  reference: z
    .string()
    .trim()
    .max(200, "Nomor/tanggal SKP atasan paling banyak 200 karakter")
    .transform((v) => v || null)
    .nullable()
    .default(null),
});

/** Identifies an external RHK atasan across revisions: the same text from the same SKP. */
export function externalParentKey(parent: ExternalParent): string {
  return `${parent.text.trim()}\u0000${(parent.reference ?? "").trim()}`;
}

/**
 * Whether an RHK may intervene an RHK atasan outside SIMKIN: only while the rater's seat has no approved SKP in
 * SIMKIN; once it has one, only the external RHK carried from the revision this draft replaces stays valid (the
 * approved SKP was agreed with it; decision 0021), a new one must be the rater's real RHK.
 */
export function externalParentAllowed(
  parent: ExternalParent,
  raterHasSkp: boolean,
  carried: ReadonlySet<string>,
): boolean {
  return !raterHasSkp || carried.has(externalParentKey(parent));
}

/** Issue 9 rule 8: who assigned a JPT's RHK when the Wali Kota does it (REGULATIONS.md §6.2 "(penugasan dari ...)"). */
export const DEFAULT_ASSIGNER = "Wali Kota";
export const assignedBySchema = z
  .string()
  .trim()
  .max(100, "Pemberi penugasan paling banyak 100 karakter")
  .transform((v) => v || null)
  .nullable()
  .default(null);

/** The marker printed after a JPT RHK's text: "(penugasan dari Wali Kota)"; "" when nobody assigned it. */
export function assignmentMarker(assignedBy: string | null): string {
  const who = assignedBy?.trim();
  return who ? `(penugasan dari ${who})` : "";
}

/** The RHK text as the JPT form prints it, with the marker after the text. */
export function rhkTextWithAssignment(rhk: { text: string; assignedBy: string | null }): string {
  const marker = assignmentMarker(rhk.assignedBy);
  return marker ? `${rhk.text} ${marker}` : rhk.text;
}

/** Issue 9 rule 7: a Perjanjian Kinerja target an RHK carries, as the SKP shows and prints it. */
export const pkTargetRefSchema = z.object({
  id: z.string(),
  unitName: z.string(),
  sasaran: z.string(),
  indicator: z.string(),
  target: z.string(),
  unit: z.string(),
});
export type PkTargetRef = z.infer<typeof pkTargetRefSchema>;

/** "Sasaran - indikator: target satuan", one line per PK target on the SKP page and PDF. */
export function pkTargetLabel(target: Pick<PkTargetRef, "sasaran" | "indicator" | "target" | "unit">): string {
  return `${target.sasaran} - ${target.indicator}: ${target.target} ${target.unit}`.trim();
}

export type RhkLinksInput = {
  model: "ja_jf" | "jpt";
  rhk: readonly {
    parentRhkId: string | null;
    externalParent: ExternalParent | null;
    assignedBy: string | null;
    pkTargetIds: readonly string[];
  }[];
};

export type RhkLinksContext = {
  /** The approved RHK of the rater's seat; null when the seat has no approved SKP in SIMKIN. */
  raterRhkIds: ReadonlySet<string> | null;
  /** Keys of the external RHK atasan on the revision this draft replaces. */
  carriedExternal: ReadonlySet<string>;
  /** The Perjanjian Kinerja targets of the SKP's organisation for its year. */
  pkTargetIds: ReadonlySet<string>;
};

/**
 * What a save refuses outright (422), first problem first: an intervened RHK that is not the rater's, an external
 * RHK atasan while the rater's SKP is in SIMKIN, a penugasan marker on a JA/JF SKP, a PK target of another
 * organisation or year.
 */
export function assertRhkLinks(input: RhkLinksInput, context: RhkLinksContext): void {
  input.rhk.forEach((rhk, i) => {
    const at = `rhk/${i}`;
    if (input.model === "ja_jf" && rhk.parentRhkId !== null && !context.raterRhkIds?.has(rhk.parentRhkId)) {
      throw new RuleViolation(
        "rhk_parent_invalid",
        `RHK ${i + 1}: RHK atasan yang diintervensi harus RHK yang sudah disetujui milik pejabat penilai Anda`,
        { index: i },
        `${at}/parentRhkId`,
      );
    }
    const external = rhk.externalParent;
    if (input.model === "ja_jf" && external) {
      if (!externalParentAllowed(external, context.raterRhkIds !== null, context.carriedExternal)) {
        throw new RuleViolation(
          "rhk_external_not_allowed",
          `RHK ${i + 1}: SKP pejabat penilai Anda sudah ada di SIMKIN; pilih RHK atasan dari SKP tersebut`,
          { index: i },
          `${at}/externalParent/text`,
        );
      }
    }
    if (input.model !== "jpt" && rhk.assignedBy !== null) {
      throw new RuleViolation(
        "rhk_assignment_jpt_only",
        `RHK ${i + 1}: keterangan "penugasan dari" hanya untuk SKP model JPT`,
        { index: i },
        `${at}/assignedBy`,
      );
    }
    const foreign = rhk.pkTargetIds.findIndex((id) => !context.pkTargetIds.has(id));
    if (foreign >= 0) {
      throw new RuleViolation(
        "rhk_pk_target_invalid",
        `RHK ${i + 1}: target perjanjian kinerja harus milik organisasi Anda pada tahun SKP ini`,
        { index: i, pkTargetIndex: foreign },
        `${at}/pkTargetIds`,
      );
    }
  });
}

/** One RHK carrying a PK target, with the SKP it belongs to. */
export type PkCarrier = {
  pkTargetId: string;
  rhkId: string;
  rhkText: string;
  skpId: string;
  skpStatus: string;
  employeeId: string;
};

/**
 * Per Perjanjian Kinerja target, the RHK that carry it in SKPs in force (approved; not a draft, not a superseded
 * revision), so the capaian organisasi can be computed from their realisations and ratings (issue 12). Targets keep
 * their order; a target no RHK carries is listed with none, which the pimpinan should see.
 */
export function carriersByPkTarget<T extends { id: string }>(
  targets: readonly T[],
  carriers: readonly PkCarrier[],
): { target: T; carriers: PkCarrier[]; employeeIds: string[] }[] {
  return targets.map((target) => {
    const own = carriers.filter((c) => c.pkTargetId === target.id && c.skpStatus === "disetujui");
    return { target, carriers: own, employeeIds: [...new Set(own.map((c) => c.employeeId))] };
  });
}
