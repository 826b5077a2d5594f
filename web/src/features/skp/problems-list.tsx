import { Alert, List, Text, ThemeIcon, UnstyledButton } from "@mantine/core";
import type { SkpProblem } from "@simkin/domain";
import { IconCircleCheck, IconCircleDashed } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";
import { fieldId } from "./content-form";

/** Focuses (or scrolls to) the field or block a problem is about. */
export function jumpTo(path: string) {
  const target = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split(".")[0] ?? ""));
  if (target) {
    target.scrollIntoView({ behavior: "smooth", block: "center" });
    target.focus({ preventScroll: true });
  }
}

type Props = { problems: SkpProblem[]; clickable: boolean; dirty?: boolean };

/** "Yang masih perlu dilengkapi sebelum diajukan": the checklist of what still blocks submission. */
export function ProblemsList({ problems, clickable, dirty = false }: Props) {
  const t = useT();
  if (problems.length === 0) {
    return (
      <Alert color="green" icon={<IconCircleCheck />} data-testid="skp-problems" data-count={0}>
        {t(dirty ? "skp.problems.noneUnsaved" : "skp.problems.none")}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      title={t("skp.problems.title", { n: problems.length })}
      data-testid="skp-problems"
      data-count={problems.length}
    >
      {clickable && (
        <Text size="xs" c="dimmed" mb={6}>
          {t("skp.problems.hint")}
        </Text>
      )}
      <List
        spacing={4}
        size="sm"
        icon={
          <ThemeIcon color="orange" variant="transparent" size={18}>
            <IconCircleDashed size={16} />
          </ThemeIcon>
        }
      >
        {problems.map((p) => (
          <List.Item key={`${p.code}:${p.path}`} data-code={p.code}>
            {clickable ? (
              <UnstyledButton
                onClick={() => jumpTo(p.path)}
                style={{ textDecoration: "underline dotted", textUnderlineOffset: 3 }}
                fz="sm"
              >
                {p.message}
              </UnstyledButton>
            ) : (
              p.message
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
