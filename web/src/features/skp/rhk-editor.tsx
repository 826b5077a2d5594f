import { ActionIcon, Badge, Group, Paper, Select, Stack, Text, Tooltip } from "@mantine/core";
import type { RhkKind } from "@simkin/domain";
import { IconArrowsExchange } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";
import { LongText } from "../../lib/long-text";
import { byKind, LIMITS } from "./content-form";
import { useEditor, useField } from "./editor-context";
import { IkiEditor } from "./iki-editor";
import { AssignedByField, ParentField, PkTargetsField } from "./rhk-links-fields";
import { RowActions } from "./row-actions";
import { perspektifKey, perspektifOptions } from "./skp-labels";

/** One RHK of the draft: its text, the intervened RHK (JA/JF) or perspektif (JPT), and its IKI. */
export function RhkEditor({ index }: { index: number }) {
  const t = useT();
  const { form } = useEditor();
  const field = useField();
  const rhk = form.values.rhk[index];
  if (!rhk) {
    return null;
  }
  const all = form.values.rhk;
  const sameKindAt = (i: number) => all[i]?.kind === rhk.kind;
  const label = t("skp.rhk.number", { n: index + 1 });
  const switchKind = () => {
    const kind: RhkKind = rhk.kind === "utama" ? "tambahan" : "utama";
    form.clearErrors();
    form.setFieldValue("rhk", byKind(all.map((r, i) => (i === index ? { ...r, kind } : r))));
  };
  const switchLabel = t(rhk.kind === "utama" ? "skp.rhk.toTambahan" : "skp.rhk.toUtama");
  return (
    <Paper withBorder p={{ base: "xs", sm: "sm" }} radius="md" data-testid="rhk-item" data-kind={rhk.kind}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text fw={700}>{label}</Text>
            {rhk.fromAssignmentId && (
              <Badge variant="light" color="grape" size="sm" data-testid="from-matrix">
                {t("skp.rhk.fromMatrix")}
              </Badge>
            )}
          </Group>
          <RowActions
            label={label}
            onUp={sameKindAt(index - 1) ? () => form.reorderListItem("rhk", { from: index, to: index - 1 }) : null}
            onDown={sameKindAt(index + 1) ? () => form.reorderListItem("rhk", { from: index, to: index + 1 }) : null}
            onRemove={() => form.removeListItem("rhk", index)}
          >
            <Tooltip label={switchLabel}>
              <ActionIcon variant="subtle" color="gray" onClick={switchKind} aria-label={`${switchLabel}: ${label}`}>
                <IconArrowsExchange size={16} />
              </ActionIcon>
            </Tooltip>
          </RowActions>
        </Group>
        {form.values.model === "ja_jf" && <ParentField index={index} />}
        <LongText
          label={t("skp.col.rhk")}
          autosize
          minRows={2}
          maxLength={LIMITS.rhkText}
          required
          {...field(`rhk.${index}.text`)}
        />
        {form.values.model === "jpt" && (
          <Select
            label={t("skp.col.perspektif")}
            placeholder={t("skp.rhk.perspektifPlaceholder")}
            data={perspektifOptions.map((p) => ({ value: p, label: t(perspektifKey(p)) }))}
            w={{ base: "100%", sm: 280 }}
            {...field(`rhk.${index}.perspektif`)}
          />
        )}
        {form.values.model === "jpt" && <AssignedByField index={index} />}
        <PkTargetsField index={index} />
        <IkiEditor rhkIndex={index} />
      </Stack>
    </Paper>
  );
}
