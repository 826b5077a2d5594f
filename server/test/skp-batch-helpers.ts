import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { fromBuffer } from "yauzl";
import { type Client, json } from "./test-app";

/** Polls the batch until it leaves `running` (or fails the test after `ms`), returning its last progress. */
export async function untilFinished(client: Client, id: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await client.get(`/api/skps/batch/${id}`);
    assert.equal(res.statusCode, 200, res.body);
    const batch = json(res);
    if (batch.status !== "running" || Date.now() > deadline) {
      return batch;
    }
    await sleep(50);
  }
}

/** Every entry of a ZIP with the first bytes of its (inflated) content. */
export function zipEntries(zip: Buffer): Promise<{ name: string; head: string; size: number }[]> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) {
        return reject(error);
      }
      const entries: { name: string; head: string; size: number }[] = [];
      file.on("entry", (entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            return reject(streamError);
          }
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            const content = Buffer.concat(chunks);
            entries.push({
              name: entry.fileName,
              head: content.subarray(0, 5).toString("latin1"),
              size: content.length,
            });
            file.readEntry();
          });
          stream.on("error", reject);
        });
      });
      file.on("end", () => resolve(entries));
      file.on("error", reject);
      file.readEntry();
    });
  });
}
