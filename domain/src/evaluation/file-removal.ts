import type { Role } from "../auth/roles";
import { RuleViolation } from "../rule-violation";
import type { EvaluationStatus } from "./evaluation.enums";
import type { KeberatanState } from "./evaluation.policy";

/** What removing a kept file meets: allowed, not the caller's to remove (403), or a rule of the record (422). */
export type FileRemoval = "allowed" | "forbidden" | "in_force" | "not_pending";

export type RemovingActor = { userId: string; roles: readonly Role[] };

/**
 * A wet-signed scan (decision 0063): who uploaded it or the pengelola kinerja removes it (never the pegawai of the
 * record, whoever they are). While the evaluation is not locked any scan may go; once the record is final (a locked
 * evaluation, a finalised Format Penetapan) it keeps a signed scan of each kind it had: a scan goes only when another
 * of its kind stays (a wrong file is replaced first, then removed; the audit trail keeps both).
 */
export function scanRemoval(
  actor: RemovingActor,
  scan: { createdBy: string },
  record: { final: boolean; sameKindLeft: boolean; callerIsPegawai: boolean },
): FileRemoval {
  const uploader = actor.userId === scan.createdBy;
  const pengelola = actor.roles.includes("pengelola_kinerja") && !record.callerIsPegawai;
  if (!uploader && !pengelola) {
    return "forbidden";
  }
  return record.final && !record.sameKindLeft ? "in_force" : "allowed";
}

/**
 * A keberatan file: only who attached it (the employee's lampiran, the pengelola's letter), and only while the
 * keberatan still waits for the explanation or the decision (PP 30/2019 Pasal 59): what the atasan decided on stays.
 */
export function keberatanFileRemoval(
  actor: RemovingActor,
  file: { createdBy: string },
  state: { status: EvaluationStatus; keberatan: KeberatanState },
): FileRemoval {
  if (actor.userId !== file.createdBy) {
    return "forbidden";
  }
  const pending = state.keberatan === "diajukan" || state.keberatan === "dijelaskan";
  return pending && state.status !== "locked" ? "allowed" : "not_pending";
}

/** The rule violations of a removal; "forbidden" is the caller's own 403 (the server's ForbiddenError). */
export function assertRemovalRule(result: FileRemoval): void {
  if (result === "in_force") {
    throw new RuleViolation(
      "scan_in_force",
      "Evaluasi sudah final: pindaian bertanda tangan terakhir dari jenis ini tetap disimpan. Unggah pindaian " +
        "penggantinya lebih dahulu, lalu hapus yang keliru.",
    );
  }
  if (result === "not_pending") {
    throw new RuleViolation(
      "keberatan_file_locked",
      "Berkas keberatan tidak dapat dihapus lagi: keberatan sudah diputus atau evaluasi sudah final",
    );
  }
}
