import { PasswordInput, Stack } from "@mantine/core";
import { type GetInputPropsReturnType, type UseFormReturnType, useForm } from "@mantine/form";
import type { PasswordOwner } from "@simkin/domain";
import { useState } from "react";
import type { z } from "zod";
import { useT } from "../../i18n/i18n";
import { ApiError } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { schemaValidation } from "../../lib/form-schema";
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

type FormLike = { setFieldError: (path: string, error: string) => void };

/** A server refusal of a password shown beside its field, with the policy's rules it broke marked until edited. */
export function usePasswordRefusal(form: FormLike, fieldOf: Readonly<Record<string, string>>) {
  const [refused, setRefused] = useState({ password: "", problems: [] as string[] });
  /** Shows a refusal beside its field; false when it belongs to no field (the caller shows it elsewhere). */
  const refuse = (error: unknown, typed: string): boolean => {
    const field = error instanceof ApiError ? fieldOf[error.code] : undefined;
    if (!field) {
      return false;
    }
    form.setFieldError(field, errorText(error));
    setRefused({ password: typed, problems: serverProblemsOf(error) });
    return true;
  };
  const problemsFor = (typed: string) => (refused.password === typed ? refused.problems : []);
  return { refuse, problemsFor };
}

type Typed<V> = V & { confirm: string };

type Options<V> = {
  /** The endpoint's body schema: it checks every field but the confirmation. */
  schema: z.ZodType;
  initialValues: V;
  /** The field holding the new password. */
  password: keyof V & string;
  /** Which field each refusal of the server (by code) belongs beside. */
  fieldOf: Readonly<Record<string, keyof V & string>>;
};

/**
 * A form that sets a new password typed twice (first setup, change, reset by link): the endpoint's schema checks the
 * fields, the screen checks that the two passwords match, and a server refusal goes beside its field.
 */
export function useNewPasswordForm<V extends Record<string, string>>({
  schema,
  initialValues,
  password,
  fieldOf,
}: Options<V>) {
  const t = useT();
  const form = useForm<Typed<V>>({
    initialValues: { ...initialValues, confirm: "" },
    ...schemaValidation(schema, {
      input: ({ confirm, ...body }: Typed<V>) => body,
      rules: (values: Typed<V>) => ({ confirm: values.confirm === values[password] ? null : t("password.mismatch") }),
    }),
  });
  const { refuse, problemsFor } = usePasswordRefusal(form, fieldOf);
  return { form, refuse, serverProblems: problemsFor(form.values[password]) };
}

type PairProps<V> = {
  form: UseFormReturnType<Typed<V>>;
  password: keyof V & string;
  label: string;
  owner?: PasswordOwner;
  serverProblems: readonly string[];
};

/** The new password with its rules, then the same password again. */
export function NewPasswordPair<V extends Record<string, string>>(props: PairProps<V>) {
  const { form, password, label, owner, serverProblems } = props;
  const t = useT();
  return (
    <>
      <NewPasswordField
        label={label}
        inputProps={form.getInputProps(password)}
        value={form.values[password]}
        owner={owner}
        serverProblems={serverProblems}
        testId="new-password"
      />
      <PasswordInput
        label={t("password.confirm")}
        required
        autoComplete="new-password"
        {...form.getInputProps("confirm")}
      />
    </>
  );
}
