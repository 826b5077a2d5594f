import { ActionIcon, Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { errorText } from "../../lib/error-text";

type Props = {
  /** The button's accessible name, naming the file. */
  label: string;
  title: string;
  text: string;
  confirm: string;
  done: string;
  remove: () => Promise<unknown>;
  /** Reads the list again once the dialog has closed (the row, and this button with it, then goes). */
  refresh: () => Promise<unknown>;
};

/** A trash button beside a kept file that asks before removing it; the server's refusal shows in the dialog. */
export function FileDeleteButton({ label, title, text, confirm, done, remove, refresh }: Props) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      setOpened(false);
      notifications.show({ color: "green", message: done });
      await refresh();
    },
  });
  const close = () => {
    setOpened(false);
    mutation.reset();
  };
  return (
    <>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={label}
        title={label}
        onClick={() => setOpened(true)}
        data-testid="file-delete"
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
      <Modal opened={opened} onClose={close} title={title}>
        <Stack>
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {text}
          </Text>
          {mutation.isError && (
            <Alert color="red" role="alert">
              {errorText(mutation.error) || t("common.error")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              loading={mutation.isPending}
              onClick={() => mutation.mutate()}
              data-testid="confirm-file-delete"
            >
              {confirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
