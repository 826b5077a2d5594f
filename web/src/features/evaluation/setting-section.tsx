import { Alert, Group, Loader, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { evaluationSettingApi } from "@simkin/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { SettingForm } from "./setting-form";

export const settingKey = (year: number) => ["evaluation-setting", year] as const;

type Props = { years: readonly number[]; canEdit: boolean };

/** The year's evaluation settings on the Periode & Kalender screen: everyone reads them, the pengelola saves. */
export function EvaluationSettingSection({ years, canEdit }: Props) {
  const t = useT();
  const newest = years.length > 0 ? Math.max(...years) : null;
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? newest;
  const setting = useQuery({
    queryKey: settingKey(year ?? 0),
    queryFn: () => call(evaluationSettingApi.get, { query: { year: year ?? 0 } }),
    enabled: year !== null,
  });
  return (
    <Paper withBorder p="md" data-testid="evaluation-settings">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Stack gap={2} maw={640}>
            <Title order={3} size="h4">
              {t("setting.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("setting.intro")}
            </Text>
          </Stack>
          {year !== null && (
            <Select
              label={t("setting.year")}
              data={[...years].sort((a, b) => b - a).map(String)}
              value={String(year)}
              onChange={(v) => setChosen(v ? Number(v) : null)}
              allowDeselect={false}
              w={120}
              data-testid="setting-year"
            />
          )}
        </Group>
        {year === null && <Alert color="yellow">{t("setting.noYears")}</Alert>}
        {setting.isPending && year !== null && <Loader aria-label={t("common.loading")} />}
        {setting.error && <Alert color="red">{errorText(setting.error)}</Alert>}
        {setting.data && (
          <SettingForm key={`${setting.data.year}-${setting.data.version}`} setting={setting.data} canEdit={canEdit} />
        )}
      </Stack>
    </Paper>
  );
}
