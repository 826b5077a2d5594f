import { Alert, Anchor, Box, Card, Center, Stack, Text, Title } from "@mantine/core";
import type { Me } from "@simkin/domain";
import { useT } from "../../i18n/i18n";
import { EnrolmentPanel } from "./enrolment-panel";
import { RecoveryCodesPanel } from "./recovery-codes-panel";

type Props = {
  me: Me;
  /** Set once enrolled: the codes stay on screen until the user says they are saved, whatever `me` says by then. */
  codes: string[] | null;
  onEnrolled: (codes: string[]) => void;
  onDone: () => void;
  onSignOut: () => void;
};

/** What a production super admin or pengelola kinerja without a second factor sees until they enrol one. */
export function EnrolmentRequiredScreen({ me, codes, onEnrolled, onDone, onSignOut }: Props) {
  const t = useT();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={760} gap="md">
        <Box ta="center">
          <Title order={1} c="blue.7">
            {t("app.name")}
          </Title>
          <Text c="dimmed" size="sm">
            {me.employee?.displayName ?? me.user.username}
          </Text>
        </Box>
        <Card withBorder shadow="sm" padding="lg">
          <Stack>
            <Title order={2} size="h3">
              {t("security.forcedTitle")}
            </Title>
            {codes ? (
              <RecoveryCodesPanel codes={codes} username={me.user.username} onDone={onDone} />
            ) : (
              <>
                <Alert color="blue">{t("security.forcedIntro")}</Alert>
                <Text size="sm">{t("security.intro")}</Text>
                <EnrolmentPanel onEnrolled={onEnrolled} />
              </>
            )}
          </Stack>
        </Card>
        <Anchor component="button" type="button" c="dimmed" onClick={onSignOut} ta="center">
          {t("user.logout")}
        </Anchor>
      </Stack>
    </Center>
  );
}
