import { RuleViolation } from "../rule-violation";
import type { Approach } from "../skp/skp.schema";

/** A number in Indonesian ("1.200", "85,5") or plain ("85.5") notation. */
const NUMBER = /^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+([.,]\d+)?$/;
export const REALISATION_NUMBER_MAX = 20;
export const REALISATION_TEXT_MAX = 2000;

/**
 * What a month's realisation of an IKI may be (issue 9 rule 9): a number for a kuantitatif SKP; for a kualitatif SKP,
 * whose targets are narratives (PermenPANRB 6/2022, REGULATIONS.md §2.2), a text describing what was achieved.
 * Empty is allowed while the month is being filled. Returns the problem, or null.
 */
export function realisationProblem(approach: Approach, value: string): string | null {
  const text = value.trim();
  if (text === "") {
    return null;
  }
  if (approach === "kualitatif") {
    return text.length > REALISATION_TEXT_MAX ? `Realisasi paling banyak ${REALISATION_TEXT_MAX} karakter` : null;
  }
  return text.length > REALISATION_NUMBER_MAX || !NUMBER.test(text)
    ? "Realisasi harus berupa angka, mis. 120 atau 85,5"
    : null;
}

/** Refuses the first realisation that does not fit the SKP's approach, naming its field. */
export function assertRealisations(approach: Approach, realisations: readonly { value: string }[]) {
  for (const [index, realisation] of realisations.entries()) {
    const problem = realisationProblem(approach, realisation.value);
    if (problem) {
      throw new RuleViolation(
        approach === "kualitatif" ? "realisation_too_long" : "realisation_not_number",
        problem,
        { index },
        `realisations/${index}/value`,
      );
    }
  }
}

type RhkForSubmit = { text: string; ikiIds: readonly string[]; evidenceCount: number };

/**
 * A kualitatif realisation is a claim in words, so it must rest on bukti dukung ("realisasi berdasarkan bukti
 * dukung", REGULATIONS.md §2.3, §6.4): an RHK whose IKI were reported in text needs at least one file or link before
 * the report is submitted. Numbers of a kuantitatif SKP keep their old rule (evidence encouraged, not required).
 */
export function assertQualitativeEvidence(
  approach: Approach,
  rhk: readonly RhkForSubmit[],
  reported: ReadonlySet<string>,
) {
  if (approach !== "kualitatif") {
    return;
  }
  for (const [index, item] of rhk.entries()) {
    if (item.evidenceCount === 0 && item.ikiIds.some((id) => reported.has(id))) {
      throw new RuleViolation(
        "evidence_required",
        `RHK ${index + 1}: realisasi kualitatif harus didukung bukti dukung; unggah berkas atau tambahkan tautan`,
        { index, rhk: item.text },
        `rhk/${index}/evidence`,
      );
    }
  }
}
