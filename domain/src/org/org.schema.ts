import { z } from "zod";
import { isoDateSchema, text, versionSchema } from "../http/common";
import { employmentStatusSchema, golonganSchema } from "../people/golongan";

/** Unit kerja kinds (PP 17/2018, PP 18/2016; REGULATIONS.md §7.1). */
export const unitKindSchema = z.enum(
  ["pemerintah_daerah", "perangkat_daerah", "kecamatan", "sekretariat", "subbagian", "seksi", "kelurahan"],
  { message: "Jenis unit tidak dikenal" },
);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** Jenis jabatan (UU ASN; REGULATIONS.md §7.3). kepala_daerah is the elected Wali Kota, who rates JPT but is not ASN. */
export const positionKindSchema = z.enum(
  ["kepala_daerah", "jpt", "administrator", "pengawas", "pelaksana", "fungsional"],
  { message: "Jenis jabatan tidak dikenal" },
);
export type PositionKind = z.infer<typeof positionKindSchema>;

/** Jenjang: JPT (utama/madya/pratama) and jabatan fungsional keahlian/keterampilan. */
export const jenjangSchema = z.enum(
  [
    "utama",
    "madya",
    "pratama",
    "ahli_pertama",
    "ahli_muda",
    "ahli_madya",
    "ahli_utama",
    "pemula",
    "terampil",
    "mahir",
    "penyelia",
  ],
  { message: "Jenjang tidak dikenal" },
);
export type Jenjang = z.infer<typeof jenjangSchema>;

/** Definitif, or an acting official: Plt (pelaksana tugas) or Plh (pelaksana harian). */
export const placementKindSchema = z.enum(["definitif", "plt", "plh"], { message: "Jenis penempatan tidak dikenal" });
export type PlacementKind = z.infer<typeof placementKindSchema>;

export const orgUnitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  kind: unitKindSchema,
  version: z.number().int(),
  /** The instansi as printed at the top of forms, when the unit's name alone is not the official header. */
  headerName: z.string().nullable(),
  /** The tempat of signature lines, when it is not the government's name (e.g. the capital of a kabupaten). */
  signingPlace: z.string().nullable(),
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

const unitFields = {
  parentId: z.uuid({ message: "Unit induk tidak valid" }).nullable(),
  code: text("Kode unit", 20).regex(/^[A-Z0-9-]+$/, "Kode unit hanya huruf besar, angka dan tanda -"),
  name: text("Nama unit", 200),
  kind: unitKindSchema,
  // Optional for clients that do not set them; on an update a missing field keeps the stored value.
  headerName: z.string().trim().max(200, "Nama kop paling banyak 200 karakter").nullable().optional(),
  signingPlace: z.string().trim().max(100, "Tempat paling banyak 100 karakter").nullable().optional(),
};
export const createUnitSchema = z.strictObject(unitFields);
export const updateUnitSchema = z.strictObject({ ...unitFields, version: versionSchema });
export type CreateUnit = z.infer<typeof createUnitSchema>;
export type UpdateUnit = z.infer<typeof updateUnitSchema>;

export const positionSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  name: z.string(),
  kind: positionKindSchema,
  jenjang: jenjangSchema.nullable(),
  eselon: z.string().nullable(),
  parentPositionId: z.string().nullable(),
  raterPositionId: z.string().nullable(),
  leadsUnitId: z.string().nullable(),
  version: z.number().int(),
});
export type Position = z.infer<typeof positionSchema>;

const positionFields = {
  unitId: z.uuid({ message: "Unit kerja wajib dipilih" }),
  name: text("Nama jabatan", 200),
  kind: positionKindSchema,
  jenjang: jenjangSchema.nullable().default(null),
  eselon: z
    .string()
    .trim()
    .regex(/^(I|II|III|IV|V)\.[ab]$/, "Eselon berformat seperti III.a atau IV.b")
    .nullable()
    .default(null),
  parentPositionId: z.uuid({ message: "Jabatan atasan tidak valid" }).nullable().default(null),
  raterPositionId: z.uuid({ message: "Pejabat penilai delegasi tidak valid" }).nullable().default(null),
  leadsUnit: z.boolean().default(false),
};
export const createPositionSchema = z.strictObject(positionFields);
export const updatePositionSchema = z.strictObject({ ...positionFields, version: versionSchema });
export type CreatePosition = z.infer<typeof createPositionSchema>;
export type UpdatePosition = z.infer<typeof updatePositionSchema>;

