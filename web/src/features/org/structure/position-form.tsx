import { Checkbox, Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import {
  createPositionSchema,
  type Jenjang,
  jenjangByKind,
  type OrgUnit,
  type PositionKind,
  type PositionWithHolders,
  positionApi,
  positionKindSchema,
} from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { FormActions } from "../../../lib/form-actions";
import { maxLengthOf, schemaValidation } from "../../../lib/form-schema";
import { PositionSelect } from "./position-select";
import { handleSaveError, invalidateStructure } from "./queries";
import { UnitSelect } from "./unit-select";

export type PositionFormTarget =
  | { mode: "create"; unitId: string | null }
  | { mode: "edit"; position: PositionWithHolders };

type Values = {
  unitId: string | null;
  name: string;
  kind: PositionKind | null;
  jenjang: Jenjang | null;
  eselon: string | null;
  parentPositionId: string | null;
  raterPositionId: string | null;
  leadsUnit: boolean;
};
type Body = Omit<Values, "unitId" | "kind"> & { unitId: string; kind: PositionKind };

const ESELON = ["I.a", "I.b", "II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b", "V.a", "V.b"];

function initialValues(target: PositionFormTarget): Values {
  if (target.mode === "create") {
    const empty = { name: "", kind: null, jenjang: null, eselon: null, leadsUnit: false };
    return { ...empty, unitId: target.unitId, parentPositionId: null, raterPositionId: null };
  }
  const { unitId, name, kind, jenjang, eselon, parentPositionId, raterPositionId, leadsUnitId } = target.position;
  return { unitId, name, kind, jenjang, eselon, parentPositionId, raterPositionId, leadsUnit: leadsUnitId !== null };
}

export function PositionFormModal(props: {
  target: PositionFormTarget | null;
  units: readonly OrgUnit[];
  positions: readonly PositionWithHolders[];
  onClose: () => void;
}) {
  const t = useT();
  const title = props.target?.mode === "edit" ? t("positions.editTitle") : t("positions.createTitle");
  return (
    <Modal opened={props.target !== null} onClose={props.onClose} title={title} size="xl">
      {props.target && <PositionForm {...props} target={props.target} />}
    </Modal>
  );
}

function PositionForm({
  target,
  units,
  positions,
  onClose,
}: {
  target: PositionFormTarget;
  units: readonly OrgUnit[];
  positions: readonly PositionWithHolders[];
  onClose: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: initialValues(target),
    ...schemaValidation(createPositionSchema),
  });
  const selfId = target.mode === "edit" ? target.position.id : undefined;
  const jenjangOptions = form.values.kind ? jenjangByKind[form.values.kind] : [];

  const save = useMutation({
    mutationFn: (body: Body) =>
      target.mode === "edit"
        ? call(positionApi.update, {
            params: { id: target.position.id },
            body: { ...body, version: target.position.version },
          })
        : call(positionApi.create, { body }),
    onSuccess: (position) => {
      invalidateStructure(queryClient);
      const message = target.mode === "edit" ? "positions.saved" : "positions.created";
      notifications.show({ color: "green", message: t(message, { name: position.name }) });
      onClose();
    },
    onError: (error) => {
      if (handleSaveError(error, form, queryClient, Object.keys(form.values))) {
        onClose();
      }
    },
  });

  const submit = form.onSubmit(({ unitId, kind, ...values }) => {
    if (unitId && kind) {
      save.mutate({ ...values, unitId, kind });
    }
  });
  const changeKind = (value: string | null) => {
    const kind = positionKindSchema.safeParse(value).data ?? null;
    form.setFieldValue("kind", kind);
    const allowed: readonly string[] = kind ? jenjangByKind[kind] : [];
    if (form.values.jenjang && !allowed.includes(form.values.jenjang)) {
      form.setFieldValue("jenjang", null);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <UnitSelect units={units} label={t("positions.unit")} required {...form.getInputProps("unitId")} />
          <TextInput
            label={t("positions.name")}
            required
            maxLength={maxLengthOf(createPositionSchema.shape.name)}
            {...form.getInputProps("name")}
          />
          <Select
            label={t("positions.kind")}
            required
            allowDeselect={false}
            data={positionKindSchema.options.map((kind) => ({ value: kind, label: t(`positionKind.${kind}`) }))}
            {...form.getInputProps("kind")}
            onChange={changeKind}
          />
          {jenjangOptions.length > 0 && (
            <Select
              label={t("positions.jenjang")}
              description={t("positions.jenjangHint")}
              required
              data={jenjangOptions.map((j) => ({ value: j, label: t(`jenjang.${j}`) }))}
              {...form.getInputProps("jenjang")}
            />
          )}
          <Select
            label={t("positions.eselon")}
            placeholder={t("positions.eselonNone")}
            clearable
            data={ESELON}
            {...form.getInputProps("eselon")}
          />
        </SimpleGrid>
        <PositionSelect
          positions={positions}
          exclude={selfId}
          label={t("positions.parent")}
          description={t("positions.parentHint")}
          placeholder={t("positions.none")}
          clearable
          {...form.getInputProps("parentPositionId")}
        />
        <PositionSelect
          positions={positions}
          exclude={selfId}
          label={t("positions.rater")}
          description={t("positions.raterHint")}
          placeholder={t("positions.none")}
          clearable
          {...form.getInputProps("raterPositionId")}
        />
        <Checkbox
          label={t("positions.leadsUnit")}
          description={t("positions.leadsUnitHint")}
          {...form.getInputProps("leadsUnit", { type: "checkbox" })}
        />
        <FormActions onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
