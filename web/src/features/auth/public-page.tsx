import { Box, Card, Center, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";

/** The frame of the pages reached without signing in (request a link, set a password from it). */
export function PublicPage({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={480} gap="md">
        <Box ta="center">
          <Title order={1} c="blue.7">
            {t("app.name")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("app.office")}
          </Text>
        </Box>
        <Card withBorder shadow="sm" padding="lg">
          {children}
        </Card>
      </Stack>
    </Center>
  );
}
