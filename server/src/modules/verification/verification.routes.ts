import { verificationApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import { type DocumentReaders, verify } from "./verification.service";

/** The public page behind a printed QR code; `readers` come from the modules that print the documents. */
export function verificationRoutes(app: FastifyInstance, readers: DocumentReaders) {
  route(app, verificationApi.get, ({ params }, ctx) => verify(ctx, params.code, readers));
}
