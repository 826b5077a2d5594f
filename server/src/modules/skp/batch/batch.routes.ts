import { skpBatchApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../../http/route";
import { batchProgress, downloadBatch, startBatch } from "./batch.service";
import { BatchRegistry } from "./batch-registry";

/** The batch ZIP routes; the registry lives as long as the app and deletes its ZIPs when the app closes. */
export function skpBatchRoutes(app: FastifyInstance) {
  const registry = new BatchRegistry();
  app.addHook("onClose", () => registry.close());
  route(app, skpBatchApi.start, ({ body }, ctx) => startBatch(ctx, registry, body));
  route(app, skpBatchApi.get, ({ params }, ctx) => batchProgress(ctx, registry, params.id));
  route(app, skpBatchApi.download, ({ params }, ctx, reply) => downloadBatch(ctx, registry, params.id, reply));
}
