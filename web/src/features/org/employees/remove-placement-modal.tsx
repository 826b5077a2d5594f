import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type Placement, placementApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useFormatDate, useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";

type Props = { opened: boolean; placement: Placement | null; onClose: () => void };

/** Deletes a placement entered by mistake, after confirmation. */
export function RemovePlacementModal({ opened, placement, onClose }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const remove = useMutation({
    mutationFn: (p: Placement) => call(placementApi.remove, { params: { id: p.id }, query: { version: p.version } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("employees.placements.removed") });
      onClose();
    },
    onError: (error) => handleError(error, undefined, onClose),
  });
  const dates = placement
    ? `${formatDate(placement.startDate)} ${t("common.until")} ${
        placement.endDate ? formatDate(placement.endDate) : t("placement.current")
      }`
    : "";
  return (
    <Modal opened={opened && placement !== null} onClose={onClose} title={t("employees.placements.removeTitle")}>
      {placement && (
        <Stack>
          <Text size="sm">{t("employees.placements.removeText", { position: placement.positionName, dates })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(placement)}
              data-testid="confirm-remove"
            >
              {t("employees.placements.remove")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
