import { Badge, Box, Button, Group, Indicator, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type SkpDetail, skpApi, skpContentSchema } from "@simkin/domain";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useBlocker } from "react-router";
import { useT } from "../../i18n/i18n";
import { ApiError, call, isStaleWrite } from "../../lib/api";
import { ConflictModal, type ConflictRow } from "../../lib/conflict-modal";
import { errorText, fieldErrorText } from "../../lib/error-text";
import { schemaValidation } from "../../lib/form-schema";
import { LocalDraftNotice, UnsavedBadge } from "../../lib/local-draft-notice";
import { useLocalDraft } from "../../lib/use-local-draft";
import { type NotSavedReason, useNotSaved } from "../../lib/use-not-saved";
import { contentConflictRows } from "./content-conflict";
import { contentOf, parseContentDraft } from "./content-draft";
import { type ContentValues, formPath, liveProblems, toBody, toValues } from "./content-form";
import { EditorProvider } from "./editor-context";
import { HasilKerjaEditor, ModelApproachEditor } from "./hasil-kerja-editor";
import { LampiranEditor } from "./lampiran-editor";
import { jumpTo, ProblemsList } from "./problems-list";
import { useInvalidateSkp, useSkpErrorHandler } from "./skp-cache";

type Props = { skp: SkpDetail; onDirtyChange: (dirty: boolean) => void };

const SAVE_ERROR = "skp-save-error";

/**
 * The draft's content in edit mode. Mount it with key `${id}:${version}`: a saved or reloaded SKP starts the
 * form afresh. "Simpan draf" PUTs the whole content with the version it was loaded at; when someone else saved first,
 * both versions are shown and the user keeps theirs (saved over the new version) or takes the saved one.
 */
