import { ActionIcon, Button } from "@mantine/core";
import { IconBook2 } from "@tabler/icons-react";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";

/** The header's way to the Panduan: a labelled link from a tablet up, its icon with the same name on a phone. */
export function GuideLink() {
  const t = useT();
  return (
    <>
      <Button
        component={Link}
        to="/panduan"
        variant="subtle"
        size="compact-sm"
        leftSection={<IconBook2 size={16} aria-hidden />}
        visibleFrom="sm"
      >
        {t("guide.link")}
      </Button>
      <ActionIcon
        component={Link}
        to="/panduan"
        variant="subtle"
        size="lg"
        aria-label={t("guide.link")}
        hiddenFrom="sm"
      >
        <IconBook2 size={20} aria-hidden />
      </ActionIcon>
    </>
  );
}
