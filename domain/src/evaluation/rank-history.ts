import { z } from "zod";
import { golonganPnsValues } from "../people/golongan";
import { addDays } from "../period/calendar";
import { type AkJenjang, akJenjangSchema, akJenjangValues } from "./angka-kredit";

/**
 * An employee's pangkat/golongan and jenjang history (issue 12): each entry holds from its TMT until the next entry
 * of the same kind. employee.golongan and position.jenjang stay the truth for today; the history answers "which
 * jenjang in which months" for angka kredit (REGULATIONS.md §4.1, §7.3, §7.4).
 */
export const rankKindSchema = z.enum(["pangkat", "jenjang"], { message: "Jenis riwayat tidak dikenal" });
export type RankKind = z.infer<typeof rankKindSchema>;

export const employeeRankSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  kind: rankKindSchema,
  /** A PNS golongan ("III/a") for pangkat, an AkJenjang for jenjang. */
  value: z.string(),
  tmt: z.string(),
  decreeNumber: z.string().nullable(),
  version: z.number().int(),
});
export type EmployeeRank = z.infer<typeof employeeRankSchema>;

const pangkatValues: readonly string[] = golonganPnsValues;
const jenjangValues: readonly string[] = akJenjangValues;

export const addRankSchema = z
  .strictObject({
    kind: rankKindSchema,
    value: z.string({ message: "Nilai wajib diisi" }).trim().min(1, "Nilai wajib diisi").max(20),
    tmt: z.iso.date({ message: "TMT harus berformat YYYY-MM-DD" }),
    decreeNumber: z.string().trim().max(100, "Nomor SK paling banyak 100 karakter").nullable(),
  })
  .superRefine((input, ctx) => {
    const allowed = input.kind === "pangkat" ? pangkatValues : jenjangValues;
    if (!allowed.includes(input.value)) {
      const message =
        input.kind === "pangkat" ? "Golongan/ruang PNS tidak dikenal" : "Jenjang jabatan fungsional tidak dikenal";
      ctx.addIssue({ code: "custom", path: ["value"], message });
    }
  });
export type AddRank = z.infer<typeof addRankSchema>;

/** A stretch of days (both ends included, `to` null while it lasts) in one jenjang. */
export type JenjangSpan = { jenjang: AkJenjang; from: string; to: string | null };

/** The spans of a jenjang history: each entry until the day before the next one's TMT. */
export function jenjangSpans(history: readonly Pick<EmployeeRank, "kind" | "value" | "tmt">[]): JenjangSpan[] {
  const entries = history
    .filter((h) => h.kind === "jenjang")
    .flatMap((h) => {
      const parsed = akJenjangSchema.safeParse(h.value);
      return parsed.success ? [{ jenjang: parsed.data, tmt: h.tmt }] : [];
    })
    .sort((a, b) => a.tmt.localeCompare(b.tmt));
  return entries.map((e, i) => {
    const next = entries[i + 1];
    return { jenjang: e.jenjang, from: e.tmt, to: next ? addDays(next.tmt, -1) : null };
  });
}

/**
 * Months held in each jenjang during `year`. A month counts for the jenjang held on its first day: a TMT is set on
 * the first of a month (BKN practice), so a TMT later in the month starts counting the month after (decision 0059).
 * Where spans overlap, the one that started later wins.
 */
export function monthsPerJenjang(spans: readonly JenjangSpan[], year: number): Partial<Record<AkJenjang, number>> {
  const months: Partial<Record<AkJenjang, number>> = {};
  for (let m = 1; m <= 12; m += 1) {
    const day = `${year}-${String(m).padStart(2, "0")}-01`;
    const held = spans
      .filter((s) => s.from <= day && (s.to === null || s.to >= day))
      .sort((a, b) => b.from.localeCompare(a.from))[0];
    if (held) {
      months[held.jenjang] = (months[held.jenjang] ?? 0) + 1;
    }
  }
  return months;
}
