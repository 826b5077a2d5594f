import { loadCatalog } from "../i18n/messages";

/**
 * The signed-in shell, every feature's strings and Mantine's whole stylesheet, loaded once. The sign-in page starts it while someone types
 * (the bytes arrive during the typing, not after the click); the "/" route waits for it.
 */
export async function loadSignedInShell() {
  const [layout] = await Promise.all([import("./layout"), loadCatalog(), import("./screen-styles")]);
  return layout;
}
