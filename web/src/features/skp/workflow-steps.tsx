import { Paper, Stepper, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type SkpDetail, wibDate } from "@simkin/domain";
import type { MessageKey } from "../../i18n/catalog";
import { useFormatDate, useT } from "../../i18n/i18n";

type Step = { key: MessageKey; action: string };
type Taken = { at: string; actorName: string | null };

/** The steps of the current submission: after the employee submits again, earlier reviews no longer count. */
function takenSteps(skp: SkpDetail): Map<string, Taken> {
  const taken = new Map<string, Taken>();
  if (skp.status === "draft" || skp.status === "dikembalikan") {
    return taken;
  }
  const start = skp.events.map((e) => e.action).lastIndexOf("submitted");
  for (const event of start < 0 ? [] : skp.events.slice(start)) {
    taken.set(event.action, { at: event.at, actorName: event.actorName });
  }
  return taken;
}

/**
 * Diajukan → direviu pengelola kinerja → disetujui (PP 30/2019: agreed after the pengelola's review; REGULATIONS.md
 * §6.7), with the date and who took each step. Without the review that year, the middle step is left out.
 */
export function WorkflowSteps({ skp }: { skp: SkpDetail }) {
  const t = useT();
  const formatDate = useFormatDate();
  // Read at the first render: a phone's stepper must not start horizontal and jump to vertical after mounting.
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  const review = skp.skpReview === "required";
  const steps: Step[] = [
    { key: "skp.steps.submitted", action: "submitted" },
    ...(review ? [{ key: "skp.steps.reviewed" as const, action: "reviewed" }] : []),
    { key: "skp.steps.approved", action: "approved" },
  ];
  const taken = takenSteps(skp);
  const done = steps.findIndex((s) => !taken.has(s.action));
  return (
    <Paper withBorder p="sm" data-testid="skp-steps" aria-label={t("skp.steps.title")}>
      <Stepper
        active={done < 0 ? steps.length : done}
        size="sm"
        orientation={phone ? "vertical" : "horizontal"}
        allowNextStepsSelect={false}
        wrap={false}
        color="green"
      >
        {steps.map((step) => {
          const at = taken.get(step.action);
          return (
            <Stepper.Step
              key={step.action}
              label={t(step.key)}
              data-testid={`skp-step-${step.action}`}
              data-done={at ? "true" : "false"}
              description={
                at
                  ? t("skp.steps.by", {
                      date: formatDate(wibDate(new Date(at.at))),
                      name: at.actorName ?? t("skp.history.system"),
                    })
                  : t("skp.steps.pending")
              }
            />
          );
        })}
      </Stepper>
      {!review && (
        <Text size="xs" c="dimmed" mt="xs">
          {t("skp.steps.reviewOff")}
        </Text>
      )}
    </Paper>
  );
}
