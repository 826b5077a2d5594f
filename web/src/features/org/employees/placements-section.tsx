import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { Placement } from "@simkin/domain";
import { useState } from "react";
import { useT } from "../../../i18n/i18n";
import { PlacementHistory } from "../../profile/placement-history";
import { EndPlacementModal } from "./end-placement-modal";
import { PlacementFormModal } from "./placement-form-modal";
import { RemovePlacementModal } from "./remove-placement-modal";

type Dialog =
  | { type: "add" }
  | { type: "edit"; placement: Placement }
  | { type: "end"; placement: Placement }
  | { type: "remove"; placement: Placement };

type Props = { employeeId: string; placements: Placement[]; canEdit: boolean };

/** Position history; administrators add, correct, end or delete placements. */
export function PlacementsSection({ employeeId, placements, canEdit }: Props) {
  const t = useT();
  // The last dialog stays set while its modal closes, so the content does not vanish mid-transition.
  const [dialog, setDialogState] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState(false);
  const setDialog = (next: Dialog) => {
    setDialogState(next);
    setOpened(true);
  };
  const close = () => setOpened(false);
  const isOpen = (...types: Dialog["type"][]) => opened && dialog !== null && types.includes(dialog.type);
  const placementFor = (type: Dialog["type"]) =>
    dialog && dialog.type === type && "placement" in dialog ? dialog.placement : null;
  const actions = (p: Placement) => (
    <Group
      gap={4}
      wrap="nowrap"
      role="group"
      aria-label={t("employees.placements.actions", { position: p.positionName })}
    >
      <Button size="compact-sm" variant="subtle" onClick={() => setDialog({ type: "edit", placement: p })}>
        {t("employees.placements.edit")}
      </Button>
      {p.endDate === null && (
        <Button
          size="compact-sm"
          variant="subtle"
          color="orange"
          onClick={() => setDialog({ type: "end", placement: p })}
        >
          {t("employees.placements.end")}
        </Button>
      )}
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => setDialog({ type: "remove", placement: p })}
      >
        {t("employees.placements.remove")}
      </Button>
    </Group>
  );
  return (
    <Stack gap="sm" data-testid="placements">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t("profile.history")}
        </Title>
        {canEdit && (
          <Button variant="light" onClick={() => setDialog({ type: "add" })} data-testid="add-placement">
            {t("employees.placements.add")}
          </Button>
        )}
      </Group>
      {placements.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed" ta="center">
            {t("employees.placements.empty")}
          </Text>
        </Paper>
      ) : (
        <PlacementHistory placements={placements} actions={canEdit ? actions : undefined} />
      )}
      {canEdit && (
        <>
          <PlacementFormModal
            opened={isOpen("add", "edit")}
            onClose={close}
            employeeId={employeeId}
            placement={placementFor("edit") ?? undefined}
          />
          <EndPlacementModal opened={isOpen("end")} placement={placementFor("end")} onClose={close} />
          <RemovePlacementModal opened={isOpen("remove")} placement={placementFor("remove")} onClose={close} />
        </>
      )}
    </Stack>
  );
}
