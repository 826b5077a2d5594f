import { Button, Menu } from "@mantine/core";
import { IconBook2 } from "@tabler/icons-react";
import { Link } from "react-router";
import { useT } from "../../i18n/i18n";

/** The header's labelled link to the Panduan, from a tablet up (a phone's header has no room left). */
export function GuideLink() {
  const t = useT();
  return (
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
  );
}

/** The Panduan in the header's user menu, where a phone finds it. */
export function GuideMenuItem() {
  const t = useT();
  return (
    <Menu.Item component={Link} to="/panduan" leftSection={<IconBook2 size={16} aria-hidden />}>
      {t("guide.link")}
    </Menu.Item>
  );
}
