import { Anchor, Collapse, List, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type ExpectationVersion, wibDate } from "@simkin/domain";
import { useFormatDate, useT } from "../../i18n/i18n";

/**
 * Who last set an ekspektasi khusus pimpinan and when, and every earlier text (kept, never overwritten: issue 9
 * rule 2), newest first, behind a toggle.
 */
export function ExpectationHistory({ versions }: { versions: readonly ExpectationVersion[] }) {
  const t = useT();
  const formatDate = useFormatDate();
  const [opened, { toggle }] = useDisclosure(false);
  const latest = versions.at(-1);
  if (!latest) {
    return null;
  }
  const earlier = versions.slice(0, -1).reverse();
  const when = (v: ExpectationVersion) => formatDate(wibDate(new Date(v.at)));
  // Texts written before versioning have no recorded author: say when only.
  const changed = (v: ExpectationVersion, first: boolean) => {
    const date = when(v);
    if (first) {
      return v.actorName ? t("skp.perilaku.set", { date, name: v.actorName }) : t("skp.perilaku.setAt", { date });
    }
    return v.actorName ? t("skp.perilaku.changed", { date, name: v.actorName }) : t("skp.perilaku.changedAt", { date });
  };
  return (
    <Stack gap={2} mt={4} data-testid="expectation-history">
      <Text size="xs" c="dimmed">
        {changed(latest, versions.length === 1)}
      </Text>
      {earlier.length > 0 && (
        <>
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={toggle}
            aria-expanded={opened}
            style={{ alignSelf: "flex-start" }}
          >
            {t("skp.perilaku.history", { n: earlier.length })}
          </Anchor>
          <Collapse expanded={opened}>
            <List size="xs" spacing={4} mt={2}>
              {earlier.map((v) => (
                <List.Item key={`${v.at}:${v.text}`}>
                  <Text span size="xs" fs="italic">
                    {v.text ? `“${v.text}”` : t("skp.perilaku.cleared")}
                  </Text>{" "}
                  <Text span size="xs" c="dimmed">
                    · {changed(v, v === versions[0])}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
