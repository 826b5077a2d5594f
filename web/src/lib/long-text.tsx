import { Text, Textarea, type TextareaProps } from "@mantine/core";
import { type ChangeEvent, useState } from "react";
import { useT } from "../i18n/i18n";

/** The counter shows from this share of the limit: early enough to shorten, late enough not to distract. */
const NEAR = 0.8;

type Props = TextareaProps & {
  /** From the field's schema (maxLengthOf in form-schema.ts), so the limit is set once in domain/. */
  maxLength: number;
};

const lengthOf = (value: unknown) => (typeof value === "string" ? value.length : 0);

/**
 * A long text field (narratives, reasons, notes) that says how much room is left as the limit nears, instead of only
 * refusing on save. The browser stops typing at the limit; the counter turns red there.
 */
export function LongText({ maxLength, onChange, ...props }: Props) {
  const t = useT();
  const [typed, setTyped] = useState(() => lengthOf(props.value ?? props.defaultValue));
  const length = props.value === undefined ? typed : lengthOf(props.value);
  const near = length >= Math.floor(maxLength * NEAR);
  const handle = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setTyped(event.currentTarget.value.length);
    onChange?.(event);
  };
  return (
    <div>
      <Textarea {...props} maxLength={maxLength} onChange={handle} />
      {near && (
        <Text
          size="xs"
          ta="right"
          mt={2}
          c={length >= maxLength ? "red.8" : "orange.9"}
          aria-live="polite"
          data-testid="char-counter"
        >
          {t("form.charCount", { n: length.toLocaleString("id-ID"), max: maxLength.toLocaleString("id-ID") })}
        </Text>
      )}
    </div>
  );
}
