import { createHash } from "node:crypto";
import { mkdir, readFile, rename, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { newId } from "../../db/ids";

/** Files live under the data folder by content hash (decision 0008): the same file uploaded twice is stored once. */
export function pathFor(filesDir: string, hash: string): string {
  return path.join(filesDir, hash.slice(0, 2), hash);
}

/** Reads a file stored by its content hash (bukti dukung, scans, keberatan lampiran and decision letters). */
export function readStoredFile(filesDir: string, hash: string): Promise<Buffer> {
  return readFile(pathFor(filesDir, hash));
}

/**
 * Stores the bytes under their hash and returns it. A file already there is touched, so that the purge's grace
 * period (file-purge.ts) counts from this upload, whose row is about to refer to it.
 */
export async function storeFile(filesDir: string, bytes: Buffer): Promise<string> {
  const hash = createHash("sha256").update(bytes).digest("hex");
  const target = pathFor(filesDir, hash);
  const now = new Date();
  const touched = await utimes(target, now, now).then(
    () => true,
    () => false,
  );
  if (touched) {
    return hash;
  }
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${newId()}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, target);
  return hash;
}
