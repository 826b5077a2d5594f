import { accountApi, authApi, twoFactorApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as accountService from "./account.service";
import * as links from "./account-links.service";
import * as auth from "./auth.service";
import { auditRefusals } from "./refusal-audit";
import * as secondFactor from "./second-factor.service";
import * as setup from "./setup.service";
import * as signIn from "./sign-in.service";

/** `demoAccounts` comes from the seed module (server/src/module-hooks.ts). */
export function authRoutes(app: FastifyInstance, demoAccounts: setup.DemoAccountList) {
  route(app, authApi.status, (_input, ctx) => setup.status(ctx, demoAccounts));
  route(app, authApi.setup, ({ body }, ctx, reply) => setup.setup(ctx, body, reply));
  route(app, authApi.login, ({ body }, ctx, reply) => signIn.login(ctx, body, reply));
  route(app, authApi.logout, (_input, ctx, reply) => auth.logout(ctx, reply));
  route(app, authApi.me, (_input, ctx) => auth.me(ctx));
  route(app, authApi.changePassword, ({ body }, ctx) => auth.changePassword(ctx, body));
  route(app, authApi.forgotPassword, ({ body }, ctx, reply) => links.forgotPassword(ctx, body, reply));
  route(app, authApi.resetPassword, ({ body }, ctx) => links.resetByToken(ctx, body));
  route(app, twoFactorApi.status, (_input, ctx) => secondFactor.status(ctx));
  route(app, twoFactorApi.startEnrolment, (_input, ctx) => secondFactor.startEnrolment(ctx));
  route(app, twoFactorApi.confirmEnrolment, ({ body }, ctx) => secondFactor.confirmEnrolment(ctx, body.code));
  route(app, twoFactorApi.regenerateRecoveryCodes, ({ body }, ctx) =>
    secondFactor.regenerateRecoveryCodes(ctx, body.code),
  );
  route(app, twoFactorApi.disable, ({ body }, ctx) => secondFactor.disable(ctx, body));
  route(app, twoFactorApi.signIn, ({ body }, ctx, reply) => signIn.completeSecondFactor(ctx, body, reply));
  // Account management in its own scope, so every refused attempt on an account is audited.
  app.register(async (scope) => {
    auditRefusals(scope);
    route(scope, accountApi.resetPassword, ({ params, body }, ctx) =>
      accountService.resetPassword(ctx, params.id, body.newPassword),
    );
    route(scope, accountApi.deactivate, ({ params, body }, ctx) => accountService.deactivate(ctx, params.id, body));
    route(scope, accountApi.reactivate, ({ params, body }, ctx) => accountService.reactivate(ctx, params.id, body));
    route(scope, accountApi.sendActivationLink, ({ params }, ctx) => accountService.sendActivationLink(ctx, params.id));
    route(scope, accountApi.setRoles, ({ params, body }, ctx) => accountService.setRoles(ctx, params.id, body));
    route(scope, twoFactorApi.reset, ({ params }, ctx) => secondFactor.resetByAdmin(ctx, params.id));
  });
}
