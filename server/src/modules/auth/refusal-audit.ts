import { RuleViolation } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../errors";
import * as audit from "../audit/audit.repo";

/**
 * Records every refused call of a signed-in user on the routes of `scope` (403, 404, 409, 422, 429: rank, state,
 * role change, unknown account...) as `account.refused`, with who, which route, the code and the address. It runs
 * after the failed transaction has rolled back, so the record stays. 400 and 401 are not attempts on an account.
 */
export function auditRefusals(scope: FastifyInstance): void {
  scope.addHook("onError", async (request, _reply, error) => {
    const status = error instanceof RuleViolation ? 422 : error instanceof AppError ? error.status : null;
    const ctx = request.ctx;
    if (status === null || status < 403 || !ctx?.actor) {
      return;
    }
    const params = request.params as Record<string, unknown> | undefined; // raw: refusals may come before validation
    try {
      await audit.record(ctx.db, ctx.actor.userId, ctx.now, {
        action: "account.refused",
        subjectType: "user_account",
        subjectId: String(params?.id ?? "").slice(0, 100) || "unknown",
        after: { route: `${request.method} ${request.routeOptions.url}`, code: error.code, status },
        ip: ctx.ip,
      });
    } catch (failure) {
      request.log.error({ err: failure }, "refused account action could not be audited");
    }
  });
}
