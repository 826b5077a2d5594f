import { Button, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useT } from "../i18n/i18n";

export function NotFoundPage() {
  const t = useT();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t("common.notFound")}</Title>
      <Text>{t("common.notFoundText")}</Text>
      <Button component={Link} to="/">
        {t("common.toHome")}
      </Button>
    </Stack>
  );
}
