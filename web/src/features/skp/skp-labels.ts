import type { Approach, Aspek, LampiranKind, Perspektif, SkpModel, SkpStatus } from "@simkin/domain";
import type { MessageKey } from "../../i18n/catalog";

export const statusColors: Record<SkpStatus, string> = {
  draft: "gray",
  diajukan: "blue",
  direviu: "cyan",
  dikembalikan: "orange",
  disetujui: "green",
  diganti: "dark",
};

export const aspekOptions: readonly Aspek[] = ["kuantitas", "kualitas", "waktu", "biaya"];
export const perspektifOptions: readonly Perspektif[] = [
  "penerima_layanan",
  "proses_bisnis",
  "penguatan_internal",
  "anggaran",
];
export const lampiranKinds: readonly LampiranKind[] = [
  "dukungan_sumber_daya",
  "skema_pertanggungjawaban",
  "konsekuensi",
];

export const statusKey = (status: SkpStatus): MessageKey => `skp.status.${status}`;
export const aspekKey = (aspek: Aspek): MessageKey => `skp.aspek.${aspek}`;
export const perspektifKey = (perspektif: Perspektif): MessageKey => `skp.perspektif.${perspektif}`;
export const lampiranKey = (kind: LampiranKind): MessageKey => `skp.lampiran.${kind}`;
export const modelKey = (model: SkpModel): MessageKey => `skp.model.${model}`;
export const approachKey = (approach: Approach): MessageKey => `skp.approach.${approach}`;

const eventActions = [
  "created",
  "created_from_last_year",
  "submitted",
  "returned",
  "approved",
  "reviewed",
  "review_returned",
  "review_noted",
  "expectations_set",
  "revision_started",
  "superseded",
  "proposed_from_matrix",
] as const;
type EventAction = (typeof eventActions)[number];

const isEventAction = (action: string): action is EventAction => eventActions.some((a) => a === action);

/** The label of a history entry; an action this screen does not know yet shows as recorded. */
export function eventKey(action: string): MessageKey | null {
  return isEventAction(action) ? `skp.event.${action}` : null;
}
