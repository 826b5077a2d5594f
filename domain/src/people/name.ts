/** The name as printed on official documents: front titles, the name, then back titles after a comma. */
export function displayName(frontTitle: string | null, name: string, backTitle: string | null): string {
  const front = frontTitle ? `${frontTitle} ` : "";
  const back = backTitle ? `, ${backTitle}` : "";
  return `${front}${name}${back}`;
}
