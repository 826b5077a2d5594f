/**
 * The key an employee is searched by (issue 10): lower case, accents folded ("Nurdïn" finds "nurdin"), punctuation
 * as spaces, and academic or religious titles written into the name dropped ("H. Ahmad, S.Kom" is "ahmad"), so that
 * one indexed column answers prefix and contains searches on SQLite and PostgreSQL alike.
 */
export function nameSearchKey(name: string): string {
  const beforeComma = name.split(",")[0] ?? "";
  const words = fold(beforeComma)
    .split(/\s+/)
    // Only a word written with its dot is a title: "H. Ahmad" drops "h", "Dra Ayu" keeps "dra".
    .filter((word) => word !== "" && !(word.endsWith(".") && frontTitles.has(word.slice(0, -1))));
  return words
    .join(" ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The search text typed by a user, folded the same way (titles are kept: a user may search for "dr"). */
export function searchTerm(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Titles written before a name with a dot: gelar depan, haji and hajah, Raden (R.) and Raden Roro (Rr.). */
const frontTitles: ReadonlySet<string> = new Set(["h", "hj", "dr", "drs", "dra", "ir", "prof", "kh", "r", "rr"]);
