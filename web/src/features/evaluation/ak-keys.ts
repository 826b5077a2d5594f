import type { AkJenjang, Predikat } from "@simkin/domain";
import type { MessageKey } from "../../i18n/catalog";

/** Query keys of the angka kredit screens: a change to the history, the dasar or the master refreshes the ledgers. */
export const akKeys = {
  all: ["angka-kredit"] as const,
  employee: (id: string) => ["angka-kredit", "employee", id] as const,
  list: ["angka-kredit", "list"] as const,
  master: ["angka-kredit", "master"] as const,
  ranks: (id: string) => ["angka-kredit", "ranks", id] as const,
};

export const jenjangKey = (jenjang: AkJenjang): MessageKey => `ak.jenjang.${jenjang}`;
export const predikatKey = (predikat: Predikat): MessageKey => `ak.predikat.${predikat}`;

/** Angka kredit as the PAK prints them: up to three decimals, Indonesian decimal comma. */
export function formatAk(value: number, locale: "id" | "en"): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 3 }).format(value);
}
