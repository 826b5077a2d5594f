/** A batch of SKP PDFs in one ZIP (issue 10): the limits and the names of its files, decision 0040. */

/** At most this many documents in one ZIP: ~0.5 s each, so a batch finishes within a few minutes. */
export const MAX_BATCH_DOCUMENTS = 500;

/** A finished ZIP is kept this long after its last document, then deleted. */
export const BATCH_KEEP_MINUTES = 60;

const NAME_LIMIT = 60;

/**
 * One path segment safe on Windows, macOS and Linux: letters (accents folded), digits and single hyphens only, so a
 * name never carries a slash, a dot-dot, a control character or a reserved character into the archive.
 */
export function fileSegment(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, NAME_LIMIT)
    .replace(/-+$/, "");
}

/** `<NIP>-<name>-SKP-<year>.pdf`; a person without a NIP is named by the id the system gives them. */
export function batchFileName(person: { nip: string | null; name: string; fallbackId: string }, year: number): string {
  const nip = fileSegment(person.nip ?? "") || fileSegment(person.fallbackId);
  const name = fileSegment(person.name) || "pegawai";
  return `${nip}-${name}-SKP-${year}.pdf`;
}

/** The name, numbered `-2`, `-3` before `.pdf` when `seen` already holds it (two SKPs of one person in a year). */
export function numberedName(seen: Map<string, number>, name: string): string {
  const count = (seen.get(name) ?? 0) + 1;
  seen.set(name, count);
  return count === 1 ? name : name.replace(/\.pdf$/, `-${count}.pdf`);
}
