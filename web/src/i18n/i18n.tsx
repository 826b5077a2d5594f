import { wibDate } from "@simkin/domain";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState, useSyncExternalStore } from "react";
import type { Locale, MessageKey } from "./catalog";
import { loadedMessages, subscribeMessages } from "./messages";

type Vars = Record<string, string | number>;
type I18n = { locale: Locale; setLocale: (locale: Locale) => void; t: (key: MessageKey, vars?: Vars) => string };

const STORAGE_KEY = "simkin.locale";
const I18nContext = createContext<I18n | null>(null);

/** The interface language, readable outside React (error texts shown from event handlers). */
export function currentLocale(): Locale {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  return stored === "en" ? "en" : "id";
}

/** Indonesian first; English as a second language. Strings live in the catalogue, never in components. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(currentLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  // The whole catalogue arrives after the sign-in page's strings (messages.ts): a new `t` when it does.
  const dictionaries = useSyncExternalStore(subscribeMessages, loadedMessages);
  const t = useCallback(
    (key: MessageKey, vars: Vars = {}) =>
      (dictionaries[locale][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)),
    [dictionaries, locale],
  );
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) {
    throw new Error("useI18n outside I18nProvider");
  }
  return value;
}

export const useT = () => useI18n().t;

/** Dates in Indonesian format (e.g. 16 Maret 2026), always in WIB. */
export function useFormatDate() {
  const { locale } = useI18n();
  return useCallback(
    (isoDate: string | null | undefined) => {
      if (!isoDate) {
        return "–";
      }
      const date = isoDate.length === 10 ? new Date(`${isoDate}T00:00:00+07:00`) : new Date(isoDate);
      const options: Intl.DateTimeFormatOptions = {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "Asia/Jakarta",
      };
      if (isoDate.length > 10) {
        Object.assign(options, { hour: "2-digit", minute: "2-digit" });
      }
      return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", options).format(date);
    },
    [locale],
  );
}

/** An instant shown as its WIB calendar day ("20 Oktober 2026"), or "–" when there is none. */
export function useFormatDay() {
  const formatDate = useFormatDate();
  return useCallback((iso: string | null) => (iso ? formatDate(wibDate(new Date(iso))) : "–"), [formatDate]);
}
