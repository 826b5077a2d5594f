import { randomId } from "@mantine/hooks";
import {
  type Accumulation,
  type Approach,
  type Aspek,
  externalParentKey,
  type LampiranKind,
  type Perspektif,
  type RhkKind,
  type SkpContent,
  type SkpDetail,
  type SkpModel,
  type SkpProblem,
  skpContentSchema,
  skpProblems,
} from "@simkin/domain";
import { maxItemsOf, maxLengthOf } from "../../lib/form-schema";

/** Form state of a draft: every list item carries a client-only key so rows keep their identity when reordered. */
export type IkiValues = {
  key: string;
  aspek: Aspek | null;
  indicator: string;
  target: string;
  unit: string;
  /** Null: the default for the satuan. */
  accumulation: Accumulation | null;
};
export type RhkValues = {
  key: string;
  kind: RhkKind;
  text: string;
  parentRhkId: string | null;
  /** Kept only to label an intervened RHK that is no longer among the rater's approved RHK. */
  parentRhkText: string | null;
  perspektif: Perspektif | null;
  fromAssignmentId: string | null;
  ikis: IkiValues[];
  /** The RHK atasan typed from the rater's official SKP outside SIMKIN (issue 9 rule 6); "" for none. */
  externalText: string;
  externalReference: string;
  /** JPT: who assigned the RHK (rule 8); null when nobody did. */
  assignedBy: string | null;
  /** The Perjanjian Kinerja targets the RHK carries (rule 7). */
  pkTargetIds: string[];
};
export type LampiranItem = { key: string; text: string };
export type ContentValues = {
  model: SkpModel;
  approach: Approach;
  rhk: RhkValues[];
  lampiran: Record<LampiranKind, LampiranItem[]>;
};

const rhkFields = skpContentSchema.shape.rhk.element.shape;
const ikiFields = rhkFields.ikis.element.shape;

/** How many rows the editor offers (the schema's array limits) and the text limits, taken from the shared schema. */
export const LIMITS = {
  rhk: maxItemsOf(skpContentSchema.shape.rhk),
  iki: maxItemsOf(rhkFields.ikis),
  lampiran: maxItemsOf(skpContentSchema.shape.lampiran.shape.konsekuensi),
  rhkText: maxLengthOf(rhkFields.text),
  indicator: maxLengthOf(ikiFields.indicator),
  target: maxLengthOf(ikiFields.target),
  unit: maxLengthOf(ikiFields.unit),
  item: maxLengthOf(skpContentSchema.shape.lampiran.shape.konsekuensi.element),
};

export function newIki(): IkiValues {
  return { key: randomId(), aspek: null, indicator: "", target: "", unit: "", accumulation: null };
}

export function newRhk(kind: RhkKind): RhkValues {
  return {
    key: randomId(),
    kind,
    text: "",
    parentRhkId: null,
    parentRhkText: null,
    perspektif: null,
    fromAssignmentId: null,
    ikis: [newIki()],
    externalText: "",
    externalReference: "",
    assignedBy: null,
    pkTargetIds: [],
  };
}

/** Utama before tambahan, each in its own order: the numbering "RHK n" then matches the server's messages. */
export function byKind(rhk: RhkValues[]): RhkValues[] {
  return [...rhk.filter((r) => r.kind === "utama"), ...rhk.filter((r) => r.kind === "tambahan")];
}

export function toValues(skp: SkpDetail): ContentValues {
  const lampiran = (kind: LampiranKind) => skp.lampiran[kind].map((text) => ({ key: randomId(), text }));
  return {
    model: skp.model,
    approach: skp.approach,
    rhk: byKind(
      skp.rhk.map((r) => ({
        key: r.id,
        kind: r.kind,
        text: r.text,
        parentRhkId: r.parentRhkId,
        parentRhkText: r.parentRhkText,
        perspektif: r.perspektif,
        fromAssignmentId: r.fromAssignmentId,
        externalText: r.externalParent?.text ?? "",
        externalReference: r.externalParent?.reference ?? "",
        assignedBy: r.assignedBy,
        pkTargetIds: r.pkTargets.map((p) => p.id),
        ikis: r.ikis.map((i) => ({
          key: i.id,
          aspek: i.aspek,
          indicator: i.indicator,
          target: i.target ?? "",
          unit: i.unit ?? "",
          accumulation: i.accumulation,
        })),
      })),
    ),
    lampiran: {
      dukungan_sumber_daya: lampiran("dukungan_sumber_daya"),
      skema_pertanggungjawaban: lampiran("skema_pertanggungjawaban"),
      konsekuensi: lampiran("konsekuensi"),
    },
  };
}

