import { createBrowserRouter } from "react-router";
import { ChangePasswordPage } from "../features/auth/change-password-page";
import { ForgotPasswordPage } from "../features/auth/forgot-password-page";
import { LoginPage } from "../features/auth/login-page";
import { ResetPasswordPage } from "../features/auth/reset-password-page";
import { SecurityPage } from "../features/auth/security-page";
import { SetupPage } from "../features/auth/setup-page";
import { HomePage } from "../features/home/home-page";
import { ProfilePage } from "../features/profile/profile-page";
import { PublicFrame } from "./demo-banner";
import { Guarded, type ScreenAccess } from "./forbidden-page";
import { AppLayout } from "./layout";
import { NotFoundPage } from "./not-found-page";
import { PageLoader } from "./page-loader";

// Admin and audit screens load on demand: most users never open them, and the first page stays small.
const lazyPage = (load: () => Promise<{ Page: () => React.JSX.Element }>) => async () => ({
  Component: (await load()).Page,
});

/** An admin screen: rendered for someone allowed in; others see "tidak berwenang", never the form. */
const adminPage = (access: ScreenAccess, load: () => Promise<{ Page: () => React.JSX.Element }>) => async () => {
  const { Page } = await load();
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
      { path: "/login", Component: LoginPage },
      { path: "/setup", Component: SetupPage },
      { path: "/forgot-password", Component: ForgotPasswordPage },
      { path: "/reset-password", Component: ResetPasswordPage },
      {
        path: "/v/:code",
        lazy: lazyPage(() => import("../features/verification/verify-page")),
        HydrateFallback: PageLoader,
      },
    ],
  },
  {
    path: "/",
    Component: AppLayout,
    HydrateFallback: PageLoader,
    children: [
      { index: true, Component: HomePage },
      { path: "profile", Component: ProfilePage },
      { path: "password", Component: ChangePasswordPage },
      { path: "security", Component: SecurityPage },
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
      { path: "team/reports", lazy: lazyPage(() => import("../features/report/feedback-inbox-page")) },
      { path: "team/compliance", lazy: lazyPage(() => import("../features/compliance/compliance-page")) },
      { path: "team/dialogues", lazy: lazyPage(() => import("../features/coaching/dialogues-page")) },
      { path: "team/skp", lazy: lazyPage(() => import("../features/skp/team/skp-inbox-page")) },
      { path: "team/mph", lazy: lazyPage(() => import("../features/skp/team/mph-page")) },
      { path: "admin/skp-review", lazy: adminPage("admin", () => import("../features/skp/team/review-inbox-page")) },
      { path: "admin/years", lazy: adminPage("masterData", () => import("../features/period/years-page")) },
      { path: "admin/pk", lazy: adminPage("pk", () => import("../features/period/pk-targets-page")) },
      { path: "admin/berakhlak", lazy: adminPage("masterData", () => import("../features/period/berakhlak-page")) },
      { path: "panduan", lazy: lazyPage(() => import("../features/help/guide-page")) },
      { path: "*", Component: NotFoundPage },
    ],
  },
]);
