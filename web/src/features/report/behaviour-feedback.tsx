import { Card, Divider, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { BerakhlakValueCode, ReportDetail } from "@simkin/domain";
import { feedbackInputSchema } from "@simkin/domain";
import { useT } from "../../i18n/i18n";
import { maxLengthOf } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";

export type ValueFeedback = { valueCode: BerakhlakValueCode; text: string };

export function valueFeedbackFrom(detail: ReportDetail): ValueFeedback[] {
  return detail.behaviours.map((b) => ({ valueCode: b.code, text: b.feedback }));
}

/**
 * The rater's umpan balik berkelanjutan per BerAKHLAK value (REGULATIONS.md §2.3, §6.4; issue 9 rule 10), with the
 * ekspektasi khusus pimpinan of the SKP beside each value.
 */
export function BehaviourFeedbackFields<V extends { perValue: ValueFeedback[] }>({
  detail,
  form,
}: {
  detail: ReportDetail;
  form: UseFormReturnType<V>;
}) {
  const t = useT();
  return (
    <Stack gap="xs" data-testid="behaviour-feedback-form">
      <Divider />
      <div>
        <Text fw={600} size="sm">
          {t("report.behaviour.title")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("report.behaviour.intro")}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {detail.behaviours.map((b, index) => (
          <LongText
            key={b.code}
            label={b.name}
            description={b.expectation ? t("report.behaviour.expectation", { text: b.expectation }) : undefined}
            placeholder={t("report.behaviour.placeholder")}
            autosize
            minRows={2}
            maxLength={maxLengthOf(feedbackInputSchema.shape.perValue.unwrap().element.shape.text)}
            data-value={b.code}
            {...form.getInputProps(`perValue.${index}.text`)}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The values the rater commented on this month, for the employee and everyone else who reads the report. */
export function BehaviourFeedback({ detail }: { detail: ReportDetail }) {
  const t = useT();
  const given = detail.behaviours.filter((b) => b.feedback.trim() !== "");
  if (given.length === 0) {
    return null;
  }
  return (
    <Card withBorder bg="teal.0" data-testid="behaviour-feedback">
      <Title order={3} size="h5" c="teal.9" mb="xs">
        {t("report.behaviour.fromRater")}
        {detail.raterName ? ` · ${detail.raterName}` : ""}
      </Title>
      <Stack gap="sm">
        {given.map((b) => (
          <div key={b.code} data-value={b.code}>
            <Text size="sm" fw={700}>
              {b.name}
            </Text>
            {b.expectation && (
              <Text size="xs" c="dimmed">
                {t("report.behaviour.expectation", { text: b.expectation })}
              </Text>
            )}
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {b.feedback}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
