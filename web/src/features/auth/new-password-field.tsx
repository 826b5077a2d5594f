import { PasswordInput, Stack } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import type { PasswordOwner } from "@simkin/domain";
import { ApiError } from "../../lib/api";
import { PasswordRules, usePasswordPolicy } from "./password-rules";

type Props = {
  label: string;
  /** The form's props for the field; `value` is passed apart so the rules can read it. */
  inputProps: GetInputPropsReturnType;
  value: string;
  owner?: PasswordOwner;
  serverProblems?: readonly string[];
  testId?: string;
};

/** A new-password input with the policy's rules right below it, ticked off as the user types. */
export function NewPasswordField({ label, inputProps, value, owner, serverProblems, testId }: Props) {
  const policy = usePasswordPolicy();
  const rulesId = `${testId ?? "new-password"}-rules`;
  return (
    <Stack gap="xs">
      <PasswordInput
        label={label}
        required
        autoComplete="new-password"
        aria-describedby={rulesId}
        data-testid={testId}
        {...inputProps}
      />
      <PasswordRules id={rulesId} password={value} policy={policy} owner={owner} serverProblems={serverProblems} />
    </Stack>
  );
}

/** The problems the server listed with a 422 password_too_weak, to mark them on the rules. */
export function serverProblemsOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== "password_too_weak") {
    return [];
  }
  const problems = error.details.problems;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === "string") : [];
}
