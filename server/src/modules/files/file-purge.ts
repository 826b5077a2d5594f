import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../../db";
import { referencedHashes } from "./file.repo";

/** A stored file younger than this is never purged: an upload writes the bytes first and its row a moment later. */
export const PURGE_GRACE_MS = 24 * 3_600_000;

const HASH = /^[0-9a-f]{64}$/;
/** The store's folders are the hashes' first two letters; anything else under FILES_DIR (batches/) is not its own. */
const FOLDER = /^[0-9a-f]{2}$/;

/**
 * Deletes the stored files no record refers to any more (a removed bukti dukung, scan or keberatan file; decision
 * 0068), once older than the grace period, and temporary files left by an interrupted write. Walks the store one
 * folder at a time and asks the database about each folder's hashes in one query; returns how many files went.
 */
export async function purgeUnreferencedFiles(db: Db, filesDir: string, now: Date): Promise<number> {
  let removed = 0;
  for (const folder of (await entries(filesDir)).filter((name) => FOLDER.test(name))) {
    const old = await oldFilesIn(path.join(filesDir, folder), now);
    const referenced = await referencedHashes(
      db,
      old.map((o) => o.name).filter((name) => HASH.test(name)),
    );
    for (const { name, file } of old) {
      const orphan = HASH.test(name) ? !referenced.has(name) : name.endsWith(".tmp");
      if (orphan && (await removeIfStillOld(file, now))) {
        removed++;
      }
    }
  }
  return removed;
}

const isOld = (mtimeMs: number, now: Date) => now.getTime() - mtimeMs >= PURGE_GRACE_MS;

async function oldFilesIn(dir: string, now: Date) {
  const old: { name: string; file: string }[] = [];
  for (const name of await entries(dir)) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && isOld(info.mtimeMs, now)) {
      old.push({ name, file });
    }
  }
  return old;
}

/** Looked at again just before deleting: an upload of the same bytes since the walk has touched it (storeFile). */
async function removeIfStillOld(file: string, now: Date): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (!info || !isOld(info.mtimeMs, now)) {
    return false;
  }
  return unlink(file).then(
    () => true,
    () => false,
  );
}

/** Runs the purge from the scheduler's loop at most once a day (main.ts). */
export function dailyFilePurge(filesDir: string): (db: Db, now: Date) => Promise<number> {
  let lastRun = Number.NEGATIVE_INFINITY;
  return async (db, now) => {
    if (now.getTime() - lastRun < PURGE_GRACE_MS) {
      return 0;
    }
    lastRun = now.getTime();
    return purgeUnreferencedFiles(db, filesDir, now);
  };
}

/** The names in a folder, or none when it does not exist (no file uploaded yet). */
async function entries(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
