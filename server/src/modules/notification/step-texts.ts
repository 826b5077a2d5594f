import { monthLabel } from "./reminder-texts";

/** The texts of the notices a workflow step sends at once (issue 11); reminders keep theirs in reminder-texts.ts. */
type Text = { title: string; body: string };

const because = (reason: string | null | undefined) => (reason ? `\nAlasan: ${reason}` : "");

export function skpSubmittedText(year: number, employee: string, resubmitted: boolean): Text {
  return resubmitted
    ? {
        title: `SKP ${year} dari ${employee} diajukan kembali`,
        body: `${employee} telah memperbaiki dan mengajukan kembali SKP tahun ${year}. Periksa, lalu setujui atau kembalikan.`,
      }
    : {
        title: `SKP ${year} dari ${employee} menunggu persetujuan Anda`,
        body: `${employee} telah mengajukan SKP tahun ${year}. Periksa, lalu setujui atau kembalikan dengan alasan.`,
      };
}

export function skpReturnedText(year: number, by: string, reason: string): Text {
  return {
    title: `SKP ${year} Anda dikembalikan untuk diperbaiki`,
    body: `${by} mengembalikan SKP tahun ${year} Anda.${because(reason)}\nPerbaiki, lalu ajukan kembali.`,
  };
}

export function skpApprovedText(year: number, by: string): Text {
  return {
    title: `SKP ${year} Anda telah disetujui`,
    body: `${by} telah menyetujui SKP tahun ${year} Anda. Laporan kinerja bulanan dapat mulai diisi.`,
  };
}

export function skpReviewedText(year: number, employee: string): Text {
  return {
    title: `SKP ${year} dari ${employee} telah direviu`,
    body: `Pengelola kinerja telah mereviu SKP tahun ${year} dari ${employee}. SKP ini kini dapat Anda setujui.`,
  };
}

export function skpReviewNoteText(year: number, note: string): Text {
  return {
    title: `Catatan reviu untuk SKP ${year} Anda`,
    body: `Pengelola kinerja memberi catatan perbaikan pada SKP tahun ${year} Anda:\n${note}`,
  };
}

export function reportFeedbackText(year: number, month: number, by: string): Text {
  const label = monthLabel(year, month);
  return {
    title: `Umpan balik untuk laporan kinerja ${label} Anda`,
    body: `${by} memberi umpan balik pada laporan kinerja ${label} Anda. Bacalah di halaman laporan.`,
  };
}

export function reportAcceptedText(year: number, month: number, by: string): Text {
  const label = monthLabel(year, month);
  return {
    title: `Laporan kinerja ${label} Anda telah diterima`,
    body: `${by} telah menerima laporan kinerja ${label} Anda. Baca umpan baliknya, lalu konfirmasi.`,
  };
}

export function reportRevisionText(year: number, month: number, by: string, reason: string): Text {
  const label = monthLabel(year, month);
  return {
    title: `Laporan kinerja ${label} Anda perlu direvisi`,
    body:
      `${by} meminta revisi laporan kinerja ${label} Anda.${because(reason)}\n` +
      "Baca umpan baliknya, konfirmasi, lalu perbaiki dan ajukan kembali.",
  };
}

export function feedbackAcknowledgedText(year: number, month: number, employee: string): Text {
  const label = monthLabel(year, month);
  return {
    title: `${employee} telah membaca umpan balik laporan ${label}`,
    body: `${employee} mengonfirmasi telah membaca umpan balik Anda atas laporan kinerja ${label}.`,
  };
}

export function coachingAssignedText(date: string, by: string, topic: string): Text {
  return {
    title: "Isi umpan balik bimbingan kinerja (Format B.1.8)",
    body: `${by} mencatat bimbingan kinerja tanggal ${date} dengan Anda (${topic}). Isi umpan balik Format B.1.8.`,
  };
}

export function coachingAnsweredText(date: string, employee: string): Text {
  return {
    title: `${employee} telah mengisi umpan balik bimbingan kinerja`,
    body: `${employee} mengisi Format B.1.8 untuk bimbingan tanggal ${date}. Lanjutkan dengan evaluasi kompetensi (Format B.1.9).`,
  };
}

export function dialogueRecordedText(date: string, by: string, followUps: number): Text {
  const todo = followUps > 0 ? ` dengan ${followUps} tindak lanjut yang perlu dikerjakan` : "";
  return {
    title: `Dialog kinerja tanggal ${date} telah dicatat`,
    body: `${by} mencatat dialog kinerja dengan Anda${todo}. Lihat kesepakatan dan batas waktunya.`,
  };
}
