import { z } from "zod";

export const idSchema = z.uuid({ message: "ID tidak valid" });
export const byIdSchema = z.strictObject({ id: idSchema });
/** Calendar date as YYYY-MM-DD, the only date format stored and exchanged. */
export const isoDateSchema = z.iso.date({ message: "Tanggal harus berformat YYYY-MM-DD" });
export const versionSchema = z.number({ message: "Versi wajib diisi" }).int().min(1);
export const okSchema = z.object({ ok: z.literal(true) });

export const text = (label: string, max: number) =>
  z
    .string({ message: `${label} wajib diisi` })
    .trim()
    .min(1, `${label} wajib diisi`)
    .max(max, `${label} paling banyak ${max} karakter`);

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
