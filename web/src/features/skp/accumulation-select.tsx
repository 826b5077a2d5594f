import { Select } from "@mantine/core";
import { type Accumulation, accumulationSchema, defaultAccumulationFor } from "@simkin/domain";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { useEditor, useField } from "./editor-context";

/**
 * How the IKI's months add up (issue 9 rule 11). Left on "Otomatis", the satuan decides and the choice it makes is
 * shown, so nobody who does not care has anything to do.
 */
export function AccumulationSelect({ path }: { path: string }) {
  const t = useT();
  const { form } = useEditor();
  const field = useField();
  const { value: _value, onChange: _onChange, ...props } = field(`${path}.accumulation`);
  const iki = form.getInputProps(`${path}.accumulation`);
  const satuan = String(form.getInputProps(`${path}.unit`).value ?? "");
  const label = (way: Accumulation) => t(`skp.iki.accumulation.${way}` as MessageKey);
  const data = [
    { value: "", label: t("skp.iki.accumulation.auto", { method: label(defaultAccumulationFor(satuan || null)) }) },
    ...accumulationSchema.options.map((way) => ({
      value: way,
      label: `${label(way)} (${t(`skp.iki.accumulation.${way}Hint` as MessageKey)})`,
    })),
  ];
  return (
    <Select
      {...props}
      label={t("skp.iki.accumulation")}
      title={t("skp.iki.accumulationHint")}
      data={data}
      value={typeof iki.value === "string" ? iki.value : ""}
      onChange={(next) => form.setFieldValue(`${path}.accumulation`, accumulationSchema.safeParse(next).data ?? null)}
      allowDeselect={false}
      comboboxProps={{ width: 340, position: "bottom-end", withinPortal: true }}
      data-testid="iki-accumulation"
    />
  );
}
