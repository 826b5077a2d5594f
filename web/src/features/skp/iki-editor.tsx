import { Button, Grid, Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";
import { LongText } from "../../lib/long-text";
import { AccumulationSelect } from "./accumulation-select";
import { fieldId, LIMITS, newIki } from "./content-form";
import { useBlockProblem, useEditor, useField } from "./editor-context";
import { RowActions } from "./row-actions";
import { aspekKey, aspekOptions } from "./skp-labels";

/** The IKI rows of one RHK: aspek (JA/JF kuantitatif), indicator, target and satuan, or the kualitatif narrative. */
export function IkiEditor({ rhkIndex }: { rhkIndex: number }) {
  const t = useT();
  const { form } = useEditor();
  const blockProblem = useBlockProblem(`rhk.${rhkIndex}.ikis`);
  const path = `rhk.${rhkIndex}.ikis`;
  const ikis = form.values.rhk[rhkIndex]?.ikis ?? [];
  const kualitatif = form.values.approach === "kualitatif";
  return (
    <Stack gap="xs" id={fieldId(path)} tabIndex={-1}>
      <Text size="sm" fw={600}>
        {kualitatif ? t("skp.iki.narrativeTitle") : t("skp.iki.title")}
      </Text>
      {ikis.map((iki, j) => (
        <IkiRow
          key={iki.key}
          rhkIndex={rhkIndex}
          index={j}
          count={ikis.length}
          onMove={(to) => form.reorderListItem(path, { from: j, to })}
          onRemove={() => form.removeListItem(path, j)}
        />
      ))}
      {blockProblem && (
        <Text size="sm" c="orange.9" data-problem>
          {blockProblem}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          disabled={ikis.length >= LIMITS.iki}
          onClick={() => form.insertListItem(path, newIki())}
          data-testid="add-iki"
        >
          {t("skp.iki.add")}
        </Button>
      </Group>
    </Stack>
  );
}

type RowProps = {
  rhkIndex: number;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
};

function IkiRow({ rhkIndex, index, count, onMove, onRemove }: RowProps) {
  const t = useT();
  const { form } = useEditor();
  const field = useField();
  const at = `rhk.${rhkIndex}.ikis.${index}`;
  const showAspek = form.values.model === "ja_jf" && form.values.approach === "kuantitatif";
  const kualitatif = form.values.approach === "kualitatif";
  const label = t("skp.iki.rowLabel", { rhk: rhkIndex + 1, n: index + 1 });
  return (
    <Paper withBorder p="xs" radius="sm" bg="gray.0" data-testid="iki-row">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text size="xs" fw={700} c="dimmed">
          {t("skp.iki.number", { n: index + 1 })}
        </Text>
        <RowActions
          label={label}
          onUp={index > 0 ? () => onMove(index - 1) : null}
          onDown={index < count - 1 ? () => onMove(index + 1) : null}
          onRemove={onRemove}
        />
      </Group>
      {kualitatif ? (
        <Grid gap="xs">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <LongText
              label={t("skp.iki.successMeasure")}
              autosize
              minRows={2}
              maxLength={LIMITS.indicator}
              required
              {...field(`${at}.indicator`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <LongText
              label={t("skp.iki.narrativeTarget")}
              description={t("skp.iki.narrativeTargetHint")}
              autosize
              minRows={2}
              maxLength={LIMITS.target}
              {...field(`${at}.target`)}
            />
          </Grid.Col>
        </Grid>
      ) : (
        <Grid gap="xs">
          {showAspek && (
            <Grid.Col span={{ base: 12, sm: 4, md: 2 }}>
              <Select
                label={t("skp.col.aspek")}
                placeholder={t("skp.iki.aspekPlaceholder")}
                data={aspekOptions.map((a) => ({ value: a, label: t(aspekKey(a)) }))}
                {...field(`${at}.aspek`)}
              />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, sm: showAspek ? 8 : 12, md: showAspek ? 4 : 5 }}>
            <LongText
              label={t("skp.col.iki")}
              autosize
              minRows={1}
              maxLength={LIMITS.indicator}
              required
              {...field(`${at}.indicator`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: showAspek ? 1.5 : 2 }}>
            <TextInput
              label={t("skp.col.target")}
              placeholder={t("skp.iki.targetPlaceholder")}
              inputMode="decimal"
              maxLength={LIMITS.target}
              {...field(`${at}.target`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <TextInput
              label={t("skp.col.unit")}
              placeholder={t("skp.iki.unitPlaceholder")}
              maxLength={LIMITS.unit}
              {...field(`${at}.unit`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: showAspek ? 2.5 : 3 }}>
            <AccumulationSelect path={at} />
          </Grid.Col>
        </Grid>
      )}
    </Paper>
  );
}
