import { List, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import {
  authApi,
  defaultPasswordPolicy,
  type PasswordOwner,
  type PasswordPolicy,
  type PasswordProblem,
  passwordProblemsOf,
} from "@simkin/domain";
import { IconCheck, IconPoint, IconX } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";
import { call } from "../../lib/api";

/** The sign-in status (mode, setup, e-mail reset, password policy); public, shared by the auth pages. */
export function useAuthStatus() {
  return useQuery({ queryKey: ["auth-status"], queryFn: () => call(authApi.status, {}), staleTime: 60_000 });
}

export function usePasswordPolicy(): PasswordPolicy {
  return useAuthStatus().data?.passwordPolicy ?? defaultPasswordPolicy;
}

type Props = {
  password: string;
  policy: PasswordPolicy;
  owner?: PasswordOwner;
  /** Problems the server found (it alone checks the list of common passwords). */
  serverProblems?: readonly string[];
  id?: string;
};

type RuleState = "met" | "unmet" | "failed" | "pending";

/** Rules the page cannot judge: the common list lives on the server; personal data is unknown before sign-in. */
function serverOnly(rule: PasswordProblem, ownerKnown: boolean): boolean {
  return rule === "common_password" || (rule === "contains_personal_data" && !ownerKnown);
}

function stateOf(
  rule: PasswordProblem,
  password: string,
  live: Set<string>,
  server: readonly string[],
  ownerKnown: boolean,
): RuleState {
  if (server.includes(rule)) {
    return "failed";
  }
  if (serverOnly(rule, ownerKnown)) {
    return "pending";
  }
  return password !== "" && !live.has(rule) ? "met" : "unmet";
}

const look: Record<RuleState, { color: string; icon: ReactNode }> = {
  met: { color: "green", icon: <IconCheck size={12} /> },
  unmet: { color: "gray", icon: <IconPoint size={12} /> },
  pending: { color: "gray", icon: <IconPoint size={12} /> },
  failed: { color: "red", icon: <IconX size={12} /> },
};

/** The rules of the password policy, each ticked off live as the user types (the server checks again). */
export function PasswordRules({ password, policy, owner, serverProblems = [], id }: Props) {
  const t = useT();
  const live = new Set<string>(passwordProblemsOf(password, policy, owner));
  const rules: PasswordProblem[] = [
    "too_short",
    ...(policy.requireClasses ? (["missing_upper", "missing_lower", "missing_digit", "missing_symbol"] as const) : []),
    "too_repetitive",
    "contains_personal_data",
    "common_password",
  ];
  return (
    <div id={id} data-testid="password-rules">
      <Text size="sm" fw={500} mb={4}>
        {t("rules.title")}
      </Text>
      <List spacing={2} size="sm" center>
        {rules.map((rule) => {
          const state = stateOf(rule, password, live, serverProblems, owner !== undefined);
          return (
            <List.Item
              key={rule}
              data-rule={rule}
              data-state={state}
              icon={
                <ThemeIcon size={18} radius="xl" variant="light" color={look[state].color}>
                  {look[state].icon}
                </ThemeIcon>
              }
            >
              <Text size="sm" c={state === "failed" ? "red.8" : undefined}>
                {t(`rules.${rule}`, { min: policy.minLength })}
                {state !== "pending" && (
                  <VisuallyHidden>{` (${t(state === "met" ? "rules.met" : "rules.unmet")})`}</VisuallyHidden>
                )}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}
