import { Alert, Button, CopyButton, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useT } from "../../i18n/i18n";

type Props = { codes: string[]; username: string; onDone: () => void };

/** The recovery codes, shown this once, with ways to keep them: copy, or download as a text file. */
export function RecoveryCodesPanel({ codes, username, onDone }: Props) {
  const t = useT();
  const text = [t("security.codesFileTitle", { username }), t("security.codesFileNote"), "", ...codes, ""].join("\n");
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `simkin-kode-pemulihan-${username}.txt`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Stack data-testid="recovery-codes">
      <Title order={3} size="h4">
        {t("security.codesTitle")}
      </Title>
      <Alert color="yellow">{t("security.codesIntro")}</Alert>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" maw={480}>
        {codes.map((code) => (
          <Text key={code} ff="monospace" fz="md" data-testid="recovery-code">
            {code}
          </Text>
        ))}
      </SimpleGrid>
      <Group>
        <CopyButton value={codes.join("\n")}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t("security.copied") : t("security.copy")}
            </Button>
          )}
        </CopyButton>
        <Button variant="light" onClick={download}>
          {t("security.download")}
        </Button>
        <Button onClick={onDone} data-testid="codes-saved">
          {t("security.codesSaved")}
        </Button>
      </Group>
    </Stack>
  );
}
