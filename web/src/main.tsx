import "./csp";
import "./app/sign-in-styles";
import { MantineProvider } from "@mantine/core";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { router } from "./app/routes";
import { cssVariablesResolver, theme } from "./app/theme";
import { styleNonce } from "./csp";
import { currentLocale, I18nProvider } from "./i18n/i18n";
import { onRestrictedSession } from "./lib/restriction";
import { tasksKey } from "./lib/tasks";

// The toasts' container (transitions, portal, scroll lock) after the first paint: the sign-in page shows no toast
// before someone acts, and `notifications.show` queues in its store until the container is there (decision 0049).
const Notifications = lazy(() => import("@mantine/notifications").then((m) => ({ default: m.Notifications })));
const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  queryCache: new QueryCache({ onError: (error) => onRestricted(error) }),
  mutationCache: new MutationCache({
    onError: (error) => onRestricted(error),
    // Any change may add or finish a task: the home list and the navigation counts follow (issue 11).
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: tasksKey });
    },
  }),
});
const onRestricted = onRestrictedSession(queryClient);

// index.html says Indonesian; someone who chose English gets English from the first paint, for screen readers too.
document.documentElement.lang = currentLocale();
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} getStyleNonce={() => styleNonce}>
        {/* Top centre, three at most: toasts never pile over a page's buttons (the PDF downloads sit top right). */}
        <Suspense fallback={null}>
          <Notifications position="top-center" limit={3} autoClose={5000} />
        </Suspense>
        <QueryClientProvider client={queryClient}>
          <I18nProvider>
            <RouterProvider router={router} />
          </I18nProvider>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
