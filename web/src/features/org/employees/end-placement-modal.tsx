import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { endPlacementSchema, type Placement, placementApi, wibDate } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { schemaValidation } from "../../../lib/form-schema";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";

type Props = { opened: boolean; placement: Placement | null; onClose: () => void };

/** Ends a placement on a date (a transfer, retirement, or the end of an acting duty); the history stays. */
export function EndPlacementModal({ opened, placement, onClose }: Props) {
  const t = useT();
  return (
    <Modal opened={opened && placement !== null} onClose={onClose} title={t("employees.placements.endTitle")}>
      {placement && <EndPlacementForm placement={placement} onClose={onClose} />}
    </Modal>
  );
}

/** Today, or the start date for a placement that starts in the future. ISO dates compare as strings. */
function defaultEndDate(startDate: string): string {
  const today = wibDate(new Date());
  if (today < startDate) {
    return startDate;
  }
  return today;
}

function EndPlacementForm({ placement, onClose }: { placement: Placement; onClose: () => void }) {
  const t = useT();
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const form = useForm({
    initialValues: { endDate: defaultEndDate(placement.startDate) },
    ...schemaValidation(endPlacementSchema.pick({ endDate: true }), {
      rules: ({ endDate }: { endDate: string }) => ({
        endDate: endDate && endDate < placement.startDate ? t("employees.placements.endBeforeStart") : null,
      }),
    }),
  });
  const end = useMutation({
    mutationFn: (endDate: string) =>
      call(placementApi.end, { params: { id: placement.id }, body: { endDate, version: placement.version } }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: "green", message: t("employees.placements.ended") });
      onClose();
    },
    onError: (error) => handleError(error, form, onClose),
  });
  return (
    <form onSubmit={form.onSubmit(({ endDate }) => end.mutate(endDate))} noValidate>
      <Stack>
        <Text fw={600}>
          {placement.positionName}
          <Text span c="dimmed" fw={400}>
            {" "}
            · {placement.unitName}
          </Text>
        </Text>
        <TextInput
          type="date"
          label={t("employees.placements.endDateRequired")}
          description={t("employees.placements.endHint")}
          required
          min={placement.startDate}
          data-autofocus
          {...form.getInputProps("endDate")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="orange" loading={end.isPending}>
            {t("employees.placements.end")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
