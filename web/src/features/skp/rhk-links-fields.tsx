import { Badge, Checkbox, Group, MultiSelect, Select, Stack, Text, TextInput } from "@mantine/core";
import {
  assignedBySchema,
  DEFAULT_ASSIGNER,
  externalParentInputSchema,
  externalParentKey,
  pkTargetLabel,
  type RhkKind,
} from "@simkin/domain";
import { useT } from "../../i18n/i18n";
import { maxLengthOf } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";
import { useEditor, useField } from "./editor-context";

/** The rater's approved RHK as Select groups; an intervened RHK no longer among them stays visible, marked. */
function useParentOptions(current: { parentRhkId: string | null; parentRhkText: string | null }) {
  const t = useT();
  const { skp } = useEditor();
  const group = (kind: RhkKind) => ({
    group: t(kind === "utama" ? "skp.section.utama" : "skp.section.tambahan"),
    items: skp.parentOptions.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.text })),
  });
  const groups = [group("utama"), group("tambahan")].filter((g) => g.items.length > 0);
  const stale = current.parentRhkId && !skp.parentOptions.some((o) => o.id === current.parentRhkId);
  if (stale && current.parentRhkId) {
    const label = t("skp.rhk.parentStale", { text: current.parentRhkText ?? "–" });
    return [{ group: t("skp.rhk.parentStaleGroup"), items: [{ value: current.parentRhkId, label }] }, ...groups];
  }
  return groups;
}

/**
 * The RHK atasan a JA/JF RHK intervenes: one of the rater's approved RHK in SIMKIN, or while the rater has none in
 * SIMKIN one typed from his official SKP (issue 9 rule 6). An external one carried from the approved revision stays
 * shown beside the choice that may replace it.
 */
export function ParentField({ index }: { index: number }) {
  const t = useT();
  const { form, skp } = useEditor();
  const field = useField();
  const rhk = form.values.rhk[index];
  const options = useParentOptions({
    parentRhkId: rhk?.parentRhkId ?? null,
    parentRhkText: rhk?.parentRhkText ?? null,
  });
  if (!rhk) {
    return null;
  }
  const typed = { text: rhk.externalText.trim(), reference: rhk.externalReference.trim() || null };
  const carried =
    typed.text !== "" && skp.carriedExternalParents.some((p) => externalParentKey(p) === externalParentKey(typed));
  // Once the rater's SKP is in SIMKIN an external RHK atasan is only kept (carried) or replaced, not written anew.
  const locked = skp.raterHasApprovedSkp;
  if (!skp.raterHasApprovedSkp || typed.text !== "") {
    return (
      <Stack gap={6} data-testid="external-parent">
        <Badge variant="light" color="orange" size="sm">
          {t("skp.external.badge")}
        </Badge>
        {carried && locked && (
          <Text size="xs" c="dimmed">
            {t("skp.external.carried")}
          </Text>
        )}
        <LongText
          label={t("skp.external.text")}
          description={t("skp.external.textHint")}
          autosize
          minRows={2}
          maxLength={maxLengthOf(externalParentInputSchema.shape.text)}
          readOnly={locked}
          {...field(`rhk.${index}.externalText`)}
        />
        <TextInput
          label={t("skp.external.reference")}
          placeholder={t("skp.external.referencePlaceholder")}
          maxLength={maxLengthOf(externalParentInputSchema.shape.reference)}
          readOnly={locked}
          {...field(`rhk.${index}.externalReference`)}
        />
        {locked && <ParentSelect index={index} options={options} />}
      </Stack>
    );
  }
  return <ParentSelect index={index} options={options} />;
}

function ParentSelect({ index, options }: { index: number; options: ReturnType<typeof useParentOptions> }) {
  const t = useT();
  const { form, skp } = useEditor();
  const field = useField();
  const props = field(`rhk.${index}.parentRhkId`);
  return (
    <Select
      label={t("skp.col.parent")}
      placeholder={skp.raterHasApprovedSkp ? t("skp.rhk.parentPlaceholder") : t("skp.rhk.parentUnavailable")}
      data={options}
      searchable
      clearable
      nothingFoundMessage={t("skp.rhk.parentNone")}
      comboboxProps={{ width: "target" }}
      {...props}
      onChange={(value) => {
        // Choosing the real RHK replaces one typed from outside SIMKIN.
        form.setFieldValue(`rhk.${index}.externalText`, "");
        form.setFieldValue(`rhk.${index}.externalReference`, "");
        form.setFieldValue(`rhk.${index}.parentRhkId`, value);
      }}
    />
  );
}

/** The organisation's Perjanjian Kinerja targets this RHK carries, by key (rule 7); hidden when it has none. */
export function PkTargetsField({ index }: { index: number }) {
  const t = useT();
  const { skp } = useEditor();
  const field = useField();
  if (skp.pkOptions.length === 0) {
    return null;
  }
  const byUnit = new Map<string, { value: string; label: string }[]>();
  for (const o of skp.pkOptions) {
    byUnit.set(o.unitName, [...(byUnit.get(o.unitName) ?? []), { value: o.id, label: pkTargetLabel(o) }]);
  }
  return (
    <div data-testid="pk-targets">
      <MultiSelect
        label={t("skp.pk.label")}
        description={t("skp.pk.description")}
        placeholder={t("skp.pk.placeholder")}
        data={[...byUnit].map(([group, items]) => ({ group, items }))}
        searchable
        clearable
        maxValues={10}
        nothingFoundMessage={t("skp.pk.none")}
        comboboxProps={{ width: "target" }}
        {...field(`rhk.${index}.pkTargetIds`)}
      />
    </div>
  );
}

/** JPT: "(penugasan dari Wali Kota)" after an RHK the kepala daerah assigned (REGULATIONS.md §6.2, rule 8). */
export function AssignedByField({ index }: { index: number }) {
  const t = useT();
  const { form } = useEditor();
  const field = useField();
  const assignedBy = form.values.rhk[index]?.assignedBy ?? null;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Checkbox
        label={t("skp.assigned.checkbox")}
        checked={assignedBy !== null}
        onChange={(e) =>
          form.setFieldValue(`rhk.${index}.assignedBy`, e.currentTarget.checked ? DEFAULT_ASSIGNER : null)
        }
        mb={assignedBy !== null ? 8 : 0}
      />
      {assignedBy !== null && (
        <TextInput
          label={t("skp.assigned.label")}
          maxLength={maxLengthOf(assignedBySchema)}
          w={{ base: "100%", sm: 240 }}
          required
          {...field(`rhk.${index}.assignedBy`)}
        />
      )}
    </Group>
  );
}
