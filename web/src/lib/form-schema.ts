import { type FormErrors, schemaResolver } from "@mantine/form";
import { z } from "zod";
import type { MessageKey } from "../i18n/catalog";
import { currentLocale } from "../i18n/i18n";
import { messages } from "../i18n/messages";

type StandardSchema = Parameters<typeof schemaResolver>[0];
type Issue = {
  code: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
};

function say(key: MessageKey, vars: Record<string, number | bigint> = {}): string {
  return (messages(currentLocale())[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(vars[name] ?? whole),
  );
}

const blank = (value: unknown) => value === undefined || value === null || value === "";

/** A field error in the interface language, from the kind of issue (the schema's own texts are Indonesian). */
function issueText(issue: Issue): string {
  const { code, origin, minimum: min = 0, maximum: max = 0 } = issue;
  if (blank(issue.input) && code !== "custom") {
    return say("form.required");
  }
  if (code === "too_small") {
    if (origin === "string") {
      return Number(min) <= 1 ? say("form.required") : say("form.tooShort", { min });
    }
    if (origin === "array") {
      return Number(min) <= 1 ? say("form.atLeastOne") : say("form.tooFew", { min });
    }
    return say("form.tooSmall", { min });
  }
  if (code === "too_big") {
    const key = origin === "string" ? "form.tooLong" : origin === "array" ? "form.tooMany" : "form.tooLarge";
    return say(key, { max });
  }
  if (code === "invalid_format") {
    const key = issue.format === "date" ? "form.invalidDate" : issue.format === "email" ? "form.invalidEmail" : null;
    return say(key ?? "form.invalidFormat");
  }
  return say("form.invalid");
}

/** An enum's or a date's own message ("unknown kind", "YYYY-MM-DD") reads wrong beside a field not filled yet. */
const unchosen = (issue: Issue) =>
  (issue.code === "invalid_value" || issue.code === "invalid_format") && blank(issue.input);

/**
 * A shared domain schema as the form's Standard Schema: Indonesian shows the schema's own message (or ours where it
 * has none), English shows ours for every issue, so the English interface never shows an Indonesian field error.
 */
function localised(schema: z.ZodType): StandardSchema {
  return {
    "~standard": {
      version: 1,
      vendor: "simkin",
      validate(values: unknown) {
        const english = currentLocale() === "en";
        const result = schema.safeParse(values, { reportInput: true, error: (issue) => issueText(issue) });
        if (result.success) {
          return { value: result.data };
        }
        const issues = result.error.issues.map((issue) => ({
          path: issue.path,
          message: english || unchosen(issue) ? issueText(issue) : issue.message,
        }));
        return { issues };
      },
    },
  };
}

type Options<V> = {
  /** What only the screen knows (today's date, a password typed twice); the schema's error wins on a shared field. */
  rules?: (values: V) => Record<string, string | null>;
  /** The values as the schema's input, when the form keeps more (e.g. React keys on list rows). */
  input?: (values: V) => unknown;
  /** The form's field for a schema path ("a.0.b"), when the form names it differently. */
  path?: (schemaPath: string) => string;
};

type Checked = {
  field: string;
  form: { isDirty: (path: string) => boolean; validateField: (path: string) => unknown };
};

/**
 * useForm options that validate with a shared schema through Mantine's schema resolver: every field on submit, and
 * a field the user has changed when it loses focus. A new empty form shows no errors, and leaving an untouched
 * field for the Save button does not push the button away under the pointer with a new error line.
 */
export function schemaValidation<V>(schema: z.ZodType, { rules, input, path }: Options<V> = {}) {
  const resolve = schemaResolver(localised(schema), { sync: true });
  const validate = (values: V): FormErrors => {
    const extra = Object.entries(rules?.(values) ?? {}).filter(([, message]) => message !== null);
    const found = Object.entries(resolve(input ? input(values) : values));
    return {
      ...Object.fromEntries(extra),
      ...Object.fromEntries(found.map(([at, error]) => [path ? path(at) : at, error])),
    };
  };
  const enhanceGetInputProps = ({ field, form }: Checked) => ({
    onBlur: () => {
      if (form.isDirty(field)) {
        form.validateField(field);
      }
    },
  });
  return { validate, enhanceGetInputProps } as const;
}

/** The most characters a shared string schema accepts, for the input's maxLength (one limit, set in domain/). */
export function maxLengthOf(schema: z.ZodType): number {
  let inner: unknown = schema;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodPipe) {
      inner = inner.in; // a transform's input is what the user types
    } else {
      break;
    }
  }
  if (inner instanceof z.ZodString && inner.maxLength !== null) {
    return inner.maxLength;
  }
  throw new Error("maxLengthOf: the schema is not a string with a maximum length");
}

/** The most items a shared array schema accepts, for how many rows a list editor offers. */
export function maxItemsOf(schema: z.ZodType): number {
  let inner: unknown = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
    inner = inner.unwrap();
  }
  const checks = inner instanceof z.ZodArray ? (inner._zod.def.checks ?? []) : [];
  const limit = checks.find((check) => check instanceof z.core.$ZodCheckMaxLength);
  if (!(limit instanceof z.core.$ZodCheckMaxLength)) {
    throw new Error("maxItemsOf: the schema is not an array with a maximum length");
  }
  return limit._zod.def.maximum;
}
