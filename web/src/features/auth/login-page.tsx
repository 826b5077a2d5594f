import { Alert, Anchor, Box, Button, Card, Center, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { authApi, type Me } from "@simkin/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";
import { useMe, useSetMe } from "../../lib/session";
import { safeNextPath } from "../../lib/session-expiry";
import { tidyLocalDrafts } from "../../lib/use-local-draft";
import { SecondFactorStep } from "./second-factor-step";
import { signInErrorText } from "./sign-in-error";

// Demo mode only, and after the form: its own chunk (Mantine's table brings a scroll area and floating-ui).
const DemoAccounts = lazy(() => import("./demo-accounts").then((m) => ({ default: m.DemoAccounts })));

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const setMe = useSetMe();
  const me = useMe();
  const status = useQuery({ queryKey: ["auth-status"], queryFn: () => call(authApi.status, {}) });
  // Back from an ended session: the account whose work waits is filled in (anyone else just types over it).
  const form = useForm({
    initialValues: { identifier: new URLSearchParams(location.search).get("user") ?? "", password: "" },
  });
  const [secondStep, setSecondStep] = useState(false);
  const from = (location.state as { from?: string } | null)?.from; // set by AppLayout's redirect or the verify page
  // The session-expired dialog's way out comes back here with ?next= (a full page load keeps no router state).
  const search = new URLSearchParams(location.search);
  const returnTo = from ?? safeNextPath(search.get("next"));
  const next = returnTo && returnTo !== "/login" ? returnTo : "/";
  const expired = search.get("reason") === "session_expired";
  // Back to the page whose session ended only for its user; someone else on a shared computer starts on Beranda.
  const targetFor = (user: Me) => {
    const forUser = search.get("user");
    return forUser && forUser !== user.user.username ? "/" : next;
  };
  const signedIn = (result: Me) => {
    tidyLocalDrafts();
    setMe(result);
    navigate(targetFor(result), { replace: true });
  };
  const login = useMutation({
    mutationFn: (values: { identifier: string; password: string }) => call(authApi.login, { body: values }),
    onSuccess: (result) => {
      if ("secondFactorRequired" in result) {
        form.setFieldValue("password", "");
        setSecondStep(true);
        return;
      }
      signedIn(result);
    },
  });

  // Also the target here: a lazily loaded page is still loading when this re-renders signed in.
  if (me.data) {
    return <Navigate to={targetFor(me.data)} replace />;
  }
  if (status.data?.needsSetup) {
    return <Navigate to="/setup" replace />;
  }
  const error = signInErrorText(login.error, t);
  const back = () => {
    login.reset();
    setSecondStep(false);
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={520} gap="md">
        <Box ta="center">
          <Title order={1} c="blue.7">
            {t("app.name")}
          </Title>
          <Text c="dimmed">{t("app.tagline")}</Text>
          <Text c="dimmed" size="sm">
            {t("app.office")}
          </Text>
        </Box>
        {secondStep ? (
          <SecondFactorStep onSignedIn={signedIn} onBack={back} />
        ) : (
          <Card withBorder shadow="sm" padding="lg" component="form" onSubmit={form.onSubmit((v) => login.mutate(v))}>
            <Stack>
              <Title order={2} size="h3">
                {t("login.title")}
              </Title>
              {expired && !error && (
                <Alert color="blue" data-testid="session-expired-notice">
                  {t("sessionExpiry.pageNotice")}
                </Alert>
              )}
              {error && (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              )}
              <TextInput
                label={t("login.identifier")}
                autoComplete="username"
                required
                {...form.getInputProps("identifier")}
              />
              <PasswordInput
                label={t("login.password")}
                autoComplete="current-password"
                required
                {...form.getInputProps("password")}
              />
              {status.data?.passwordResetByEmail && (
                <Anchor component={Link} to="/forgot-password" size="sm" mt={-8} data-testid="forgot-link">
                  {t("login.forgot")}
                </Anchor>
              )}
              <Button type="submit" loading={login.isPending}>
                {t("login.submit")}
              </Button>
            </Stack>
          </Card>
        )}
        {!secondStep && status.data?.mode === "demo" && status.data.demoAccounts.length > 0 && (
          <Suspense fallback={null}>
            <DemoAccounts
              accounts={status.data.demoAccounts}
              onPick={(account) => form.setValues({ identifier: account.username, password: account.password })}
            />
          </Suspense>
        )}
      </Stack>
    </Center>
  );
}
