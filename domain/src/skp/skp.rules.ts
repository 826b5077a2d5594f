import { RuleViolation } from "../rule-violation";
import { type ExternalParent, externalParentAllowed } from "./rhk-links";
import type { Approach, LampiranKind, RhkKind, SkpModel, SkpProblem } from "./skp.schema";

/**
 * Reads a target as a number, in Indonesian notation ("1.200", "85,71") or plain ("85.5").
 * Dots are thousands separators only after a leading group of 1-3 digits that does not start with 0, so "0.500"
 * is the plain decimal 0.5, not 500. Returns null for anything that is not a number.
 */
export function parseTarget(input: string | null): number | null {
  if (input === null) {
    return null;
  }
  const s = input.trim();
  let normalized: string;
  if (/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(s) || /^\d+,\d+$/.test(s)) {
    normalized = s.replace(/\./g, "").replace(",", ".");
  } else if (/^\d+(\.\d+)?$/.test(s)) {
    normalized = s;
  } else {
    return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

export type SkpDraft = {
  model: SkpModel;
  approach: Approach;
  periodStart: string;
  periodEnd: string;
  rhk: readonly {
    kind: RhkKind;
    parentRhkId: string | null;
    /** An RHK atasan typed from the rater's official SKP outside SIMKIN (issue 9 rule 6). */
    externalParent?: ExternalParent | null;
    perspektif: string | null;
    ikis: readonly { aspek: string | null; indicator: string; target: string | null; unit: string | null }[];
  }[];
  lampiran: Record<LampiranKind, readonly string[]>;
};

const lampiranLabels: Record<LampiranKind, string> = {
  dukungan_sumber_daya: "Dukungan sumber daya",
  skema_pertanggungjawaban: "Skema pertanggungjawaban",
  konsekuensi: "Konsekuensi",
};

/**
 * What still keeps an SKP from being submitted (REGULATIONS.md §9.1). `raterRhkIds` are the approved RHK of the
 * rater's seat; null when it has no approved SKP in SIMKIN, and then each JA/JF RHK names the RHK atasan typed from
 * the rater's official SKP (issue 9 rule 6). `carriedExternal`: keys of the external RHK atasan of the revision this
 * draft replaces, still valid once the rater's SKP is in SIMKIN (decision 0021).
 */
export function skpProblems(
  skp: SkpDraft,
  raterRhkIds: ReadonlySet<string> | null,
  carriedExternal: ReadonlySet<string> = new Set(),
): SkpProblem[] {
  const problems: SkpProblem[] = [];
  const add = (code: string, message: string, path: string) => problems.push({ code, message, path });
  if (skp.periodStart.slice(0, 4) !== skp.periodEnd.slice(0, 4) || skp.periodStart > skp.periodEnd) {
    add("skp_period", "Periode SKP harus berada dalam satu tahun kalender", "period");
  }
  if (!skp.rhk.some((r) => r.kind === "utama")) {
    add("rhk_utama_required", "SKP harus memiliki paling sedikit satu RHK utama", "rhk");
  }
  skp.rhk.forEach((rhk, i) => {
    const at = `rhk.${i}`;
    if (skp.model === "ja_jf") {
      problems.push(...parentProblems(rhk, i, raterRhkIds, carriedExternal));
    }
    if (skp.model === "jpt" && rhk.perspektif === null) {
      add("rhk_perspektif_required", `RHK ${i + 1}: pilih perspektif`, `${at}.perspektif`);
    }
    if (rhk.ikis.length === 0) {
      add("iki_required", `RHK ${i + 1}: tambahkan paling sedikit satu indikator kinerja individu`, `${at}.ikis`);
    }
    rhk.ikis.forEach((iki, j) => {
      problems.push(...ikiProblems(skp, iki, `${at}.ikis.${j}`, `RHK ${i + 1} IKI ${j + 1}`));
    });
  });
  for (const kind of Object.keys(lampiranLabels) as LampiranKind[]) {
    if (skp.lampiran[kind].length === 0) {
      add("lampiran_required", `Lampiran: isi ${lampiranLabels[kind].toLowerCase()}`, `lampiran.${kind}`);
    }
  }
  return problems;
}

/** The intervened RHK of one JA/JF RHK: the rater's approved RHK, or while it has none one typed from outside. */
function parentProblems(
  rhk: SkpDraft["rhk"][number],
  i: number,
  raterRhkIds: ReadonlySet<string> | null,
  carriedExternal: ReadonlySet<string>,
): SkpProblem[] {
  const at = `rhk.${i}`;
  const external = rhk.externalParent ?? null;
  if (raterRhkIds === null) {
    return external
      ? []
      : [
          {
            code: "rhk_external_parent_required",
            message: `RHK ${i + 1}: SKP pejabat penilai Anda belum ada di SIMKIN; tuliskan RHK atasan yang diintervensi dari SKP resminya`,
            path: `${at}.externalParent.text`,
          },
        ];
  }
  if (external) {
    return externalParentAllowed(external, true, carriedExternal)
      ? []
      : [
          {
            code: "rhk_external_not_allowed",
            message: `RHK ${i + 1}: SKP pejabat penilai Anda sudah ada di SIMKIN; pilih RHK atasan dari SKP tersebut`,
            path: `${at}.externalParent.text`,
          },
        ];
  }
  if (rhk.parentRhkId === null) {
    return [
      {
        code: "rhk_parent_required",
        message: `RHK ${i + 1}: pilih RHK atasan yang diintervensi`,
        path: `${at}.parentRhkId`,
      },
    ];
  }
  if (!raterRhkIds.has(rhk.parentRhkId)) {
    return [
      {
        code: "rhk_parent_invalid",
        message: `RHK ${i + 1}: RHK atasan harus RHK yang disetujui milik pejabat penilai Anda`,
        path: `${at}.parentRhkId`,
      },
    ];
  }
  return [];
}

function ikiProblems(
  skp: Pick<SkpDraft, "model" | "approach">,
  iki: { aspek: string | null; target: string | null; unit: string | null },
  path: string,
  label: string,
): SkpProblem[] {
  const problems: SkpProblem[] = [];
  if (skp.approach === "kualitatif") {
    if (isBlank(iki.target)) {
      problems.push({ code: "iki_target_required", message: `${label}: tuliskan target`, path: `${path}.target` });
    }
    return problems;
  }
  if (skp.model === "ja_jf" && iki.aspek === null) {
    problems.push({ code: "iki_aspek_required", message: `${label}: pilih aspek`, path: `${path}.aspek` });
  }
  if (isBlank(iki.target)) {
    problems.push({ code: "iki_target_required", message: `${label}: target wajib diisi`, path: `${path}.target` });
  } else if (parseTarget(iki.target) === null) {
    problems.push({
      code: "iki_target_not_number",
      message: `${label}: target pada pendekatan kuantitatif harus berupa angka`,
      path: `${path}.target`,
    });
  }
  if (isBlank(iki.unit)) {
    problems.push({ code: "iki_unit_required", message: `${label}: satuan wajib diisi`, path: `${path}.unit` });
  }
  return problems;
}

/** Missing, empty or only whitespace: a target of "   " is no more written than an empty one. */
function isBlank(value: string | null): boolean {
  return value === null || value.trim() === "";
}

export function assertSubmittable(
  skp: SkpDraft,
  raterRhkIds: ReadonlySet<string> | null,
  carriedExternal: ReadonlySet<string> = new Set(),
) {
  const problems = skpProblems(skp, raterRhkIds, carriedExternal);
  if (problems.length > 0) {
    throw new RuleViolation("skp_invalid", problems[0]?.message ?? "SKP belum lengkap", { problems });
  }
}

/** The default model for a position: JPT for pimpinan tinggi, JA/JF for everyone else (REGULATIONS.md §6.2). */
export function defaultModelFor(positionKind: string): SkpModel {
  return positionKind === "jpt" ? "jpt" : "ja_jf";
}
