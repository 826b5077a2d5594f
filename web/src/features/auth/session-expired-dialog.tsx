import { Alert, Anchor, Button, Modal, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { authApi, type Me } from "@simkin/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { call, setCsrfToken } from "../../lib/api";
import { meKey } from "../../lib/session";
import { sessionRenewed, signInPageUrl, useSessionExpired } from "../../lib/session-expiry";
import { flushLocalDrafts } from "../../lib/use-local-draft";
import { SecondFactorStep } from "./second-factor-step";
import { signInErrorText } from "./sign-in-error";

/**
 * The session ended while the user was working: sign in again over the page (same contracts as the sign-in page,
 * second factor included) and the requests that met the 401 go out again, so a pending save is saved. Only the same
 * account signs in here; anyone else uses the sign-in page, which never shows this user's drafts.
 */
export function SessionExpiredDialog({ me }: { me: Me }) {
  const t = useT();
  const expired = useSessionExpired();
  const queryClient = useQueryClient();
  const [secondStep, setSecondStep] = useState(false);
  const form = useForm({ initialValues: { password: "" } });
  const signedIn = (fresh: Me) => {
    if (fresh.user.id !== me.user.id) {
      // Not the account whose work is on the page: start afresh rather than send its requests as someone else.
      window.location.assign("/");
      return;
    }
    setCsrfToken(fresh.csrfToken);
    queryClient.setQueryData(meKey, fresh);
    form.reset();
    setSecondStep(false);
    sessionRenewed();
  };
  const login = useMutation({
    mutationFn: (password: string) => call(authApi.login, { body: { identifier: me.user.username, password } }),
    onSuccess: (result) => {
      form.setFieldValue("password", "");
      if ("secondFactorRequired" in result) {
        setSecondStep(true);
        return;
      }
      signedIn(result);
    },
  });
  const toSignInPage = () => {
    flushLocalDrafts();
    setCsrfToken(null);
    window.location.assign(signInPageUrl(`${window.location.pathname}${window.location.search}`, me.user.username));
  };
  const error = signInErrorText(login.error, t);
  return (
    <Modal
      opened={expired}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t("sessionExpiry.title")}
      centered
      zIndex={1000}
      data-testid="session-expired-dialog"
    >
      <Stack>
        <Text size="sm">{t("sessionExpiry.intro")}</Text>
        {secondStep ? (
          <SecondFactorStep
            onSignedIn={signedIn}
            onBack={() => {
              login.reset();
              setSecondStep(false);
            }}
          />
        ) : (
          <form onSubmit={form.onSubmit((v) => login.mutate(v.password))}>
            <Stack>
              {error && (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              )}
              <TextInput
                label={t("login.identifier")}
                description={t("sessionExpiry.as", { name: me.employee?.displayName ?? me.user.username })}
                value={me.user.username}
                autoComplete="username"
                readOnly
              />
              <PasswordInput
                label={t("login.password")}
                autoComplete="current-password"
                required
                data-autofocus
                {...form.getInputProps("password")}
              />
              <Button type="submit" loading={login.isPending}>
                {t("sessionExpiry.submit")}
              </Button>
            </Stack>
          </form>
        )}
        <Anchor component="button" type="button" size="sm" onClick={toSignInPage} data-testid="to-sign-in-page">
          {t("sessionExpiry.toPage")}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t("sessionExpiry.otherUser")}
        </Text>
      </Stack>
    </Modal>
  );
}
