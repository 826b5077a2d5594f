import { Alert, Stack, Tabs, Text } from "@mantine/core";
import { IconMessages, IconSchool } from "@tabler/icons-react";
import { useSearchParams } from "react-router";
import { useT } from "../../i18n/i18n";
import { useMe } from "../../lib/session";
import { HelpTitle } from "../help/screen-help";
import { CoachingTab } from "./coaching-list";
import { DialogueTab } from "./dialogue-list";
import { useSubordinates } from "./queries";

type Tab = "dialog" | "bimbingan";

/**
 * Dialog & Bimbingan Kinerja (REGULATIONS.md §2.3, §6.6): the rater records dialogues and coaching sessions with
 * the people they rate; the employee sees their own, marks follow-ups done and answers Format B.1.8.
 */
export function Page() {
  const t = useT();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get("tab") === "bimbingan" ? "bimbingan" : "dialog";
  const team = useSubordinates();
  const canRecord = team.isRater && (team.isPending || team.subordinates.length > 0);
  return (
    <Stack>
      <div>
        <HelpTitle topic="dialogues">{t("dialogues.title")}</HelpTitle>
        <Text c="dimmed" size="sm" maw={820}>
          {canRecord ? t("dialogues.intro") : t("dialogues.introEmployee")}
        </Text>
      </div>
      {!me?.employee ? (
        <Alert color="gray">{t("dialogues.noEmployee")}</Alert>
      ) : (
        <Tabs
          value={tab}
          onChange={(next) => setParams(next === "bimbingan" ? { tab: next } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="dialog" leftSection={<IconMessages size={16} />}>
              {t("dialogues.tab.dialogue")}
            </Tabs.Tab>
            <Tabs.Tab value="bimbingan" leftSection={<IconSchool size={16} />}>
              {t("dialogues.tab.coaching")}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="dialog">
            <DialogueTab myId={me.employee.id} canRecord={canRecord} />
          </Tabs.Panel>
          <Tabs.Panel value="bimbingan">
            <CoachingTab myId={me.employee.id} canRecord={canRecord} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
