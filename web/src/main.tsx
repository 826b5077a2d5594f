import "./csp";
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { router } from "./app/routes";
import { cssVariablesResolver, theme } from "./app/theme";
import { styleNonce } from "./csp";
import { I18nProvider } from "./i18n/i18n";
import { onRestrictedSession } from "./lib/restriction";
import { tasksKey } from "./lib/tasks";

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

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} getStyleNonce={() => styleNonce}>
        {/* Top centre, three at most: toasts never pile over a page's buttons (the PDF downloads sit top right). */}
        <Notifications position="top-center" limit={3} autoClose={5000} />
        <QueryClientProvider client={queryClient}>
          <I18nProvider>
            <RouterProvider router={router} />
          </I18nProvider>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
