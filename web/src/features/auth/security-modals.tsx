import { Modal, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { totpCodeSchema, twoFactorApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { showApiError } from "../../lib/form-errors";
import { maxLengthOf } from "../../lib/form-schema";

type ModalProps = { opened: boolean; onClose: () => void };

function CodeInput(props: ReturnType<ReturnType<typeof useForm<{ code: string }>>["getInputProps"]>) {
  const t = useT();
  return (
    <TextInput
      label={t("login.code")}
      autoComplete="one-time-code"
      inputMode="numeric"
      maxLength={maxLengthOf(totpCodeSchema)}
      required
      styles={{ input: { fontFamily: "monospace", letterSpacing: 4 } }}
      {...props}
    />
  );
}

/** New recovery codes after a current code; the parent shows them once. */
export function RegenerateModal({ opened, onClose, onCodes }: ModalProps & { onCodes: (codes: string[]) => void }) {
  const t = useT();
  const form = useForm({ initialValues: { code: "" } });
  const save = useMutation({
    mutationFn: (code: string) => call(twoFactorApi.regenerateRecoveryCodes, { body: { code } }),
    onSuccess: (result) => {
      form.reset();
      onCodes(result.recoveryCodes);
      onClose();
    },
    onError: (error) => showApiError(error, form),
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t("security.regenerateTitle")}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v.code))} noValidate>
        <Stack>
          <Text size="sm">{t("security.regenerateIntro")}</Text>
          <CodeInput {...form.getInputProps("code")} data-autofocus />
          <FormActions onCancel={onClose} saving={save.isPending} submitLabel={t("security.regenerate")} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Turning the factor off needs the password and a current code. */
export function DisableModal({ opened, onClose, onDone }: ModalProps & { onDone: () => void }) {
  const t = useT();
  const form = useForm({ initialValues: { password: "", code: "" } });
  const save = useMutation({
    mutationFn: (body: { password: string; code: string }) => call(twoFactorApi.disable, { body }),
    onSuccess: () => {
      form.reset();
      onDone();
      onClose();
    },
    onError: (error) => showApiError(error, form),
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t("security.disableTitle")}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{t("security.disableIntro")}</Text>
          <PasswordInput
            label={t("security.password")}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps("password")}
          />
          <CodeInput {...form.getInputProps("code")} />
          <FormActions onCancel={onClose} saving={save.isPending} submitLabel={t("security.disable")} />
        </Stack>
      </form>
    </Modal>
  );
}
