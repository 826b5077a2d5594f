import { ActionIcon, Group, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";

type Props = {
  label: string;
  onUp: (() => void) | null;
  onDown: (() => void) | null;
  onRemove: () => void;
  children?: ReactNode;
};

/** Move up, move down and remove buttons for one row of a list; each names the row it acts on. */
export function RowActions({ label, onUp, onDown, onRemove, children }: Props) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={label}>
      {children}
      <Tooltip label={t("skp.edit.moveUp")}>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={!onUp}
          onClick={onUp ?? undefined}
          aria-label={`${t("skp.edit.moveUp")}: ${label}`}
        >
          <IconArrowUp size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t("skp.edit.moveDown")}>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={!onDown}
          onClick={onDown ?? undefined}
          aria-label={`${t("skp.edit.moveDown")}: ${label}`}
        >
          <IconArrowDown size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t("skp.edit.remove")}>
        <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={`${t("skp.edit.remove")}: ${label}`}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
