import { z } from "zod";
import { isoDateSchema, text } from "../http/common";

/** The three headings of Format B.1.8, as printed on the form (REGULATIONS.md §6.6; decision 0025). */
export const coachingFeedbackGroups = [
  "Tentang pegawai",
  "Tentang pimpinan/pihak lain yang diberikan penugasan khusus",
  "Tentang pegawai dan pimpinan/pihak lain yang diberikan penugasan khusus",
] as const;

const [aboutEmployee, aboutLeader, aboutBoth] = coachingFeedbackGroups;

/**
 * Format B.1.8 "Umpan Balik Pelaksanaan Bimbingan Kinerja" (PermenPANRB 6/2022 lampiran; REGULATIONS.md §6.6):
 * nine statements the pegawai answers after a coaching session, in the wording of the form. Stored answers are keyed
 * by the statement's number (`no`, the position in the answers), never by its wording, so a corrected text keeps every
 * answer already given valid. The answer scale is [UNCONFIRMED]; we use 1-5 (sangat tidak setuju .. sangat setuju).
 */
export const coachingFeedbackStatements = [
  { no: 1, group: aboutEmployee, text: "Saya merasa diperhatikan dan dipahami" },
  { no: 2, group: aboutEmployee, text: "Saya merasa tindakan/langkah yang telah saya lakukan dihargai" },
  { no: 3, group: aboutEmployee, text: "Saya merasa dapat dengan bebas mengemukakan pendapat/pemikiran saya" },
  { no: 4, group: aboutLeader, text: "Saya merasa bahwa pandangan yang diberikan berdasarkan data/fakta yang akurat" },
  {
    no: 5,
    group: aboutLeader,
    text: "Saya merasa bahwa pandangan/pendapat yang diberikan kepada saya bersifat positif",
  },
  { no: 6, group: aboutLeader, text: "Lebih banyak menggunakan metode bertanya dibandingkan menggurui" },
  { no: 7, group: aboutBoth, text: "Saya merasa dibantu dalam mencari solusi dan aksi tindak lanjut" },
  {
    no: 8,
    group: aboutBoth,
    text: "Saya tahu apa yang harus saya lakukan setelah mengikuti kegiatan bimbingan kinerja ini",
  },
  { no: 9, group: aboutBoth, text: "Saya memahami maksud dan tujuan kegiatan bimbingan kinerja ini" },
] as const;

export const likertLabels = ["Sangat tidak setuju", "Tidak setuju", "Ragu-ragu", "Setuju", "Sangat setuju"] as const;

export const coachingFeedbackInputSchema = z.strictObject({
  answers: z
    .array(z.number().int().min(1, "Pilih 1-5").max(5, "Pilih 1-5"))
    .length(coachingFeedbackStatements.length, "Jawab kesembilan pernyataan"),
  comment: z.string().trim().max(2000).default(""),
});

/** Format B.1.9 "Evaluasi Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan Kinerja": NILAI (SKALA 1-5), ALASAN. */
export const competencyEvaluationInputSchema = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        competency: text("Kompetensi", 200),
        score: z.number({ message: "Nilai wajib diisi" }).int().min(1, "Nilai skala 1-5").max(5, "Nilai skala 1-5"),
        reason: text("Alasan", 1000),
      }),
    )
    .min(1, "Isi paling sedikit satu kompetensi")
    .max(20),
});

export const coachingInputSchema = z.strictObject({
  employeeId: z.uuid({ message: "Pegawai wajib dipilih" }),
  date: isoDateSchema,
  topic: text("Topik bimbingan", 300),
  notes: z.string().trim().max(4000).default(""),
});

export const coachingSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  raterEmployeeId: z.string(),
  raterName: z.string(),
  date: z.string(),
  topic: z.string(),
  notes: z.string(),
  feedback: z.object({ answers: z.array(z.number().int()), comment: z.string(), at: z.string() }).nullable(),
  evaluation: z
    .object({
      rows: z.array(z.object({ competency: z.string(), score: z.number().int(), reason: z.string() })),
      at: z.string(),
    })
    .nullable(),
});
export type Coaching = z.infer<typeof coachingSchema>;

export const dialogueInputSchema = z.strictObject({
  employeeId: z.uuid({ message: "Pegawai wajib dipilih" }),
  date: isoDateSchema,
  topics: text("Topik yang dibahas", 2000),
  agreements: z.string().trim().max(2000).default(""),
  followUps: z
    .array(z.strictObject({ action: text("Tindak lanjut", 500), dueDate: isoDateSchema }))
    .max(20)
    .default([]),
});

export const dialogueSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  raterEmployeeId: z.string(),
  raterName: z.string(),
  date: z.string(),
  topics: z.string(),
  agreements: z.string(),
  followUps: z.array(
    z.object({ id: z.string(), action: z.string(), dueDate: z.string(), doneAt: z.string().nullable() }),
  ),
});
export type Dialogue = z.infer<typeof dialogueSchema>;
