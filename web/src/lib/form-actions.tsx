import { Button, Group } from "@mantine/core";
import { useT } from "../i18n/i18n";

type FormActionsProps = {
  onCancel: () => void;
  saving: boolean;
  /** The submit button's text; "Simpan" when not given. */
  submitLabel?: string;
  submitTestId?: string;
};

/** The footer of every form in a modal: cancel on the left of the submit button, both at the right edge. */
export function FormActions({ onCancel, saving, submitLabel, submitTestId }: FormActionsProps) {
  const t = useT();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={saving} data-testid={submitTestId}>
        {submitLabel ?? t("common.save")}
      </Button>
    </Group>
  );
}
