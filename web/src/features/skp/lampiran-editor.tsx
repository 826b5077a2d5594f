import { Button, Group, Stack, Text } from "@mantine/core";
import { randomId } from "@mantine/hooks";
import type { LampiranKind } from "@simkin/domain";
import { IconPlus } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";
import { LongText } from "../../lib/long-text";
import { fieldId, LIMITS } from "./content-form";
import { useBlockProblem, useEditor, useField } from "./editor-context";
import { RowActions } from "./row-actions";
import { lampiranKey, lampiranKinds } from "./skp-labels";

/** Lampiran SKP (REGULATIONS.md §6.3): three numbered lists the employee fills. */
export function LampiranEditor() {
  return (
    <Stack gap="lg" data-testid="lampiran-editor">
      {lampiranKinds.map((kind) => (
        <LampiranList key={kind} kind={kind} />
      ))}
    </Stack>
  );
}

function LampiranList({ kind }: { kind: LampiranKind }) {
  const t = useT();
  const { form } = useEditor();
  const field = useField();
  const problem = useBlockProblem(`lampiran.${kind}`);
  const path = `lampiran.${kind}`;
  const items = form.values.lampiran[kind];
  const title = t(lampiranKey(kind));
  return (
    <Stack gap="xs" id={fieldId(path)} tabIndex={-1}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {items.map((item, n) => {
        const label = `${title} ${n + 1}`;
        return (
          <Group key={item.key} gap={4} wrap="nowrap" align="flex-start">
            <Text size="sm" w={20} pt={6} ta="right" aria-hidden>
              {n + 1}.
            </Text>
            <LongText
              style={{ flex: 1 }}
              aria-label={label}
              autosize
              minRows={1}
              maxLength={LIMITS.item}
              {...field(`${path}.${n}.text`)}
            />
            <RowActions
              label={label}
              onUp={n > 0 ? () => form.reorderListItem(path, { from: n, to: n - 1 }) : null}
              onDown={n < items.length - 1 ? () => form.reorderListItem(path, { from: n, to: n + 1 }) : null}
              onRemove={() => form.removeListItem(path, n)}
            />
          </Group>
        );
      })}
      {problem && (
        <Text size="sm" c="orange.9" data-problem>
          {problem}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          disabled={items.length >= LIMITS.lampiran}
          onClick={() => form.insertListItem(path, { key: randomId(), text: "" })}
          data-testid={`add-lampiran-${kind}`}
        >
          {t("skp.lampiran.add")}
        </Button>
      </Group>
    </Stack>
  );
}
