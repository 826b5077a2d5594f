import { Alert, Group, Modal, Radio, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { skpApi } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { FormActions } from "../../lib/form-actions";
import { useInvalidateSkp } from "./skp-cache";

type Props = { opened: boolean; onClose: () => void; year: number };

/** Why a new SKP could not be started, in words the employee can act on. */
const createErrorTitles: Record<string, MessageKey> = {
  year_not_open: "skp.create.error.year_not_open",
  year_closed: "skp.create.error.year_not_open",
  skp_exists: "skp.create.error.skp_exists",
  skp_no_position: "skp.create.error.skp_no_position",
  no_previous_skp: "skp.create.error.no_previous_skp",
};

/** Starts the year's SKP, either from the Matriks Peran Hasil proposals or as a copy of last year's SKP. */
export function CreateSkpModal({ opened, onClose, year }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t("skp.create.title", { year })} size="lg">
      {opened && <CreateSkpForm year={year} onClose={onClose} />}
    </Modal>
  );
}

function CreateSkpForm({ year, onClose }: { year: number; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const invalidate = useInvalidateSkp();
  const [source, setSource] = useState<"new" | "copy">("new");
  const create = useMutation({
    mutationFn: () => call(skpApi.create, { body: { year, copyFromLastYear: source === "copy" } }),
    onSuccess: async (skp) => {
      await invalidate(skp);
      notifications.show({ color: "green", message: t("skp.create.done", { year }) });
      onClose();
      navigate(`/skp/${skp.id}`);
    },
  });
  const error = create.error;
  const errorTitle = error instanceof ApiError ? createErrorTitles[error.code] : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Stack>
        <Radio.Group
          label={t("skp.create.source")}
          value={source}
          onChange={(value) => setSource(value === "copy" ? "copy" : "new")}
        >
          <Stack gap="sm" mt="xs">
            <Radio.Card value="new" p="md" radius="md" data-testid="create-new">
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600}>{t("skp.create.fromMatrix")}</Text>
                  <Text size="sm" c="dimmed">
                    {t("skp.create.fromMatrixHint")}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
            <Radio.Card value="copy" p="md" radius="md" data-testid="create-copy">
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600}>{t("skp.create.copy", { year: year - 1 })}</Text>
                  <Text size="sm" c="dimmed">
                    {t("skp.create.copyHint")}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          </Stack>
        </Radio.Group>
        {error && (
          <Alert
            color={errorTitle ? "orange" : "red"}
            title={t(errorTitle ?? "common.error")}
            data-testid="create-error"
          >
            {error.message}
          </Alert>
        )}
        <FormActions
          onCancel={onClose}
          saving={create.isPending}
          submitLabel={t("skp.create.submit")}
          submitTestId="create-skp-submit"
        />
      </Stack>
    </form>
  );
}
