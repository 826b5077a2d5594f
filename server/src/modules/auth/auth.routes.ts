import { accountApi, authApi, twoFactorApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as accountService from "./account.service";
import * as auth from "./auth.service";
import * as secondFactor from "./second-factor.service";
import * as setup from "./setup.service";
import * as signIn from "./sign-in.service";

export function authRoutes(app: FastifyInstance) {
  route(app, authApi.status, (_input, ctx) => setup.status(ctx));
  route(app, authApi.setup, ({ body }, ctx, reply) => setup.setup(ctx, body, reply));
  route(app, authApi.login, ({ body }, ctx, reply) => signIn.login(ctx, body, reply));
  route(app, authApi.logout, (_input, ctx, reply) => auth.logout(ctx, reply));
  route(app, authApi.me, (_input, ctx) => auth.me(ctx));
  route(app, authApi.changePassword, ({ body }, ctx) => auth.changePassword(ctx, body));
  route(app, accountApi.resetPassword, ({ params, body }, ctx) =>
    accountService.resetPassword(ctx, params.id, body.newPassword),
  );
  route(app, accountApi.setRoles, ({ params, body }, ctx) => accountService.setRoles(ctx, params.id, body));
  route(app, twoFactorApi.status, (_input, ctx) => secondFactor.status(ctx));
  route(app, twoFactorApi.startEnrolment, (_input, ctx) => secondFactor.startEnrolment(ctx));
  route(app, twoFactorApi.confirmEnrolment, ({ body }, ctx) => secondFactor.confirmEnrolment(ctx, body.code));
  route(app, twoFactorApi.regenerateRecoveryCodes, ({ body }, ctx) =>
    secondFactor.regenerateRecoveryCodes(ctx, body.code),
  );
  route(app, twoFactorApi.disable, ({ body }, ctx) => secondFactor.disable(ctx, body));
  route(app, twoFactorApi.signIn, ({ body }, ctx, reply) => signIn.completeSecondFactor(ctx, body, reply));
  route(app, twoFactorApi.reset, ({ params }, ctx) => secondFactor.resetByAdmin(ctx, params.id));
}
