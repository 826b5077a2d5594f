import { Anchor, Card, List, Stack, Table, Text, Textarea } from "@mantine/core";
import type { EvaluationDetail } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

type Rhk = EvaluationDetail["rhk"][number];
export type RhkDraft = { realisation: string; feedback: string; ikis: Record<string, string> };

/** One RHK: its IKI targets and the period's monthly realisations, evidence and feedback, and the rater's texts. */
export function RhkCard({
  rhk,
  index,
  draft,
  onChange,
}: {
  rhk: Rhk;
  index: number;
  draft: RhkDraft;
  onChange: ((draft: RhkDraft) => void) | null;
}) {
  const t = useT();
  return (
    <Card withBorder padding="sm" data-testid="evaluation-rhk">
      <Stack gap="xs">
        <Text fw={600}>
          {index + 1}. {rhk.text}
        </Text>
        <Table.ScrollContainer minWidth={480}>
          <Table withTableBorder striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>IKI</Table.Th>
                <Table.Th>{t("evaluation.rhk.target")}</Table.Th>
                <Table.Th>{t("evaluation.rhk.months")}</Table.Th>
                <Table.Th>{t("evaluation.rhk.soFar")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rhk.ikis.map((iki) => (
                <Table.Tr key={iki.ikiId}>
                  <Table.Td>{iki.indicator}</Table.Td>
                  <Table.Td>{[iki.target, iki.unit].filter(Boolean).join(" ")}</Table.Td>
                  <Table.Td>
                    {iki.months.map((m) => (
                      <Text key={m.month} size="sm">
                        {t("evaluation.month", { month: m.month })}: {m.value}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {iki.cumulative ?? "–"}
                    {iki.percent !== null ? ` (${iki.percent}%)` : ""}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" fw={500}>
          {t("evaluation.rhk.evidence")}
        </Text>
        {rhk.evidence.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("evaluation.rhk.noEvidence")}
          </Text>
        ) : (
          <List size="sm">
            {rhk.evidence.map((ev) => (
              <List.Item key={ev.id}>
                <Anchor
                  href={ev.kind === "link" ? (ev.url ?? "#") : `/api/evidence/${ev.id}`}
                  target="_blank"
                  rel="noreferrer"
                >
                  {ev.name}
                </Anchor>{" "}
                ({t("evaluation.month", { month: ev.month })})
              </List.Item>
            ))}
          </List>
        )}
        {rhk.monthlyFeedback.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t("evaluation.rhk.monthlyFeedback")}
            </Text>
            <List size="sm">
              {rhk.monthlyFeedback.map((f) => (
                <List.Item key={f.month}>
                  {t("evaluation.month", { month: f.month })}:{" "}
                  {[f.wentWell, f.toImprove, f.support].filter(Boolean).join(" · ")}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {onChange ? (
          <>
            {rhk.ikis.map((iki) => (
              <Textarea
                key={iki.ikiId}
                label={t("evaluation.rhk.ikiRealisation", { indicator: iki.indicator })}
                value={draft.ikis[iki.ikiId] ?? ""}
                onChange={(e) => onChange({ ...draft, ikis: { ...draft.ikis, [iki.ikiId]: e.currentTarget.value } })}
                autosize
                minRows={1}
                maxLength={4000}
              />
            ))}
            <Textarea
              label={t("evaluation.rhk.feedback")}
              value={draft.feedback}
              onChange={(e) => onChange({ ...draft, feedback: e.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={4000}
              data-testid="rhk-feedback"
            />
          </>
        ) : (
          <>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              <b>{t("evaluation.rhk.realisation")}:</b> {draft.realisation}
            </Text>
            {draft.feedback && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                <b>{t("evaluation.rhk.feedback")}:</b> {draft.feedback}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
