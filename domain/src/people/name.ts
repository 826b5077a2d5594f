/** The name as printed on official documents: front titles, the name, then back titles after a comma. */
export function displayName(frontTitle: string | null, name: string, backTitle: string | null): string {
  const front = frontTitle ? `${frontTitle} ` : "";
  const back = backTitle ? `, ${backTitle}` : "";
  return `${front}${name}${back}`;
}

const MASK = "***";

/**
 * A name as the public verification page shows it to an anonymous visitor: the initial of each word of the name and
 * nothing more ("Ahmad Fauzi, S.Kom." → "A*** F***"). Back titles (after the first comma) and every word with a dot
 * (front titles such as "Hj.", "Dr.", "R.A." and abbreviations) are left out; the mask has a fixed length so it
 * does not reveal how long a word is. Issue 8, finding 6: only what a reader of the paper needs to check it.
 */
export function maskedName(printed: string): string {
  const words = (printed.split(",")[0] ?? "").split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const plain = words.filter((word) => !word.includes("."));
  const initials = (plain.length > 0 ? plain : words).map((word) => `${initialOf(word)}${MASK}`);
  return initials.length > 0 ? initials.join(" ") : MASK;
}

function initialOf(word: string): string {
  return (word.match(/\p{L}/u)?.[0] ?? "").toLocaleUpperCase("id");
}
