import { Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { Approach, RhkKind, SkpModel } from "@simkin/domain";
import { IconPlus } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";
import { fieldId, LIMITS, newRhk, withApproach } from "./content-form";
import { useBlockProblem, useEditor } from "./editor-context";
import { RhkEditor } from "./rhk-editor";
import { approachKey } from "./skp-labels";

/** Form model and approach (REGULATIONS.md §2.2): they decide which columns the RHK and IKI have. */
export function ModelApproachEditor() {
  const t = useT();
  const { form } = useEditor();
  const models: SkpModel[] = ["ja_jf", "jpt"];
  const approaches: Approach[] = ["kuantitatif", "kualitatif"];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <div>
        <Text size="sm" fw={500} id="skp-model-label" mb={4}>
          {t("skp.edit.model")}
        </Text>
        <SegmentedControl
          fullWidth
          aria-labelledby="skp-model-label"
          value={form.values.model}
          onChange={(value) => form.setFieldValue("model", value === "jpt" ? "jpt" : "ja_jf")}
          data={models.map((m) => ({
            value: m,
            label: t(m === "jpt" ? "skp.edit.modelShort.jpt" : "skp.edit.modelShort.ja_jf"),
          }))}
          data-testid="skp-model"
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t(form.values.model === "jpt" ? "skp.edit.modelHint.jpt" : "skp.edit.modelHint.ja_jf")}
        </Text>
      </div>
      <div>
        <Text size="sm" fw={500} id="skp-approach-label" mb={4}>
          {t("skp.edit.approach")}
        </Text>
        <SegmentedControl
          fullWidth
          aria-labelledby="skp-approach-label"
          value={form.values.approach}
          onChange={(value) =>
            form.setValues(withApproach(form.getValues(), value === "kualitatif" ? "kualitatif" : "kuantitatif"))
          }
          data={approaches.map((a) => ({ value: a, label: t(approachKey(a)) }))}
          data-testid="skp-approach"
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t(
            form.values.approach === "kualitatif"
              ? "skp.edit.approachHint.kualitatif"
              : "skp.edit.approachHint.kuantitatif",
          )}
        </Text>
      </div>
    </SimpleGrid>
  );
}

/** HASIL KERJA: "A. Utama" and "B. Tambahan", each a list of RHK that can be added, removed and reordered. */
export function HasilKerjaEditor() {
  const t = useT();
  const { form } = useEditor();
  const rhkProblem = useBlockProblem("rhk");
  const full = form.values.rhk.length >= LIMITS.rhk;
  const add = (kind: RhkKind) => {
    const at = kind === "utama" ? form.values.rhk.filter((r) => r.kind === "utama").length : form.values.rhk.length;
    form.insertListItem("rhk", newRhk(kind), at);
  };
  const section = (kind: RhkKind) => {
    const items = form.values.rhk.flatMap((r, index) => (r.kind === kind ? [{ key: r.key, index }] : []));
    return (
      <Stack gap="sm" data-testid={`rhk-section-${kind}`}>
        <Title order={4} size="h5">
          {t(kind === "utama" ? "skp.section.utama" : "skp.section.tambahan")}
        </Title>
        {items.length === 0 && (
          <Paper withBorder p="sm" bg="gray.0">
            <Text size="sm" c="dimmed">
              {t(kind === "utama" ? "skp.rhk.emptyUtama" : "skp.rhk.emptyTambahan")}
            </Text>
          </Paper>
        )}
        {items.map(({ key, index }) => (
          <RhkEditor key={key} index={index} />
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={full}
            onClick={() => add(kind)}
            data-testid={`add-rhk-${kind}`}
          >
            {t(kind === "utama" ? "skp.rhk.addUtama" : "skp.rhk.addTambahan")}
          </Button>
        </Group>
      </Stack>
    );
  };
  return (
    <Stack gap="lg" data-testid="rhk-list" id={fieldId("rhk")} tabIndex={-1}>
      {rhkProblem && (
        <Text size="sm" c="orange.9" data-problem>
          {rhkProblem}
        </Text>
      )}
      {section("utama")}
      {section("tambahan")}
    </Stack>
  );
}