export function ContentEditor({ skp, onDirtyChange }: Props) {
  const t = useT();
  const invalidate = useInvalidateSkp();
  const handleError = useSkpErrorHandler();
  const form = useForm<ContentValues>({
    initialValues: toValues(skp),
    // The body the server saves, checked by its own schema; its paths are named as the form's fields.
    ...schemaValidation(skpContentSchema, {
      input: (values: ContentValues) => toBody(values, skp.version),
      path: formPath,
    }),
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const [conflict, setConflict] = useState<{ fresh: SkpDetail; rows: ConflictRow[] } | null>(null);
  // The version the typed values start from: older than the SKP's when a local draft typed earlier is put back.
  const baseVersion = useRef(skp.version);
  const local = useLocalDraft<ContentValues>({
    form: "skp",
    recordId: skp.id,
    enabled: skp.allowed.includes("edit"),
    values: form.values,
    dirty,
    baseVersion: () => baseVersion.current,
    title: t("draft.title.skp"),
    parse: parseContentDraft,
    compare: contentOf,
    onRestore: (values, base) => {
      form.setValues(values);
      baseVersion.current = Math.min(baseVersion.current, base);
    },
  });
  const notSaved = useNotSaved(dirty, () => save.mutate({ values: form.getValues(), version: baseVersion.current }));
  const save = useMutation({
    mutationFn: (input: { values: ContentValues; version: number }) =>
      call(skpApi.saveContent, { params: { id: skp.id }, body: toBody(input.values, input.version) }),
    onSuccess: async (updated) => {
      notSaved.saved();
      notifications.hide(SAVE_ERROR);
      form.resetDirty();
      notifications.show({ color: "green", message: t("skp.edit.saved") });
      await invalidate(updated);
    },
    onError: async (error, input) => {
      if (notSaved.failed(error)) {
        notifications.show({ id: SAVE_ERROR, color: "orange", message: errorText(error) });
        return;
      }
      if (isStaleWrite(error)) {
        const fresh = await call(skpApi.get, { params: { id: skp.id } });
        const rows = fresh.allowed.includes("edit") ? contentConflictRows(input.values, fresh, t) : [];
        if (rows.length > 0) {
          setConflict({ fresh, rows });
          return;
        }
      }
      if (error instanceof ApiError && Object.keys(error.fields).length > 0 && !isStaleWrite(error)) {
        const paths = Object.entries(error.fields).map(([path, message]) => {
          form.setFieldError(formPath(path), fieldErrorText(error, message));
          return formPath(path);
        });
        notifications.show({
          id: SAVE_ERROR,
          color: "red",
          title: t("skp.edit.saveFailed"),
          message: errorText(error),
        });
        const first = paths[0];
        if (first) {
          jumpTo(first);
        }
        return;
      }
      handleError(error);
    },
  });
  const problems = liveProblems(form.values, skp);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const revealed = useCallback((path: string) => attempted || left.has(path), [attempted, left]);
  const reveal = useCallback(
    (path: string) => setLeft((seen) => (seen.has(path) ? seen : new Set(seen).add(path))),
    [],
  );
  return (
    <EditorProvider value={{ form, skp, problems, revealed, reveal }}>
      <form
        onSubmitCapture={() => setAttempted(true)}
        onSubmit={form.onSubmit(
          (values) => save.mutate({ values, version: baseVersion.current }),
          (errors) => {
            const first = Object.keys(errors)[0];
            if (first) {
              jumpTo(first);
            }
          },
        )}
        noValidate
      >
        <Stack gap="lg">
          <LocalDraftNotice
            restored={local.restored}
            older={local.restored !== null && local.restored.baseVersion < skp.version}
            onKeep={local.dismiss}
            onDiscard={(previous) => {
              local.dismiss();
              form.setValues(previous);
              baseVersion.current = skp.version;
            }}
          />
          <ProblemsList problems={problems} clickable dirty={dirty} />
          <Paper withBorder p={{ base: "xs", sm: "md" }}>
            <Stack gap="lg">
              <Title order={3} size="h4">
                {t("skp.hasilKerja")}
              </Title>
              <ModelApproachEditor />
              <HasilKerjaEditor />
            </Stack>
          </Paper>
          <Paper withBorder p={{ base: "xs", sm: "md" }}>
            <Title order={3} size="h4" mb="sm">
              {t("skp.lampiran.title")}
            </Title>
            <LampiranEditor />
          </Paper>
          <SaveBar dirty={dirty} saving={save.isPending} notSaved={notSaved.reason} onReset={() => form.reset()} />
        </Stack>
      </form>
      <LeaveGuard dirty={dirty && !save.isPending && !conflict} />
      <ConflictModal
        rows={conflict?.rows ?? null}
        saving={save.isPending}
        onKeepMine={() => {
          setConflict(null);
          if (conflict) {
            save.mutate({ values: form.getValues(), version: conflict.fresh.version });
          }
        }}
        onTakeTheirs={() => {
          setConflict(null);
          // The saved SKP has a new version: the editor is mounted again with it.
          void invalidate(conflict?.fresh);
        }}
      />
    </EditorProvider>
  );
}

type SaveBarProps = { dirty: boolean; saving: boolean; notSaved: NotSavedReason; onReset: () => void };

function SaveBar({ dirty, saving, notSaved, onReset }: SaveBarProps) {
  const t = useT();
  return (
    <Paper
      withBorder
      shadow="sm"
      p="xs"
      pos="sticky"
      bottom={8}
      style={{ zIndex: 5 }}
      data-testid="skp-save-bar"
      aria-label={t("skp.edit.saveBar")}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Box visibleFrom="sm">
          {dirty ? (
            <Badge color="orange" variant="light" data-testid="unsaved">
              {t("skp.edit.unsaved")}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              {t("skp.edit.allSaved")}
            </Text>
          )}
        </Box>
        <Group gap="xs" wrap="nowrap" justify="flex-end" style={{ flex: "1 1 auto" }}>
          <UnsavedBadge reason={notSaved} />
          <Button variant="default" disabled={!dirty || saving} onClick={onReset} px="xs">
            {t("skp.edit.discard")}
          </Button>
          <Indicator disabled={!dirty} color="orange" size={10} offset={4}>
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={saving}
              disabled={!dirty}
              data-testid="save-draft"
            >
              {t("skp.edit.save")}
            </Button>
          </Indicator>
        </Group>
      </Group>
    </Paper>
  );
}

/** Asks before leaving the page with unsaved changes (in-app navigation; a closed tab is not caught). */
function LeaveGuard({ dirty }: { dirty: boolean }) {
  const t = useT();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  return (
    <Modal opened={blocker.state === "blocked"} onClose={() => blocker.reset?.()} title={t("skp.edit.leaveTitle")}>
      <Stack>
        <Text>{t("skp.edit.leaveText")}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t("skp.edit.stay")}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t("skp.edit.leave")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
