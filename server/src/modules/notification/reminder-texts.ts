import { monthName, wibDate } from "@simkin/domain";

/** "Februari 2026" */
export function monthLabel(year: number, month: number): string {
  return `${monthName(month)} ${year}`;
}

/** "5 Maret 2026": the WIB calendar day of an instant. */
export function dayLabel(instant: string): string {
  const date = wibDate(new Date(instant));
  return `${Number(date.slice(8, 10))} ${monthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`;
}

type Text = { title: string; body: string };

export function dueSoonText(year: number, month: number, deadline: string): Text {
  const label = monthLabel(year, month);
  return {
    title: `Laporan kinerja ${label} jatuh tempo ${dayLabel(deadline)}`,
    body:
      `Laporan kinerja bulanan Anda untuk ${label} belum diajukan. ` +
      `Ajukan paling lambat ${dayLabel(deadline)} pukul 23.59 WIB.`,
  };
}

export function overdueText(year: number, month: number, deadline: string): Text {
  const label = monthLabel(year, month);
  return {
    title: `Laporan kinerja ${label} melewati batas waktu`,
    body:
      `Batas waktu laporan kinerja ${label} (${dayLabel(deadline)}) telah lewat dan laporan Anda belum diajukan. ` +
      "Laporan tetap dapat diajukan dan akan ditandai terlambat.",
  };
}

export function awaitingFeedbackText(year: number, month: number, employeeName: string): Text {
  const label = monthLabel(year, month);
  return {
    title: `Laporan kinerja ${label} dari ${employeeName} menunggu umpan balik Anda`,
    body:
      `${employeeName} telah mengajukan laporan kinerja ${label}. ` +
      "Berikan umpan balik, lalu terima laporan atau minta revisi.",
  };
}

export function waitingLongText(year: number, month: number, employeeName: string, submittedAt: string): Text {
  const label = monthLabel(year, month);
  return {
    title: `Laporan kinerja ${label} dari ${employeeName} sudah lama menunggu`,
    body:
      `${employeeName} mengajukan laporan kinerja ${label} pada ${dayLabel(submittedAt)} dan laporan itu belum ` +
      "Anda tanggapi. Berikan umpan balik, lalu terima laporan atau minta revisi.",
  };
}
