import { createReadStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { MAX_BATCH_DOCUMENTS, type SkpBatch } from "@simkin/domain";
import type { FastifyReply } from "fastify";
import { newId } from "../../../db/ids";
import { AppError, ConflictError, NotFoundError } from "../../../errors";
import type { RequestContext } from "../../../http/context";
import { record } from "../../audit/audit.repo";
import { findUnit, skpIdsUnder } from "./batch.repo";
import type { BatchJob, BatchRegistry } from "./batch-registry";
import { runBatch } from "./batch-runner";

/**
 * Starts printing the SKPs of a unit and its sub-units for a year into one ZIP (decision 0040). The oversight roles
 * see every unit, so an unknown unit is the only one refused, as not found. One running batch per account.
 */
export async function startBatch(
  ctx: RequestContext,
  registry: BatchRegistry,
  input: { unitId: string; year: number },
): Promise<SkpBatch> {
  const unit = await findUnit(ctx.db, input.unitId);
  if (!unit) {
    throw new NotFoundError("unit");
  }
  if (registry.runningFor(ctx.actor.userId)) {
    throw new ConflictError("batch_running", "Unduhan SKP Anda sebelumnya masih disiapkan. Tunggu sampai selesai.");
  }
  const skpIds = await skpIdsUnder(ctx.db, unit.id, input.year);
  if (skpIds.length === 0) {
    throw new AppError(422, "batch_empty", `Tidak ada SKP tahun ${input.year} di ${unit.name} dan unit di bawahnya.`);
  }
  if (skpIds.length > MAX_BATCH_DOCUMENTS) {
    throw new AppError(
      422,
      "batch_too_large",
      `${unit.name} memiliki ${skpIds.length} SKP; satu ZIP paling banyak ${MAX_BATCH_DOCUMENTS}. Pilih unit di bawahnya.`,
      { total: skpIds.length, limit: MAX_BATCH_DOCUMENTS },
    );
  }
  const dir = path.join(ctx.config.filesDir, "batches");
  await mkdir(dir, { recursive: true });
  await registry.removeOrphans(dir, ctx.now);
  const id = newId(ctx.now.getTime());
  const job: BatchJob = {
    id,
    accountId: ctx.actor.userId,
    unitId: unit.id,
    unitName: unit.name,
    year: input.year,
    status: "running",
    done: 0,
    total: skpIds.length,
    startedAt: ctx.now.toISOString(),
    file: path.join(dir, `${id}.zip`),
    finishedAt: null,
    running: null,
  };
  await registry.add(job, ctx.now);
  // Printing many people's documents at once is worth a trace, though nothing in the database changes.
  await record(ctx.db, ctx.actor.userId, ctx.now, {
    action: "skp.batch_start",
    subjectType: "org_unit",
    subjectId: unit.id,
    after: { year: input.year, documents: skpIds.length },
  });
  job.running = runBatch(ctx, registry, job, skpIds);
  return registry.view(job);
}

/** The caller's own batch; anyone else's is answered like an id that never existed. */
async function ownJob(ctx: RequestContext, registry: BatchRegistry, id: string): Promise<BatchJob> {
  const job = await registry.find(id, ctx.actor.userId, ctx.now);
  if (!job) {
    throw new NotFoundError("unduhan SKP");
  }
  return job;
}

export async function batchProgress(ctx: RequestContext, registry: BatchRegistry, id: string): Promise<SkpBatch> {
  return registry.view(await ownJob(ctx, registry, id));
}

const notReady = {
  running: "ZIP belum selesai disiapkan. Tunggu sampai progres mencapai 100%.",
  failed: "Penyiapan ZIP gagal. Mulai unduhan lagi.",
  expired: "ZIP sudah dihapus karena melewati batas waktu penyimpanan. Mulai unduhan lagi.",
} as const;

/** Streams the finished ZIP as an attachment named after the unit and year. */
export async function downloadBatch(ctx: RequestContext, registry: BatchRegistry, id: string, reply: FastifyReply) {
  const job = await ownJob(ctx, registry, id);
  if (job.status !== "done") {
    throw new ConflictError("batch_not_ready", notReady[job.status]);
  }
  const name = `SKP-${job.year}-${job.unitName.replace(/[^A-Za-z0-9]+/g, "-")}.zip`;
  reply.header("content-type", "application/zip");
  reply.header("content-disposition", `attachment; filename="${name}"`);
  return createReadStream(job.file);
}
