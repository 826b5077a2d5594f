import type { BerakhlakValueCode, Perspektif, RhkKind } from "@simkin/domain";

// Tables of migration 2026_12_06_010_skp_fidelity (issue 9 rules 2, 3, 16), kept beside schema.ts to keep it short.

/** Who stood where at one SKP workflow step, as the forms print them (issue 9 rule 3). */
export interface SkpEventPartyTable {
  event_id: string;
  role: "pegawai" | "penilai" | "atasan" | "pengelola";
  employee_id: string | null;
  position_id: string | null;
  name: string;
  nip: string | null;
  pangkat: string | null;
  position_name: string;
  unit_path: string;
}

export interface SkpExpectationVersionTable {
  id: string;
  skp_id: string;
  value_code: BerakhlakValueCode;
  /** "" when the rater cleared the expectation. */
  text: string;
  actor_id: string | null;
  at: string;
}

export interface BehaviourVersionTable {
  version_code: string;
  title: string;
  effective_from: string;
  created_at: string;
  created_by: string | null;
}

/** The Perjanjian Kinerja targets an RHK carries, by key (issue 9 rule 7; migration 2026_12_06_013_rhk_content). */
export interface SkpRhkPkTargetTable {
  rhk_id: string;
  pk_target_id: string;
  sort_order: number;
}

export interface SkpRhkTable {
  id: string;
  skp_id: string;
  sort_order: number;
  kind: RhkKind;
  text: string;
  parent_rhk_id: string | null;
  perspektif: Perspektif | null;
  from_assignment_id: string | null;
  /** An RHK atasan typed from the rater's official SKP when it is not in SIMKIN (rule 6); null otherwise. */
  external_parent_text: string | null;
  external_parent_ref: string | null;
  /** JPT: who assigned the RHK, printed "(penugasan dari ...)" (REGULATIONS.md §6.2); null for none. */
  assigned_by: string | null;
}

/** The SKP's content as it was sent back, kept with the return step (migration 2026_12_07_029, decision 0050). */
export interface SkpReturnSnapshotTable {
  event_id: string;
  /** JSON of skpSnapshotSchema. */
  content: string;
}
