import { Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import type { Raters } from "@simkin/domain";
import { useState } from "react";
import { useT } from "../../../i18n/i18n";
import { JfRuleNote } from "../../profile/jf-rule-note";
import { OfficerCard } from "../../profile/officer-card";

type Props = { raters: Raters; date: string; onDateChange: (date: string) => void; loading: boolean };

/** The employee's position, rater and the rater's superior as resolved on a chosen date. */
export function RatersSection({ raters, date, onDateChange, loading }: Props) {
  const t = useT();
  const [value, setValue] = useState(date);
  const change = (next: string) => {
    setValue(next);
    if (/^\d{4}-\d{2}-\d{2}$/.test(next)) {
      onDateChange(next);
    }
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3} size="h4">
            {t("employees.raters.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("employees.raters.hint")}
          </Text>
        </div>
        <TextInput
          type="date"
          label={t("employees.raters.date")}
          value={value}
          onChange={(event) => change(event.currentTarget.value)}
          w={180}
          data-testid="raters-date"
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="raters" style={{ opacity: loading ? 0.6 : 1 }}>
        <OfficerCard title={t("profile.position")} officer={raters.position} testId="raters-position" />
        <OfficerCard title={t("profile.rater")} officer={raters.rater} testId="raters-rater" />
        <OfficerCard title={t("profile.atasanRater")} officer={raters.atasanRater} testId="raters-atasan" />
      </SimpleGrid>
      <JfRuleNote rule={raters.jfRule} />
    </Stack>
  );
}
