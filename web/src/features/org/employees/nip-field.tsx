import { TextInput } from "@mantine/core";
import { type EmploymentStatus, type NipErrorCode, normalizeNip, parseEmployeeNumber } from "@simkin/domain";
import type { ReactNode } from "react";
import { useFormatDate, useT } from "../../../i18n/i18n";

type Props = {
  status: EmploymentStatus;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: ReactNode;
};

/** NIP or NI PPPK with instant feedback: digit count while typing, then the birth date and gender it encodes. */
export function NipField({ status, value, onChange, onBlur, error }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  const digits = normalizeNip(value);
  const parsed = parseEmployeeNumber(status, value);
  let description: string | undefined;
  let liveError: string | undefined;
  if (parsed.ok) {
    const { birthDate, gender } = parsed.value;
    description = t("employees.form.nipParsed", { date: formatDate(birthDate), gender: t(`gender.${gender}`) });
  } else if (digits.length < 18 && /^\d*$/.test(digits)) {
    description = t("employees.form.nipProgress", { count: digits.length });
  } else {
    liveError = t(`employees.nipError.${parsed.error.code}`);
  }
  return (
    <TextInput
      label={status === "pns" ? t("employees.form.nipPns") : t("employees.form.nipPppk")}
      required
      inputMode="numeric"
      autoComplete="off"
      data-testid="nip-input"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      description={description}
      error={error ?? liveError}
      styles={{ input: { fontVariantNumeric: "tabular-nums" } }}
    />
  );
}

/** The client-side check run on submit; the server checks again. */
export function nipErrorCode(status: EmploymentStatus, value: string): NipErrorCode | null {
  const parsed = parseEmployeeNumber(status, value);
  return parsed.ok ? null : parsed.error.code;
}
