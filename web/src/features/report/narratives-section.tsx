import { Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type ReportDetail, reportContentSchema } from "@simkin/domain";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/i18n";
import { maxLengthOf } from "../../lib/form-schema";
import { LongText } from "../../lib/long-text";
import type { ReportDraft } from "./use-report-draft";

const fields = [
  { name: "achievements", label: "report.narrative.achievements", hint: "report.narrative.achievementsHint" },
  { name: "challenges", label: "report.narrative.challenges", hint: "report.narrative.challengesHint" },
  { name: "improvements", label: "report.narrative.improvements", hint: "report.narrative.improvementsHint" },
] as const satisfies readonly { name: keyof ReportDetail; label: MessageKey; hint: MessageKey }[];

/** Pencapaian, Tantangan/Kendala and Langkah Perbaikan of the month. */
export function NarrativesSection({
  detail,
  draft,
  editing,
}: {
  detail: ReportDetail;
  draft: ReportDraft;
  editing: boolean;
}) {
  const t = useT();
  return (
    <Card withBorder data-testid="report-narratives">
      <Title order={3} size="h4" mb="sm">
        {t("report.narrative.title")}
      </Title>
      {editing ? (
        <Stack>
          {fields.map((field) => (
            <LongText
              key={field.name}
              label={t(field.label)}
              placeholder={t(field.hint)}
              autosize
              minRows={3}
              maxRows={12}
              maxLength={maxLengthOf(reportContentSchema.shape[field.name])}
              data-testid={`narrative-${field.name}`}
              {...draft.form.getInputProps(field.name)}
            />
          ))}
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {fields.map((field) => (
            <div key={field.name}>
              <Text fw={600} size="sm">
                {t(field.label)}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }} c={detail[field.name] ? undefined : "dimmed"}>
                {detail[field.name] || "–"}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
