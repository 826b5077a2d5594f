import { Box, Group, Text } from "@mantine/core";
import { authApi } from "@simkin/domain";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Outlet, useNavigation } from "react-router";
import { useT } from "../i18n/i18n";
import { call } from "../lib/api";
import { PageLoader } from "./page-loader";

/** Height of the strip, so the app shell's header can make room for it. */
export const DEMO_BANNER_HEIGHT = 26;

/** Whether this SIMKIN runs the demo office (shared with the login page's query). */
export function useDemoMode(): boolean {
  const status = useQuery({ queryKey: ["auth-status"], queryFn: () => call(authApi.status, {}), staleTime: Infinity });
  return status.data?.mode === "demo";
}

/** A thin strip at the top of every screen in demo mode, so nobody mistakes the demo for the real system. */
export function DemoBanner() {
  const t = useT();
  if (!useDemoMode()) {
    return null;
  }
  return (
    <Box
      bg="yellow.3"
      c="dark.8"
      h={DEMO_BANNER_HEIGHT}
      px="sm"
      role="note"
      data-testid="demo-banner"
      pos="sticky"
      top={0}
      style={{ zIndex: 300 }}
    >
      <Group h="100%" gap={6} justify="center" wrap="nowrap">
        <IconAlertTriangle size={14} aria-hidden />
        <Text size="xs" fw={700} truncate>
          {t("demo.banner")}
        </Text>
        <Text size="xs" visibleFrom="sm" truncate>
          {t("demo.bannerDetail")}
        </Text>
      </Group>
    </Box>
  );
}

/** The screens outside the app shell (sign-in, setup, public verification) with the demo strip on top. */
export function PublicFrame() {
  // The next screen loads on its own (routes.tsx): the loader shows at once, not the old form to type into.
  const loading = useNavigation().state === "loading";
  return (
    <>
      <DemoBanner />
      {loading ? <PageLoader /> : <Outlet />}
    </>
  );
}
