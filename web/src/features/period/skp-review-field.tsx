import { Radio, Stack, Text } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import type { SkpReview } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

/** Whether the year's submitted SKPs wait for the pengelola kinerja's review before approval (default: yes). */
export function SkpReviewField({ inputProps }: { inputProps: GetInputPropsReturnType }) {
  const t = useT();
  return (
    <Radio.Group label={t("planning.years.review")} required {...inputProps} data-testid="year-skp-review">
      <Stack gap="xs" mt={6}>
        <Radio
          value="required"
          label={t("planning.years.review.required")}
          description={t("planning.years.review.requiredHint")}
        />
        <Radio value="off" label={t("planning.years.review.off")} description={t("planning.years.review.offHint")} />
      </Stack>
    </Radio.Group>
  );
}

/** One line for the year list. */
export function SkpReviewNote({ review }: { review: SkpReview }) {
  const t = useT();
  return (
    <Text size="xs" c="dimmed" mt={4}>
      {t(`planning.years.review.short.${review}`)}
    </Text>
  );
}
