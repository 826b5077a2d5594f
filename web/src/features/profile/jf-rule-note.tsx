import { Alert } from "@mantine/core";
import type { Raters } from "@simkin/domain";
import { useT } from "../../i18n/i18n";

type Level = NonNullable<Raters["jfRule"]>["penilai"][number];

/** For a jabatan fungsional: which levels may rate it by its jenjang, so a skipped Kasi is not a surprise. */
export function JfRuleNote({ rule }: { rule: Raters["jfRule"] }) {
  const t = useT();
  if (!rule) {
    return null;
  }
  const list = (levels: readonly Level[]) => levels.map((level) => t(`raters.level.${level}`)).join(t("raters.or"));
  return (
    <Alert
      variant="light"
      color="blue"
      title={t("raters.jfRule.title", { jenjang: t(`jenjang.${rule.jenjang}`) })}
      data-testid="jf-rule"
    >
      {t("raters.jfRule.body", { penilai: list(rule.penilai), atasan: list(rule.atasan) })}
    </Alert>
  );
}
