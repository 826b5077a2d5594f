import { Checkbox, Group, Modal, Radio, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { createPlacementSchema, type Placement, type PlacementKind, placementApi, wibDate } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { FormActions } from "../../../lib/form-actions";
import { maxLengthOf, schemaValidation } from "../../../lib/form-schema";
import { useInvalidateEmployeeData, useSaveErrorHandler } from "./cache";
import { PositionSelect } from "./position-select";

type Values = {
  positionId: string | null;
  kind: PlacementKind;
  startDate: string;
  endDate: string;
  decreeNumber: string;
  mayRate: boolean;
};

type Props = {
  opened: boolean;
  onClose: () => void;
  employeeId: string;
  /** The placement to edit; without it the form adds a new one. */
  placement?: Placement;
};

export function PlacementFormModal({ opened, onClose, employeeId, placement }: Props) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={placement ? t("employees.placements.editTitle") : t("employees.placements.addTitle")}
    >
      <PlacementForm employeeId={employeeId} placement={placement} onClose={onClose} />
    </Modal>
  );
}

/** The placement as both endpoints take it; the employee comes from the page, not the form. */
const formSchema = createPlacementSchema.omit({ employeeId: true });
type Fields = ReturnType<typeof formSchema.parse>;

const toInput = (values: Values) => ({
  ...values,
  endDate: values.endDate || null,
  decreeNumber: values.decreeNumber.trim() || null,
  mayRate: values.kind === "plh" && values.mayRate,
});

function usePlacementForm(placement?: Placement) {
  const t = useT();
  return useForm<Values>({
    initialValues: {
      positionId: placement?.positionId ?? null,
      kind: placement?.kind ?? "definitif",
      startDate: placement?.startDate ?? wibDate(new Date()),
      endDate: placement?.endDate ?? "",
      decreeNumber: placement?.decreeNumber ?? "",
      mayRate: placement?.mayRate ?? false,
    },
    ...schemaValidation(formSchema, {
      input: toInput,
      rules: (values: Values) => ({
        endDate:
          values.endDate && values.startDate && values.endDate < values.startDate
            ? t("employees.placements.endBeforeStart")
            : null,
      }),
    }),
  });
}

function usePlacementSave(employeeId: string, placement: Placement | undefined) {
  return useMutation({
    mutationFn: (fields: Fields) =>
      placement
        ? call(placementApi.update, { params: { id: placement.id }, body: { ...fields, version: placement.version } })
        : call(placementApi.create, { body: { ...fields, employeeId } }),
  });
}

function PlacementForm({ employeeId, placement, onClose }: Omit<Props, "opened">) {
  const t = useT();
  const form = usePlacementForm(placement);
  const invalidate = useInvalidateEmployeeData();
  const handleError = useSaveErrorHandler();
  const save = usePlacementSave(employeeId, placement);
  const submit = (values: Values) => {
    save.mutate(
      // Checked already, so parsing only gives the body its types.
      formSchema.parse(toInput(values)),
      {
        onSuccess: async () => {
          await invalidate();
          notifications.show({
            color: "green",
            message: placement ? t("employees.placements.saved") : t("employees.placements.added"),
          });
          onClose();
        },
        onError: (error) => handleError(error, form, onClose),
      },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="placement-form">
      <Stack>
        <PositionSelect
          value={form.values.positionId}
          onChange={(value) => form.setFieldValue("positionId", value)}
          error={form.errors.positionId}
        />
        <Radio.Group
          label={t("employees.placements.kind")}
          description={t("employees.placements.kindHint")}
          required
          {...form.getInputProps("kind")}
        >
          <Group mt={6}>
            {(["definitif", "plt", "plh"] as const).map((kind) => (
              <Radio key={kind} value={kind} label={t(`placement.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t("employees.placements.startDate")}
            required
            {...form.getInputProps("startDate")}
          />
          <TextInput type="date" label={t("employees.placements.endDate")} {...form.getInputProps("endDate")} />
        </SimpleGrid>
        <TextInput
          label={t("employees.placements.decree")}
          placeholder="800/123/KEP/BKPSDM/2026"
          maxLength={maxLengthOf(formSchema.shape.decreeNumber)}
          {...form.getInputProps("decreeNumber")}
        />
        {form.values.kind === "plh" && (
          <Checkbox
            label={t("employees.placements.mayRate")}
            description={t("employees.placements.mayRateHint")}
            data-testid="placement-may-rate"
            {...form.getInputProps("mayRate", { type: "checkbox" })}
          />
        )}
        <FormActions onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