export const employeeSchema = z.object({
  id: z.string(),
  nip: z.string(),
  status: employmentStatusSchema,
  name: z.string(),
  frontTitle: z.string().nullable(),
  backTitle: z.string().nullable(),
  displayName: z.string(),
  golongan: z.string(),
  pangkat: z.string(),
  gender: z.enum(["pria", "wanita"]),
  birthDate: z.string(),
  email: z.string().nullable(),
  version: z.number().int(),
});
export type Employee = z.infer<typeof employeeSchema>;

const optionalTitle = (label: string) =>
  z
    .string()
    .trim()
    .max(40, `${label} paling banyak 40 karakter`)
    .regex(/^[A-Za-z.,' ()-]*$/, `${label} hanya boleh huruf, titik dan koma`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null);

const employeeFields = {
  nip: z
    .string({ message: "NIP wajib diisi" })
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{18}$/, "NIP harus terdiri dari 18 digit angka")),
  status: employmentStatusSchema,
  name: text("Nama", 120).regex(/^[\p{L} .,'-]+$/u, "Nama hanya boleh berisi huruf, spasi, titik, koma dan tanda -"),
  frontTitle: optionalTitle("Gelar depan"),
  backTitle: optionalTitle("Gelar belakang"),
  golongan: golonganSchema,
  email: z
    .email({ message: "Alamat e-mail tidak valid" })
    .max(200)
    .nullable()
    .default(null)
    .or(z.literal("").transform(() => null)),
};
export const createEmployeeSchema = z.strictObject(employeeFields);
export const updateEmployeeSchema = z.strictObject({ ...employeeFields, version: versionSchema });
export type CreateEmployee = z.infer<typeof createEmployeeSchema>;
export type UpdateEmployee = z.infer<typeof updateEmployeeSchema>;

export const placementSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  positionId: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  kind: placementKindSchema,
  startDate: z.string(),
  endDate: z.string().nullable(),
  decreeNumber: z.string().nullable(),
  /** A Plh whose appointment gives the authority to rate (always false for other kinds). */
  mayRate: z.boolean(),
  version: z.number().int(),
});
export type Placement = z.infer<typeof placementSchema>;

export const createPlacementSchema = z.strictObject({
  employeeId: z.uuid({ message: "Pegawai wajib dipilih" }),
  positionId: z.uuid({ message: "Jabatan wajib dipilih" }),
  kind: placementKindSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().default(null),
  decreeNumber: z.string().trim().max(100, "Nomor SK paling banyak 100 karakter").nullable().default(null),
  mayRate: z.boolean().default(false),
});
export const updatePlacementSchema = createPlacementSchema
  .omit({ employeeId: true })
  .extend({ version: versionSchema })
  .strict();
export const endPlacementSchema = z.strictObject({ endDate: isoDateSchema, version: versionSchema });
export type CreatePlacement = z.infer<typeof createPlacementSchema>;
export type UpdatePlacement = z.infer<typeof updatePlacementSchema>;
export type EndPlacement = z.infer<typeof endPlacementSchema>;

/** A resolved official: the position and who holds it on the date (null for an elected kepala daerah). */
export const officerSchema = z.object({
  positionId: z.string(),
  positionName: z.string(),
  unitName: z.string(),
  employeeId: z.string().nullable(),
  employeeName: z.string().nullable(),
  nip: z.string().nullable(),
  pangkat: z.string().nullable(),
  acting: z.enum(["plt", "plh"]).nullable(),
  delegated: z.boolean(),
});
export type Officer = z.infer<typeof officerSchema>;

const officialLevelSchema = z.enum([
  "kepala_daerah",
  "jpt_utama",
  "jpt_madya",
  "jpt_pratama",
  "administrator",
  "pengawas",
]);

export const ratersSchema = z.object({
  date: z.string(),
  position: officerSchema.nullable(),
  rater: officerSchema.nullable(),
  atasanRater: officerSchema.nullable(),
  /** For a jabatan fungsional: its jenjang and the levels that may rate it (REGULATIONS.md §3.6); null otherwise. */
  jfRule: z
    .object({
      jenjang: jenjangSchema,
      penilai: z.array(officialLevelSchema),
      atasan: z.array(officialLevelSchema),
    })
    .nullable()
    .default(null),
});
export type Raters = z.infer<typeof ratersSchema>;
