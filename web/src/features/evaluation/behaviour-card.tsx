import { Card, List, Stack, Text, Textarea } from "@mantine/core";
import type { EvaluationDetail } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

type Behaviour = EvaluationDetail["behaviours"][number];

/** One BerAKHLAK value: the rater's ekspektasi, the period's monthly feedback, peer input (rater only), the feedback. */
export function BehaviourCard({
  value,
  feedback,
  peerContributors,
  onChange,
}: {
  value: Behaviour;
  feedback: string;
  peerContributors: number | null;
  onChange: ((feedback: string) => void) | null;
}) {
  const t = useT();
  return (
    <Card withBorder padding="sm" data-testid={`behaviour-${value.code}`}>
      <Stack gap={6}>
        <Text fw={600}>{value.name}</Text>
        {value.expectation && (
          <Text size="sm" c="dimmed">
            {t("evaluation.behaviour.expectation", { text: value.expectation })}
          </Text>
        )}
        {value.monthlyFeedback.length > 0 && (
          <List size="sm">
            {value.monthlyFeedback.map((f) => (
              <List.Item key={f.month}>
                {t("evaluation.month", { month: f.month })}: {f.text}
              </List.Item>
            ))}
          </List>
        )}
        {value.peer && value.peer.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t("evaluation.behaviour.peer")}
            </Text>
            <List size="sm">
              {value.peer.map((text, i) => (
                // Anonymous texts have no id; their order is the server's and fixed.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <List.Item key={i}>{text}</List.Item>
              ))}
            </List>
          </>
        )}
        {value.peer === null && peerContributors !== null && peerContributors > 0 && (
          <Text size="xs" c="dimmed">
            {t("evaluation.behaviour.peerHidden", { n: peerContributors })}
          </Text>
        )}
        {onChange ? (
          <Textarea
            label={t("evaluation.behaviour.feedback", { value: value.name })}
            value={feedback}
            onChange={(e) => onChange(e.currentTarget.value)}
            autosize
            minRows={1}
            maxLength={4000}
            data-testid={`behaviour-feedback-${value.code}`}
          />
        ) : (
          feedback && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {feedback}
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