const orNull = (value: string) => value.trim() || null;

/** The whole draft as the server saves it (one PUT, one version check). */
export function toBody(values: ContentValues, version: number): SkpContent {
  const list = (kind: LampiranKind) => values.lampiran[kind].map((item) => item.text.trim());
  return {
    model: values.model,
    approach: values.approach,
    rhk: values.rhk.map((r) => ({
      kind: r.kind,
      text: r.text.trim(),
      ...parentOf(values.model, r),
      perspektif: r.perspektif,
      fromAssignmentId: r.fromAssignmentId,
      assignedBy: values.model === "jpt" && r.assignedBy !== null ? r.assignedBy.trim() || null : null,
      pkTargetIds: r.pkTargetIds,
      ikis: r.ikis.map((i) => ({
        aspek: i.aspek,
        indicator: i.indicator.trim(),
        target: orNull(i.target),
        unit: orNull(i.unit),
        // Narrative targets of a kualitatif SKP add nothing up.
        accumulation: values.approach === "kualitatif" ? null : i.accumulation,
      })),
    })),
    lampiran: {
      dukungan_sumber_daya: list("dukungan_sumber_daya"),
      skema_pertanggungjawaban: list("skema_pertanggungjawaban"),
      konsekuensi: list("konsekuensi"),
    },
    version,
  };
}

/** The intervened RHK as saved: one typed from outside SIMKIN (JA/JF only) or one chosen in it, never both. */
function parentOf(model: SkpModel, r: RhkValues) {
  const text = r.externalText.trim();
  if (model !== "ja_jf" || !text) {
    return { parentRhkId: r.parentRhkId, externalParent: null };
  }
  return { parentRhkId: null, externalParent: { text, reference: r.externalReference.trim() || null } };
}

/** What would still block submission if the form were saved now: the same rules the server applies. */
export function liveProblems(values: ContentValues, skp: SkpDetail): SkpProblem[] {
  const body = toBody(values, skp.version);
  const raterRhkIds = skp.raterHasApprovedSkp ? new Set(skp.parentOptions.map((o) => o.id)) : null;
  const carried = new Set(skp.carriedExternalParents.map(externalParentKey));
  const problems = skpProblems(
    { ...body, periodStart: skp.periodStart, periodEnd: skp.periodEnd },
    raterRhkIds,
    carried,
  );
  return problems.map((p) => ({ ...p, path: formPath(p.path) }));
}

/** A server or schema path ("rhk/0/ikis/1/target", "lampiran.konsekuensi.0") as the form's path. */
export function formPath(serverPath: string): string {
  // The external RHK atasan is one object on the server and two fields in the form.
  const path = serverPath
    .replace(/\//g, ".")
    .replace(/\.externalParent(\.text)?$/, ".externalText")
    .replace(/\.externalParent\.reference$/, ".externalReference");
  return /^lampiran\.\w+\.\d+$/.test(path) ? `${path}.text` : path;
}

/** The DOM id of the field or block a problem path points at, for jumping to it from the checklist. */
export function fieldId(path: string): string {
  return `skp-field-${path.replace(/\./g, "-")}`;
}

/** Switching to kualitatif: the satuan joins the narrative target, since the form has no Satuan column. */
export function withApproach(values: ContentValues, approach: Approach): ContentValues {
  if (approach === values.approach || approach === "kuantitatif") {
    return { ...values, approach };
  }
  return {
    ...values,
    approach,
    rhk: values.rhk.map((r) => ({
      ...r,
      ikis: r.ikis.map((i) => ({ ...i, target: [i.target.trim(), i.unit.trim()].filter(Boolean).join(" "), unit: "" })),
    })),
  };
}
