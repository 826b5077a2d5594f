import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type BerakhlakValueCode, expectationsInputSchema, type SkpDetail, skpApi } from "@simkin/domain";
import { IconPencil } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { useT } from "../../i18n/i18n";
import { ApiError, call, isStaleWrite } from "../../lib/api";
import { fieldErrorText } from "../../lib/error-text";
import { maxLengthOf } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";
import { ExpectationHistory } from "./expectation-history";
import { useInvalidateSkp, useSkpErrorHandler } from "./skp-cache";

/** A request to open the editor at one value (the approval's "Isi ekspektasi"); `at` tells requests apart. */
export type FillRequest = { code: BerakhlakValueCode; at: number };

/** PERILAKU KERJA: the 7 BerAKHLAK values, their panduan perilaku, and the Ekspektasi Khusus Pimpinan. */
export function PerilakuSection({ skp, fillRequest }: { skp: SkpDetail; fillRequest: FillRequest | null }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(fillRequest?.at ?? null);
  const canEdit = skp.allowed.includes("set_expectations");
  // Opened in the same render the approval closes in, so the field is focused before the modal returns focus.
  if (fillRequest && fillRequest.at !== seen) {
    setSeen(fillRequest.at);
    setEditing(canEdit);
  }
  return (
    <Paper withBorder p="md" data-testid="perilaku">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={3} size="h4">
            {t("skp.perilaku.title")}
          </Title>
          <Text size="xs" c="dimmed">
            {t("skp.perilaku.intro")}
          </Text>
        </div>
        {canEdit && !editing && (
          <Button
            variant="light"
            leftSection={<IconPencil size={16} />}
            onClick={() => setEditing(true)}
            data-testid="edit-expectations"
          >
            {t(skp.status === "disetujui" ? "skp.perilaku.editApproved" : "skp.perilaku.edit")}
          </Button>
        )}
      </Group>
      {canEdit && editing ? (
        <ExpectationsForm
          key={skp.version}
          skp={skp}
          focus={fillRequest?.at === seen ? fillRequest : null}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Stack gap="sm">
          {skp.behaviours.map((b, n) => (
            <BehaviourRow key={b.code} no={n + 1} name={b.name} indicators={b.indicators}>
              <Text
                size="sm"
                fs={b.expectation ? undefined : "italic"}
                c={b.expectation ? undefined : "dimmed"}
                data-testid="expectation-text"
              >
                {b.expectation || t("skp.perilaku.none")}
              </Text>
              <ExpectationHistory versions={skp.expectationHistory.filter((v) => v.valueCode === b.code)} />
            </BehaviourRow>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

type RowProps = { no: number; name: string; indicators: string[]; children: ReactNode };

function BehaviourRow({ no, name, indicators, children }: RowProps) {
  const t = useT();
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="behaviour">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <div>
          <Text fw={700} size="sm">
            {no}. {name}
          </Text>
          <List size="sm" spacing={2} mt={4}>
            {indicators.map((indicator) => (
              <List.Item key={indicator}>{indicator}</List.Item>
            ))}
          </List>
        </div>
        <div>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={2}>
            {t("skp.perilaku.expectation")}
          </Text>
          {children}
        </div>
      </SimpleGrid>
    </Paper>
  );
}

type FormProps = { skp: SkpDetail; focus: FillRequest | null; onDone: () => void };

function ExpectationsForm({ skp, focus, onDone }: FormProps) {
  const t = useT();
  useEffect(() => {
    const field = focus ? document.getElementById(fieldId(focus.code)) : null;
    field?.scrollIntoView({ block: "center" });
    field?.focus({ preventScroll: true });
  }, [focus]);
  const invalidate = useInvalidateSkp();
  const handleError = useSkpErrorHandler();
  const form = useForm({
    initialValues: { expectations: skp.behaviours.map((b) => b.expectation ?? "") },
  });
  const save = useMutation({
    mutationFn: (texts: string[]) =>
      call(skpApi.setExpectations, {
        params: { id: skp.id },
        body: {
          expectations: skp.behaviours.map((b, n) => ({ valueCode: b.code, text: (texts[n] ?? "").trim() })),
          version: skp.version,
        },
      }),
    onSuccess: async (updated) => {
      notifications.show({ color: "green", message: t("skp.perilaku.saved") });
      onDone();
      await invalidate(updated);
    },
    onError: (error) => {
      if (error instanceof ApiError && !isStaleWrite(error) && Object.keys(error.fields).length > 0) {
        for (const [path, message] of Object.entries(error.fields)) {
          form.setFieldError(path.replace(/\//g, ".").replace(/\.text$/, ""), fieldErrorText(error, message));
        }
        return;
      }
      if (handleError(error)) {
        onDone();
      }
    },
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values.expectations))} noValidate>
      <Stack gap="sm">
        {skp.status === "disetujui" && (
          <Alert color="blue" variant="light" data-testid="expectations-approved-hint">
            {t("skp.perilaku.approvedHint")}
          </Alert>
        )}
        {skp.behaviours.map((b, n) => (
          <BehaviourRow key={b.code} no={n + 1} name={b.name} indicators={b.indicators}>
            <LongText
              id={fieldId(b.code)}
              aria-label={`${t("skp.perilaku.expectation")}: ${b.name}`}
              placeholder={t("skp.perilaku.placeholder")}
              autosize
              minRows={2}
              maxLength={maxLengthOf(expectationsInputSchema.shape.expectations.element.shape.text)}
              {...form.getInputProps(`expectations.${n}`)}
            />
          </BehaviourRow>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="save-expectations">
            {t("skp.perilaku.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const fieldId = (code: BerakhlakValueCode) => `expectation-${code}`;
