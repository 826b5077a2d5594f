import {
  allowedUnder,
  type Contract,
  hasAccess,
  type Output,
  type Restriction,
  type ServerInput,
} from "@simkin/domain";
import type { FastifyInstance, FastifyReply, FastifyRequest, RequestPayload } from "fastify";
import { AppError, ForbiddenError, UnauthenticatedError } from "../errors";
import { applyIfMatch, conditionalError, tagVersion } from "./conditional";
import type { PublicContext, RequestContext } from "./context";
import { applyIdempotency, hashRequestBody, rememberResponse } from "./idempotency";

type ContextFor<C extends Contract> = C["access"] extends "public" ? PublicContext : RequestContext;
type Handler<C extends Contract> = (
  input: ServerInput<C>,
  ctx: ContextFor<C>,
  reply: FastifyReply,
) => Promise<Output<C>> | Promise<Buffer>;

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The refusal for a restricted session calling a route the restriction does not allow. */
const restrictionErrors: Record<Restriction, { code: string; message: string }> = {
  password_change: {
    code: "password_change_required",
    message: "Anda harus mengganti kata sandi terlebih dahulu sebelum dapat melanjutkan.",
  },
  second_factor_enrolment: {
    code: "second_factor_enrolment_required",
    message: "Aktifkan verifikasi dua langkah terlebih dahulu untuk memakai akun ini.",
  },
};

/**
 * Registers a shared contract as a Fastify route: Zod validates the input and serializes the output, and the
 * contract's access level is enforced before the handler runs. The access level is kept in the route config so a
 * test can prove that no route is registered without one.
 */
export function route<C extends Contract>(app: FastifyInstance, contract: C, handler: Handler<C>): void {
  app.route({
    method: contract.method,
    url: contract.path,
    config: { access: contract.access, ...(contract.stream && { stream: true as const }) },
    schema: {
      ...(contract.params && { params: contract.params }),
      ...(contract.query && { querystring: contract.query }),
      ...(contract.body && { body: contract.body }),
      response: { 200: contract.response },
    },
    // A POST may carry an Idempotency-Key: its raw body is hashed here, its response kept for retries (0037).
    ...(contract.method === "POST" && {
      preParsing: async (request: FastifyRequest, _reply: FastifyReply, payload: RequestPayload) =>
        hashRequestBody(request, payload, request.ctx.config.maxUploadBytes + 1024 * 1024),
      onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) =>
        rememberResponse(request, reply, payload),
    }),
    // Who may call comes before what they sent: an anonymous or unauthorised caller gets 401/403, not a 400.
    preValidation: async (request, reply) => {
      assertAllowed(contract, request.ctx, request.headers);
      applyIfMatch(contract, request);
      if (await applyIdempotency(request, reply)) {
        return reply;
      }
    },
    handler: async (request, reply) => {
      const ctx = request.ctx;
      // The schemas above have already validated these three; the cast only restores their static types.
      const input = { params: request.params, query: request.query, body: request.body } as ServerInput<C>;
      try {
        // ContextFor<C> is PublicContext or, once the actor check above passed, RequestContext.
        const output = await handler(input, ctx as ContextFor<C>, reply);
        tagVersion(reply, output, request.params);
        return output;
      } catch (error) {
        throw conditionalError(request, error);
      }
    },
  });
}

/**
 * Same-origin writes only; then signed in, with the session's CSRF token, not held back by a restriction of the
 * session (e.g. must change its password first), and a role the contract allows.
 */
function assertAllowed(contract: Contract, ctx: FastifyRequest["ctx"], headers: FastifyRequest["headers"]): void {
  if (unsafeMethods.has(contract.method) && !sameOrigin(headers.origin, headers.host)) {
    throw new AppError(403, "csrf_failed", "Permintaan dari situs lain ditolak");
  }
  if (contract.access === "public") {
    return;
  }
  if (!ctx.actor) {
    throw new UnauthenticatedError();
  }
  if (unsafeMethods.has(contract.method) && headers["x-csrf-token"] !== ctx.actor.csrfToken) {
    throw new AppError(403, "csrf_failed", "Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.");
  }
  const restriction = ctx.actor.restriction;
  if (restriction !== null && !allowedUnder(contract, restriction)) {
    const { code, message } = restrictionErrors[restriction];
    throw new AppError(403, code, message);
  }
  if (!hasAccess(ctx.actor.roles, contract.access)) {
    throw new ForbiddenError();
  }
}

/** A browser always sends Origin on cross-site writes; a missing Origin (curl, tests) is judged by the CSRF token. */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) {
    return true;
  }
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

declare module "fastify" {
  interface FastifyRequest {
    ctx: PublicContext;
  }
  interface FastifyContextConfig {
    access?: Contract["access"];
    /** A long-lived answer (server-sent events): the load shedding does not count it in flight. */
    stream?: true;
  }
}
