import { Alert } from "@mantine/core";
import type { SkpDetail } from "@simkin/domain";
import { IconSitemap } from "@tabler/icons-react";
import { useT } from "../../i18n/i18n";

/**
 * Which SKP the RHK atasan come from and why: the rater's seat's SKP, its definitive holder's or one a Plt made for
 * it; while there is none, how it comes about.
 */
export function ParentSourceNote({ skp }: { skp: SkpDetail }) {
  const t = useT();
  const editable = skp.status === "draft" || skp.status === "dikembalikan";
  if (skp.model !== "ja_jf" || !skp.rater) {
    return null;
  }
  const source = skp.parentSource;
  if (!source && !editable) {
    return null;
  }
  const text = source
    ? t(`skp.parentSource.${source.heldAs}`, { position: source.positionName, owner: source.ownerName })
    : t("skp.parentSource.missing", { position: skp.rater.position.replace(/^Pl[th]\. /, "") });
  return (
    <Alert
      variant="light"
      color={source ? "blue" : "gray"}
      icon={<IconSitemap />}
      title={t("skp.parentSource.title")}
      data-testid="parent-source"
      data-held-as={source?.heldAs ?? "none"}
    >
      {text}
    </Alert>
  );
}
