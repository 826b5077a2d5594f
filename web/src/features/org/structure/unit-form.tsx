import { Modal, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { createUnitSchema, type OrgUnit, type UnitKind, unitApi, unitKindSchema } from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useT } from "../../../i18n/i18n";
import { call } from "../../../lib/api";
import { FormActions } from "../../../lib/form-actions";
import { maxLengthOf, schemaValidation } from "../../../lib/form-schema";
import { handleSaveError, invalidateStructure } from "./queries";
import { UnitSelect } from "./unit-select";

/** What the unit form is open for: a new unit under a parent, or an existing unit. */
export type UnitFormTarget = { mode: "create"; parentId: string | null } | { mode: "edit"; unit: OrgUnit };

const fields = createUnitSchema.shape;

type Values = {
  code: string;
  name: string;
  kind: UnitKind | null;
  parentId: string | null;
  headerName: string;
  signingPlace: string;
};

/** The usual kind of a new unit under a parent of the given kind. */
const childKind: Partial<Record<UnitKind, UnitKind>> = {
  pemerintah_daerah: "perangkat_daerah",
  kecamatan: "seksi",
  sekretariat: "subbagian",
  kelurahan: "seksi",
};

export function UnitFormModal(props: {
  target: UnitFormTarget | null;
  units: OrgUnit[];
  onClose: () => void;
  onSaved: (unit: OrgUnit) => void;
}) {
  const t = useT();
  const title = props.target?.mode === "edit" ? t("units.editTitle") : t("units.createTitle");
  return (
    <Modal opened={props.target !== null} onClose={props.onClose} title={title} size="lg">
      {props.target && <UnitForm {...props} target={props.target} />}
    </Modal>
  );
}

function initialValues(target: UnitFormTarget, units: OrgUnit[]): Values {
  if (target.mode === "edit") {
    const { code, name, kind, parentId, headerName, signingPlace } = target.unit;
    return { code, name, kind, parentId, headerName: headerName ?? "", signingPlace: signingPlace ?? "" };
  }
  const parentKind = units.find((u) => u.id === target.parentId)?.kind;
  const kind = parentKind ? (childKind[parentKind] ?? null) : null;
  return { code: "", name: "", kind, parentId: target.parentId, headerName: "", signingPlace: "" };
}

function UnitForm({
  target,
  units,
  onClose,
  onSaved,
}: {
  target: UnitFormTarget;
  units: OrgUnit[];
  onClose: () => void;
  onSaved: (unit: OrgUnit) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: initialValues(target, units),
    ...schemaValidation(createUnitSchema),
  });
  const editingId = target.mode === "edit" ? target.unit.id : undefined;
  const kindOptions = unitKindSchema.options.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }));

  const save = useMutation({
    mutationFn: ({ kind, ...values }: Values & { kind: UnitKind }) =>
      target.mode === "edit"
        ? call(unitApi.update, {
            params: { id: target.unit.id },
            body: { ...values, kind, version: target.unit.version },
          })
        : call(unitApi.create, { body: { ...values, kind } }),
    onSuccess: (unit) => {
      invalidateStructure(queryClient);
      const message = target.mode === "edit" ? "units.saved" : "units.created";
      notifications.show({ color: "green", message: t(message, { name: unit.name }) });
      onSaved(unit);
    },
    onError: (error) => {
      if (handleSaveError(error, form, queryClient, Object.keys(form.values))) {
        onClose();
      }
    },
  });

  const submit = form.onSubmit(({ kind, ...values }) => {
    if (kind) {
      save.mutate({ ...values, kind });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t("units.code")}
          description={t("units.codeHint")}
          required
          data-autofocus
          maxLength={maxLengthOf(fields.code)}
          {...form.getInputProps("code")}
          onChange={(event) => form.setFieldValue("code", event.currentTarget.value.toUpperCase())}
        />
        <TextInput
          label={t("units.name")}
          required
          maxLength={maxLengthOf(fields.name)}
          {...form.getInputProps("name")}
        />
        <Select
          label={t("units.kind")}
          required
          data={kindOptions}
          allowDeselect={false}
          {...form.getInputProps("kind")}
        />
        <UnitSelect
          units={units}
          exclude={editingId}
          label={t("units.parent")}
          placeholder={t("units.noParent")}
          clearable
          {...form.getInputProps("parentId")}
        />
        {/* The issuing government heads every form of the units under it (issue 9 rule 15). */}
        {(form.values.kind === "pemerintah_daerah" || form.values.parentId === null) && (
          <>
            <TextInput
              label={t("units.headerName")}
              description={t("units.headerNameHint")}
              maxLength={maxLengthOf(fields.headerName)}
              {...form.getInputProps("headerName")}
            />
            <TextInput
              label={t("units.signingPlace")}
              description={t("units.signingPlaceHint")}
              maxLength={maxLengthOf(fields.signingPlace)}
              {...form.getInputProps("signingPlace")}
            />
          </>
        )}
        <FormActions onCancel={onClose} saving={save.isPending} />
      </Stack>
    </form>
  );
}
