import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { setTimeout as sleep, setImmediate as yieldToEventLoop } from "node:timers/promises";
import { batchFileName, numberedName } from "@simkin/domain";
import { ZipFile } from "yazl";
import type { RequestContext } from "../../../http/context";
import { inBackground, PdfBusyError } from "../pdf/pdf-pool";
import { skpPdf } from "../skp-document";
import type { BatchJob, BatchRegistry } from "./batch-registry";

/**
 * Prints the SKPs one at a time in the background (decision 0040) and streams each into the ZIP on disk. Between
 * documents the event loop serves other requests; a document waits for an idle PDF thread instead of failing.
 */
export async function runBatch(ctx: RequestContext, registry: BatchRegistry, job: BatchJob, skpIds: string[]) {
  const zip = new ZipFile();
  const output = createWriteStream(job.file);
  zip.outputStream.pipe(output);
  const seen = new Map<string, number>();
  const started = performance.now();
  // The app's clock at the start plus the real time taken: the same clock the progress requests read.
  const clockNow = () => new Date(ctx.now.getTime() + (performance.now() - started));
  try {
    for (const id of skpIds) {
      if (registry.isClosed) {
        throw new Error("The app closed while the batch was running");
      }
      const { skp, pdf } = await inBackground(() => printWhenFree(ctx, id));
      const name = batchFileName(
        { nip: skp.employee.nip, name: skp.employee.name, fallbackId: skp.employeeId },
        job.year,
      );
      // pdfmake already compresses its streams: stored entries cost no CPU and lose nothing.
      zip.addBuffer(pdf, numberedName(seen, name), { compress: false, mtime: ctx.now });
      job.done++;
      await yieldToEventLoop();
    }
    zip.end();
    await finished(output);
    registry.finish(job, "done", clockNow());
  } catch (error) {
    output.destroy();
    await rm(job.file, { force: true });
    registry.finish(job, "failed", clockNow());
    ctx.log.warn({ err: error, batch: job.id }, "SKP batch failed");
  }
}

// A document may still meet a full pool (a burst of interactive prints in between): wait and try again.
async function printWhenFree(ctx: RequestContext, id: string) {
  for (;;) {
    try {
      return await skpPdf(ctx, id, "skp");
    } catch (error) {
      if (!(error instanceof PdfBusyError)) {
        throw error;
      }
      await sleep(250);
    }
  }
}
