import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type EvaluationDetail, evaluationApi, type Rating, ratingValues } from "@simkin/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatDay, useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { showApiError } from "../../lib/form-errors";
import { useEvaluationChanged } from "./evaluation-api";
import { useRatingLabel } from "./evaluation-labels";

/** The employee writes it before the result is set; the rater reads it once sent. */
export function SelfAssessmentSection({ e }: { e: EvaluationDetail }) {
  const t = useT();
  const formatDay = useFormatDay();
  const ratingLabel = useRatingLabel();
  const editable = e.allowed.includes("self_assess");
  const self = e.selfAssessment;
  if (!editable && !self) {
    return null;
  }
  return (
    <Card withBorder padding="md" data-testid="self-assessment">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t("evaluation.self.title")}</Text>
          <Text size="sm" c="dimmed">
            {self?.submittedAt
              ? t("evaluation.self.sent", { date: formatDay(self.submittedAt) })
              : t("evaluation.self.notSent")}
          </Text>
        </Group>
        {editable ? (
          <SelfAssessmentForm e={e} />
        ) : (
          self && (
            <>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {self.summary}
              </Text>
              <Text size="sm" c="dimmed">
                {t("evaluation.form.ratingHasilKerja")}: {ratingLabel(self.ratingHasilKerja)} ·{" "}
                {t("evaluation.form.ratingPerilaku")}: {ratingLabel(self.ratingPerilaku)}
              </Text>
            </>
          )
        )}
      </Stack>
    </Card>
  );
}

function SelfAssessmentForm({ e }: { e: EvaluationDetail }) {
  const t = useT();
  const changed = useEvaluationChanged();
  const ratingLabel = useRatingLabel();
  const saved = e.selfAssessment;
  const [summary, setSummary] = useState(saved?.summary ?? "");
  const [hasilKerja, setHasilKerja] = useState<Rating | null>(saved?.ratingHasilKerja ?? null);
  const [perilaku, setPerilaku] = useState<Rating | null>(saved?.ratingPerilaku ?? null);
  const options = ratingValues.map((value) => ({ value, label: ratingLabel(value) }));
  const save = useMutation({
    mutationFn: (submit: boolean) =>
      call(evaluationApi.selfAssess, {
        params: { id: e.id },
        body: { summary, ratingHasilKerja: hasilKerja, ratingPerilaku: perilaku, submit, version: saved?.version ?? 0 },
      }),
    onSuccess: async (detail) => {
      await changed(detail);
      notifications.show({ color: "green", message: t("evaluation.self.saved") });
    },
    onError: (error) => showApiError(error),
  });
  const isRating = (v: string | null): v is Rating => v !== null && (ratingValues as readonly string[]).includes(v);
  return (
    <Stack gap="sm">
      <Textarea
        label={t("evaluation.self.summary")}
        value={summary}
        onChange={(ev) => setSummary(ev.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={4000}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("evaluation.form.ratingHasilKerja")}
          data={options}
          value={hasilKerja}
          onChange={(v) => setHasilKerja(isRating(v) ? v : null)}
          clearable
        />
        <Select
          label={t("evaluation.form.ratingPerilaku")}
          data={options}
          value={perilaku}
          onChange={(v) => setPerilaku(isRating(v) ? v : null)}
          clearable
        />
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => save.mutate(false)} loading={save.isPending}>
          {t("evaluation.self.save")}
        </Button>
        <Button onClick={() => save.mutate(true)} loading={save.isPending}>
          {t("evaluation.self.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
