import { Alert, Button, Stack, Title } from "@mantine/core";
import type { Me } from "@simkin/domain";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useT } from "../i18n/i18n";
import { canAudit, canReadMasterData, isAdmin, useMe } from "../lib/session";

/** Who may open an admin screen; the same rule as its navigation item (the API refuses the others anyway). */
export const screenAccess = {
  admin: isAdmin,
  masterData: canReadMasterData,
  audit: canAudit,
  pk: (me: Me) => canReadMasterData(me) || me.capabilities.isPimpinan || me.capabilities.isRater,
} as const;
export type ScreenAccess = keyof typeof screenAccess;

/** "Tidak berwenang": said plainly, with who the screen is for, instead of a form the server would refuse. */
function ForbiddenPage({ access }: { access: ScreenAccess }) {
  const t = useT();
  return (
    <Stack align="flex-start" maw={640} data-testid="forbidden-page">
      <Title order={2}>{t("common.forbidden")}</Title>
      <Alert color="orange" icon={<IconLock />} w="100%">
        {t("common.forbiddenText", { who: t(`common.forbidden.${access}`) })}
      </Alert>
      <Button component={Link} to="/">
        {t("common.toHome")}
      </Button>
    </Stack>
  );
}

/** Renders the screen for those its access rule lets in, the "tidak berwenang" page for everyone else. */
export function Guarded({ access, children }: { access: ScreenAccess; children: ReactNode }) {
  const me = useMe().data;
  if (!me) {
    return null; // The layout shows the loader or sends to sign-in until `me` is known.
  }
  return screenAccess[access](me) ? children : <ForbiddenPage access={access} />;
}
