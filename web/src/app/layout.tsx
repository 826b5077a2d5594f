import {
  AppShell,
  Avatar,
  Badge,
  Box,
  Burger,
  Center,
  Group,
  Loader,
  Menu,
  NavLink,
  SegmentedControl,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { authApi, type Me } from "@simkin/domain";
import { IconUser } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, Navigate, Outlet, ScrollRestoration, useLocation, useNavigate } from "react-router";
import { EnrolmentRequiredScreen } from "../features/auth/enrolment-required-screen";
import { SessionExpiredDialog } from "../features/auth/session-expired-dialog";
import { GuideLink, GuideMenuItem } from "../features/help/guide-link";
import { NotificationBell } from "../features/notification/notification-bell";
import type { MessageKey } from "../i18n/catalog";
import { useI18n, useT } from "../i18n/i18n";
import { useActiveNavOverride } from "../lib/active-nav";
import { call } from "../lib/api";
import { PendingDrafts } from "../lib/pending-drafts";
import { canAudit, canReadMasterData, isAdmin, meKey, useMe, useSetMe } from "../lib/session";
import { useTasks } from "../lib/tasks";
import { tidyLocalDrafts } from "../lib/use-local-draft";
import { DEMO_BANNER_HEIGHT, DemoBanner, useDemoMode } from "./demo-banner";

type NavItem = { to: string; label: MessageKey; visible: (me: Me) => boolean };
type NavSection = { label: MessageKey | null; items: NavItem[] };

/** Navigation by role: each person sees only the screens their role and position open. */
const sections: NavSection[] = [
  {
    label: null,
    items: [
      { to: "/", label: "nav.home", visible: () => true },
      { to: "/profile", label: "nav.profile", visible: (me) => me.employee !== null },
    ],
  },
  {
    label: "nav.myPerformance",
    items: [
      { to: "/skp", label: "nav.mySkp", visible: (me) => me.employee !== null },
      { to: "/reports", label: "nav.myReports", visible: (me) => me.employee !== null },
      { to: "/evaluations", label: "nav.myEvaluations", visible: (me) => me.employee !== null },
      {
        to: "/team/dialogues",
        label: "nav.myDialogues",
        visible: (me) => me.employee !== null && !me.capabilities.isRater,
      },
    ],
  },
  {
    label: "nav.team",
    items: [
      { to: "/team/skp", label: "nav.skpApproval", visible: (me) => me.capabilities.isRater },
      { to: "/team/mph", label: "nav.mph", visible: (me) => me.capabilities.isRater },
      { to: "/team/reports", label: "nav.feedback", visible: (me) => me.capabilities.isRater },
      { to: "/team/dialogues", label: "nav.dialogues", visible: (me) => me.capabilities.isRater },
      { to: "/team/evaluations", label: "nav.evaluationTeam", visible: (me) => me.capabilities.isRater },
      {
        to: "/team/compliance",
        label: "nav.compliance",
        visible: (me) => me.capabilities.isRater || me.capabilities.isPimpinan || canReadMasterData(me),
      },
      {
        to: "/evaluation/capaian",
        label: "nav.capaian",
        visible: (me) => me.capabilities.isPimpinan || canReadMasterData(me),
      },
      {
        to: "/evaluation/kurva",
        label: "nav.kurva",
        visible: (me) => me.capabilities.isRater || me.capabilities.isPimpinan || canReadMasterData(me),
      },
      {
        to: "/keberatan",
        label: "nav.keberatan",
        visible: (me) => me.capabilities.isRater || isAdmin(me) || canAudit(me),
      },
    ],
  },
  {
    label: "nav.admin",
    items: [
      { to: "/admin/skp-review", label: "nav.skpReview", visible: isAdmin },
      { to: "/admin/years", label: "nav.years", visible: canReadMasterData },
      {
        to: "/admin/pk",
        label: "nav.pk",
        visible: (me) => canReadMasterData(me) || me.capabilities.isPimpinan || me.capabilities.isRater,
      },
      { to: "/admin/berakhlak", label: "nav.berakhlak", visible: canReadMasterData },
      { to: "/admin/units", label: "nav.units", visible: canReadMasterData },
      { to: "/admin/positions", label: "nav.positions", visible: canReadMasterData },
      { to: "/admin/employees", label: "nav.employees", visible: canReadMasterData },
      { to: "/admin/import", label: "nav.import", visible: isAdmin },
      { to: "/admin/angka-kredit", label: "nav.angkaKredit", visible: canReadMasterData },
    ],
  },
  { label: null, items: [{ to: "/audit", label: "nav.audit", visible: canAudit }] },
];

/** Ends the session on the server, forgets every cached answer and returns to the login page. */
function useSignOut() {
  const navigate = useNavigate();
  const setMe = useSetMe();
  return async () => {
    await call(authApi.logout, {}).catch(() => undefined);
    // Unsaved drafts stay for their owner's next sign-in; saved ones are already gone.
    tidyLocalDrafts();
    setMe(null);
    navigate("/login");
  };
}

