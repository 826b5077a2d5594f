import { Select, Text } from "@mantine/core";
import { type Accumulation, accumulationSchema, defaultAccumulationFor } from "@simkin/domain";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { useEditor, useField } from "./editor-context";

const labels: Record<Accumulation, MessageKey> = {
  sum: "skp.iki.accumulation.sum",
  latest: "skp.iki.accumulation.latest",
  average: "skp.iki.accumulation.average",
};
const hints: Record<Accumulation, MessageKey> = {
  sum: "skp.iki.accumulation.sumHint",
  latest: "skp.iki.accumulation.latestHint",
  average: "skp.iki.accumulation.averageHint",
};

/**
 * How the IKI's months add up (issue 9 rule 11). Left on "Otomatis", the satuan decides and the choice it makes is
 * shown, so nobody who does not care has anything to do.
 */
export function AccumulationSelect({ path }: { path: string }) {
  const t = useT();
  const { form } = useEditor();
  const field = useField();
  const { value: _value, onChange: _onChange, ...props } = field(`${path}.accumulation`);
  const current = form.getInputProps(`${path}.accumulation`).value;
  const satuan = String(form.getInputProps(`${path}.unit`).value ?? "").trim();
  const fallback = defaultAccumulationFor(satuan || null);
  const data = [
    { value: "", label: t("skp.iki.accumulation.auto", { method: t(labels[fallback]) }) },
    ...accumulationSchema.options.map((way) => ({ value: way, label: t(labels[way]) })),
  ];
  return (
    <Select
      {...props}
      label={t("skp.iki.accumulation")}
      title={t("skp.iki.accumulationHint")}
      data={data}
      value={typeof current === "string" ? current : ""}
      onChange={(next) => form.setFieldValue(`${path}.accumulation`, accumulationSchema.safeParse(next).data ?? null)}
      allowDeselect={false}
      comboboxProps={{ width: 320, position: "bottom-end", withinPortal: true }}
      renderOption={({ option }) => {
        const way = accumulationSchema.safeParse(option.value).data ?? fallback;
        return (
          <div>
            <Text size="sm">{option.label}</Text>
            <Text size="xs" c="dimmed">
              {t(hints[way])}
            </Text>
          </div>
        );
      }}
      data-testid="iki-accumulation"
    />
  );
}
