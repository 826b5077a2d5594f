import { Alert, Button, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { finaliseDistributionSchema, type Kurva, kurvaApi } from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { showSaveError } from "../../lib/form-errors";
import { maxLengthOf } from "../../lib/form-schema";
import { capaianKeys } from "./capaian-api";

/** "Finalkan distribusi": the head's button and its modal; a broken pattern asks for the justification. */
export function FinaliseButton({ kurva }: { kurva: Kurva }) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)} data-testid="kurva-finalise">
        {t("kurva.finalise")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("kurva.finaliseTitle")}>
        {opened && <FinaliseForm kurva={kurva} onClose={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function FinaliseForm({ kurva, onClose }: { kurva: Kurva; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const broken = kurva.rules.filter((r) => !r.met).length;
  const drafts = kurva.draftUnrated + Object.values(kurva.draftCounts).reduce((sum, n) => sum + n, 0);
  const form = useForm({
    initialValues: { justification: "" },
    validate: { justification: (v) => (broken > 0 && !v.trim() ? t("form.required") : null) },
  });
  const save = useMutation({
    mutationFn: (values: { justification: string }) =>
      call(kurvaApi.finalise, {
        body: {
          unitId: kurva.unit.id,
          year: kurva.year,
          periodCode: kurva.periodCode,
          justification: values.justification.trim() || undefined,
        },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: capaianKeys.all });
      notifications.show({ color: "green", message: t("kurva.finalisedOk") });
      onClose();
    },
    onError: (error) => showSaveError(error, form, ["justification"]),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <Text size="sm">{t("kurva.finaliseIntro")}</Text>
        {drafts > 0 && (
          <Alert color="yellow" data-testid="kurva-finalise-drafts">
            {t("kurva.finaliseDrafts", { n: drafts })}
          </Alert>
        )}
        {broken > 0 && (
          <Alert color="red" data-testid="kurva-finalise-broken">
            {t("kurva.finaliseBroken", { n: broken })}
          </Alert>
        )}
        <Textarea
          label={t("kurva.justification")}
          description={t("kurva.justificationHint")}
          required={broken > 0}
          autosize
          minRows={3}
          data-autofocus
          maxLength={maxLengthOf(finaliseDistributionSchema.shape.justification)}
          data-testid="kurva-justification"
          {...form.getInputProps("justification")}
        />
        <FormActions
          onCancel={onClose}
          saving={save.isPending}
          submitLabel={t("kurva.finalise")}
          submitTestId="kurva-finalise-save"
        />
      </Stack>
    </form>
  );
}
