import { createBrowserRouter } from "react-router";
import { ChangePasswordPage } from "../features/auth/change-password-page";
import { LoginPage } from "../features/auth/login-page";
import { SetupPage } from "../features/auth/setup-page";
import { HomePage } from "../features/home/home-page";
import { ProfilePage } from "../features/profile/profile-page";
import { AppLayout } from "./layout";
import { NotFoundPage } from "./not-found-page";
import { PageLoader } from "./page-loader";

// Admin and audit screens load on demand: most users never open them, and the first page stays small.
const lazyPage = (load: () => Promise<{ Page: () => React.JSX.Element }>) => async () => ({
  Component: (await load()).Page,
});

export const router = createBrowserRouter([
  { path: "/login", Component: LoginPage },
  { path: "/setup", Component: SetupPage },
  {
    path: "/",
    Component: AppLayout,
    HydrateFallback: PageLoader,
    children: [
      { index: true, Component: HomePage },
      { path: "profile", Component: ProfilePage },
      { path: "password", Component: ChangePasswordPage },
      { path: "admin/units", lazy: lazyPage(() => import("../features/admin/units-page")) },
      { path: "admin/positions", lazy: lazyPage(() => import("../features/admin/positions-page")) },
      { path: "admin/employees", lazy: lazyPage(() => import("../features/admin/employees-page")) },
      { path: "admin/employees/:id", lazy: lazyPage(() => import("../features/admin/employee-detail-page")) },
      { path: "admin/import", lazy: lazyPage(() => import("../features/admin/import-page")) },
      { path: "audit", lazy: lazyPage(() => import("../features/audit/audit-page")) },
      { path: "*", Component: NotFoundPage },
    ],
  },
]);