export function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  // Recovery codes from a forced enrolment stay on screen until saved, even after `me` drops the restriction.
  const [enrolmentCodes, setEnrolmentCodes] = useState<string[] | null>(null);
  const demo = useDemoMode();

  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!me.data) {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  }
  if (me.data.user.mustChangePassword && location.pathname !== "/password") {
    return <Navigate to="/password" replace />;
  }
  if (!me.data.user.mustChangePassword && (me.data.user.secondFactorEnrolmentRequired || enrolmentCodes)) {
    return (
      <>
        <EnrolmentRequiredScreen
          me={me.data}
          codes={enrolmentCodes}
          onEnrolled={setEnrolmentCodes}
          onDone={() => {
            setEnrolmentCodes(null);
            void queryClient.invalidateQueries({ queryKey: meKey });
          }}
          onSignOut={signOut}
        />
        <SessionExpiredDialog me={me.data} />
      </>
    );
  }
  return (
    <AppShell
      header={{ height: 56 + (demo ? DEMO_BANNER_HEIGHT : 0) }}
      // Until a temporary password is replaced, every screen but the change-password page is closed: no menu.
      navbar={{
        width: 250,
        breakpoint: "sm",
        collapsed: { mobile: !opened || me.data.user.mustChangePassword, desktop: me.data.user.mustChangePassword },
      }}
      padding="md"
    >
      <AppShell.Header>
        <DemoBanner />
        <Header me={me.data} opened={opened} toggle={toggle} onSignOut={signOut} />
      </AppShell.Header>
      {/* The pengelola's menu is taller than a laptop screen: it scrolls on its own, the page stays. */}
      <AppShell.Navbar p="xs" aria-label="Navigasi utama" style={{ overflowY: "auto" }}>
        <Navigation me={me.data} onNavigate={close} />
      </AppShell.Navbar>
      {/* No padding transition: crossing the breakpoint (a resize, a phone turned) would reflow the page for 200 ms
          and move a button under the pointer (Mantine's own guard sets data-resizing one render too late). The
          desktop menu never collapses while the page is open, so nothing else animated it. */}
      <AppShell.Main style={{ transitionProperty: "none" }}>
        {location.pathname === "/" && <PendingDrafts userId={me.data.user.id} />}
        {/* A new page opens at its top (its title, month and deadline), not where the last one was scrolled. */}
        <ScrollRestoration />
        <Outlet />
        <SessionExpiredDialog me={me.data} />
      </AppShell.Main>
    </AppShell>
  );
}

function Navigation({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const t = useT();
  const location = useLocation();
  // The same request as the home list (one per page load): what waits on each item (issue 11).
  const counts = useTasks(!me.user.mustChangePassword).data?.counts ?? {};
  // A rater on a subordinate's SKP or report: the page names the team item (its address says "SKP Saya").
  const override = useActiveNavOverride();
  const isActive = (to: string) =>
    override !== null
      ? to === override
      : to === "/"
        ? location.pathname === "/"
        : location.pathname === to || location.pathname.startsWith(`${to}/`);
  return (
    <>
      {sections.map((section) => {
        const items = section.items.filter((item) => item.visible(me));
        if (items.length === 0) {
          return null;
        }
        return (
          <div key={section.label ?? items[0]?.to}>
            {section.label && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
                {t(section.label)}
              </Text>
            )}
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.label)}
                rightSection={
                  counts[item.to] ? (
                    <>
                      <Badge size="sm" circle={(counts[item.to] ?? 0) < 10} color="red" data-testid="nav-count">
                        {counts[item.to]}
                      </Badge>
                      {/* Read after the count ("Laporan Bulanan 2 menunggu"): the name keeps the visible text. */}
                      <VisuallyHidden>{t("tasks.navWaiting")}</VisuallyHidden>
                    </>
                  ) : undefined
                }
                active={isActive(item.to)}
                onClick={onNavigate}
              />
            ))}
          </div>
        );
      })}
    </>
  );
}

type HeaderProps = { me: Me; opened: boolean; toggle: () => void; onSignOut: () => void };

function Header({ me, opened, toggle, onSignOut }: HeaderProps) {
  const t = useT();
  const { locale, setLocale } = useI18n();
  const name = me.employee?.displayName ?? me.user.username;
  return (
    <Group h={56} px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        {!me.user.mustChangePassword && (
          <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.menu")} />
        )}
        <Text fw={800} c="blue.7" size="lg">
          {t("app.name")}
        </Text>
        <Text size="sm" c="dimmed" visibleFrom="md">
          {t("app.office")}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {!me.user.mustChangePassword && <GuideLink />}
        <SegmentedControl
          size="xs"
          value={locale}
          onChange={(value) => setLocale(value === "en" ? "en" : "id")}
          data={[
            { value: "id", label: "ID" },
            { value: "en", label: "EN" },
          ]}
          aria-label={t("user.language")}
        />
        {/* Notifications stay closed to a session that must first change its password. */}
        {!me.user.mustChangePassword && <NotificationBell />}
        <Menu position="bottom-end">
          <Menu.Target>
            <UnstyledButton aria-label={name} title={name} data-testid="user-menu">
              {/* A phone shows an icon (initials would be text missing from the label), a wider screen the name (cut only
                  past 360 px); the menu opens with the whole name. */}
              <Avatar color="blue" size={32} hiddenFrom="sm" aria-hidden>
                <IconUser size={18} />
              </Avatar>
              <Text size="sm" fw={600} truncate maw={{ sm: 220, lg: 360 }} visibleFrom="sm">
                {name}
              </Text>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown maw="calc(100vw - 24px)">
            <Box px="sm" py={6} maw={280} data-testid="user-menu-name">
              <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                {name}
              </Text>
              {me.employee && (
                <Text size="xs" c="dimmed">
                  {me.user.username}
                </Text>
              )}
            </Box>
            <Menu.Divider />
            {!me.user.mustChangePassword && <GuideMenuItem />}
            <Menu.Item component={Link} to="/security">
              {t("user.security")}
            </Menu.Item>
            <Menu.Item component={Link} to="/password">
              {t("user.changePassword")}
            </Menu.Item>
            {/* Shade 8: a Menu.Item given only a colour name uses shade 6, 3.3:1 on white. */}
            <Menu.Item color="red.8" onClick={onSignOut}>
              {t("user.logout")}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
