import { useEffect } from "react";
import { createBrowserRouter } from "react-router";
import { LoginPage } from "../features/auth/login-page";
import { loadCatalog } from "../i18n/messages";
import { PublicFrame } from "./demo-banner";
import type { ScreenAccess } from "./forbidden-page";
import { loadSignedInShell } from "./load-shell";
import { PageLoader } from "./page-loader";

// Only the sign-in page is in the first download (issue 11: usable within 3 s on a 3G link, decision 0049). Every
// other screen loads with its route, after the whole string catalogue, so no screen renders before its strings.
type PageModule = { Page: () => React.JSX.Element };
const lazyPage = (load: () => Promise<PageModule>) => async () => {
  const [{ Page }] = await Promise.all([load(), loadCatalog(), import("./screen-styles")]);
  return { Component: Page };
};

/** The sign-in page, which fetches the signed-in shell once it is shown: the bytes come while someone types. */
function SignIn() {
  useEffect(() => {
    // A failure here is only a missed head start: the "/" route loads the shell again and reports its own error.
    loadSignedInShell().catch(() => undefined);
  }, []);
  return <LoginPage />;
}

/** An admin screen: rendered for someone allowed in; others see "tidak berwenang", never the form. */
const adminPage = (access: ScreenAccess, load: () => Promise<PageModule>) => async () => {
  const [{ Page }, { Guarded }] = await Promise.all([
    load(),
    import("./forbidden-page"),
    loadCatalog(),
    import("./screen-styles"),
  ]);
  return {
    element: (
      <Guarded access={access}>
        <Page />
      </Guarded>
    ),
  };
};

export const router = createBrowserRouter([
  {
    Component: PublicFrame,
    children: [
      { path: "/login", Component: SignIn },
      {
        path: "/setup",
        lazy: lazyPage(() => import("../features/auth/setup-page").then((m) => ({ Page: m.SetupPage }))),
        HydrateFallback: PageLoader,
      },
      {
        path: "/forgot-password",
        lazy: lazyPage(() =>
          import("../features/auth/forgot-password-page").then((m) => ({ Page: m.ForgotPasswordPage })),
        ),
        HydrateFallback: PageLoader,
      },
      {
        path: "/reset-password",
        lazy: lazyPage(() =>
          import("../features/auth/reset-password-page").then((m) => ({ Page: m.ResetPasswordPage })),
        ),
        HydrateFallback: PageLoader,
      },
      {
        path: "/v/:code",
        lazy: lazyPage(() => import("../features/verification/verify-page")),
        HydrateFallback: PageLoader,
      },
    ],
  },
  {
    path: "/",
    // The app shell (navigation, bell, session dialogs) and its styles: after sign-in, not before.
    lazy: async () => ({ Component: (await loadSignedInShell()).AppLayout }),
    HydrateFallback: PageLoader,
    children: [
      { index: true, lazy: lazyPage(() => import("../features/home/home-page").then((m) => ({ Page: m.HomePage }))) },
      {
        path: "profile",
        lazy: lazyPage(() => import("../features/profile/profile-page").then((m) => ({ Page: m.ProfilePage }))),
      },
      {
        path: "password",
        lazy: lazyPage(() =>
          import("../features/auth/change-password-page").then((m) => ({ Page: m.ChangePasswordPage })),
        ),
      },
      {
        path: "security",
        lazy: lazyPage(() => import("../features/auth/security-page").then((m) => ({ Page: m.SecurityPage }))),
      },
      { path: "notifications", lazy: lazyPage(() => import("../features/notification/notifications-page")) },
      { path: "admin/units", lazy: adminPage("masterData", () => import("../features/org/units-page")) },
      { path: "admin/positions", lazy: adminPage("masterData", () => import("../features/org/positions-page")) },
      { path: "admin/employees", lazy: adminPage("masterData", () => import("../features/org/employees-page")) },
      {
        path: "admin/employees/:id",
        lazy: adminPage("masterData", () => import("../features/org/employee-detail-page")),
      },
      { path: "admin/import", lazy: adminPage("admin", () => import("../features/import/import-page")) },
      { path: "audit", lazy: adminPage("audit", () => import("../features/audit/audit-page")) },
      { path: "skp", lazy: lazyPage(() => import("../features/skp/my-skp-page")) },
      { path: "skp/:id", lazy: lazyPage(() => import("../features/skp/skp-page")) },
      { path: "reports", lazy: lazyPage(() => import("../features/report/my-reports-page")) },
      { path: "reports/:id", lazy: lazyPage(() => import("../features/report/report-page")) },
      {
        path: "evaluasi/penetapan/:unitId/:year/:period",
        lazy: lazyPage(() => import("../features/evaluation/documents-penetapan")),
      },
      { path: "team/reports", lazy: lazyPage(() => import("../features/report/feedback-inbox-page")) },
      { path: "team/compliance", lazy: lazyPage(() => import("../features/compliance/compliance-page")) },
      { path: "team/dialogues", lazy: lazyPage(() => import("../features/coaching/dialogues-page")) },
      { path: "evaluation/capaian", lazy: lazyPage(() => import("../features/evaluation/capaian-page")) },
      { path: "evaluation/kurva", lazy: lazyPage(() => import("../features/evaluation/kurva-page")) },
      { path: "team/skp", lazy: lazyPage(() => import("../features/skp/team/skp-inbox-page")) },
      { path: "team/mph", lazy: lazyPage(() => import("../features/skp/team/mph-page")) },
      { path: "team/evaluations", lazy: lazyPage(() => import("../features/evaluation/team-evaluations-page")) },
      { path: "evaluations", lazy: lazyPage(() => import("../features/evaluation/my-evaluations-page")) },
      { path: "evaluations/:id", lazy: lazyPage(() => import("../features/evaluation/evaluation-page")) },
      { path: "admin/skp-review", lazy: adminPage("admin", () => import("../features/skp/team/review-inbox-page")) },
      { path: "admin/years", lazy: adminPage("masterData", () => import("../features/period/years-page")) },
      { path: "admin/pk", lazy: adminPage("pk", () => import("../features/period/pk-targets-page")) },
      { path: "admin/berakhlak", lazy: adminPage("masterData", () => import("../features/period/berakhlak-page")) },
      { path: "keberatan", lazy: lazyPage(() => import("../features/evaluation/keberatan-list-page")) },
      { path: "keberatan/:evaluationId", lazy: lazyPage(() => import("../features/evaluation/keberatan-page")) },
      { path: "angka-kredit/:id", lazy: lazyPage(() => import("../features/evaluation/ak-page")) },
      {
        path: "admin/angka-kredit",
        lazy: adminPage("masterData", () => import("../features/evaluation/ak-list-page")),
      },
      { path: "panduan", lazy: lazyPage(() => import("../features/help/guide-page")) },
      { path: "*", lazy: lazyPage(() => import("./not-found-page").then((m) => ({ Page: m.NotFoundPage }))) },
    ],
  },
]);
