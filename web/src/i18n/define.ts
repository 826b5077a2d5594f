/** Declares a feature's messages: English must provide exactly the Indonesian keys. */
export function defineMessages<const K extends string>(id: Record<K, string>, en: Record<K, string>) {
  return { id, en };
}
