import { Badge, Group, List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { Kurva, KurvaRule } from "@simkin/domain";
import { IconCheck, IconX } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";

/** Each rule of the pattern in words, with its limit for this headcount and whether the counts meet it. */
export function KurvaRules({ kurva }: { kurva: Kurva }) {
  const t = useT();
  const text = (rule: KurvaRule) => {
    const predikat = rule.predikat.map((p) => t(`kurva.predikat.${p}`)).join(t("kurva.or"));
    const vars = { predikat, percent: rule.percent ?? 0, limit: rule.limit, total: kurva.total };
    return t(`kurva.rule.${rule.kind}`, vars);
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t("kurva.rules")}
      </Title>
      <List spacing="xs" listStyleType="none" data-testid="kurva-rules">
        {kurva.rules.map((rule) => (
          <List.Item
            key={`${rule.kind}-${rule.predikat.join("-")}`}
            data-testid="kurva-rule"
            data-met={rule.met ? "true" : "false"}
            icon={
              <ThemeIcon color={rule.met ? "teal" : "red"} size={22} radius="xl" aria-hidden>
                {rule.met ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
            }
          >
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{text(rule)}</Text>
              <Text size="sm" c="dark.4">
                {t("kurva.rule.actual", { actual: rule.actual })}
              </Text>
              <Badge color={rule.met ? "teal" : "red"} variant="light">
                {rule.met ? t("kurva.rule.met") : t("kurva.rule.broken")}
              </Badge>
            </Group>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dark.4">
        {t("kurva.guidance")}
      </Text>
    </Stack>
  );
}
