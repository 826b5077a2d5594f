import { byIdSchema, okSchema } from "../http/common";
import { contract } from "../http/contract";
import {
  accountSchema,
  authStatusSchema,
  changePasswordSchema,
  deactivateAccountSchema,
  forgotPasswordSchema,
  loginSchema,
  meSchema,
  reactivateAccountSchema,
  resetByTokenSchema,
  resetPasswordSchema,
  setRolesSchema,
  setupSchema,
} from "./auth.schema";
import { loginResultSchema } from "./two-factor.schema";

export const authApi = {
  status: contract({ method: "GET", path: "/api/auth/status", access: "public", response: authStatusSchema }),
  setup: contract({ method: "POST", path: "/api/auth/setup", access: "public", body: setupSchema, response: meSchema }),
  login: contract({
    method: "POST",
    path: "/api/auth/login",
    access: "public",
    body: loginSchema,
    response: loginResultSchema,
  }),
  logout: contract({
    method: "POST",
    path: "/api/auth/logout",
    access: "signed_in",
    allowedWhile: ["password_change", "second_factor_enrolment"],
    response: okSchema,
  }),
  me: contract({
    method: "GET",
    path: "/api/auth/me",
    access: "signed_in",
    allowedWhile: ["password_change", "second_factor_enrolment"],
    response: meSchema,
  }),
  changePassword: contract({
    method: "POST",
    path: "/api/auth/password",
    access: "signed_in",
    allowedWhile: ["password_change", "second_factor_enrolment"],
    body: changePasswordSchema,
    response: meSchema,
  }),
  /** "Lupa kata sandi": answers 202 alike for every identifier; e-mails a one-time link when the account has one. */
  forgotPassword: contract({
    method: "POST",
    path: "/api/auth/forgot-password",
    access: "public",
    body: forgotPasswordSchema,
    response: okSchema,
  }),
  /** Sets a new password from an e-mailed link (reset or first activation). */
  resetPassword: contract({
    method: "POST",
    path: "/api/auth/reset-password",
    access: "public",
    body: resetByTokenSchema,
    response: okSchema,
  }),
};

export const accountApi = {
  resetPassword: contract({
    method: "POST",
    path: "/api/accounts/:id/password",
    access: "admin",
    params: byIdSchema,
    body: resetPasswordSchema,
    response: accountSchema,
  }),
  deactivate: contract({
    method: "POST",
    path: "/api/accounts/:id/deactivate",
    access: "admin",
    params: byIdSchema,
    body: deactivateAccountSchema,
    response: accountSchema,
  }),
  reactivate: contract({
    method: "POST",
    path: "/api/accounts/:id/reactivate",
    access: "admin",
    params: byIdSchema,
    body: reactivateAccountSchema,
    response: accountSchema,
  }),
  /** E-mails the owner of a not-yet-activated account a link to choose their own password. */
  sendActivationLink: contract({
    method: "POST",
    path: "/api/accounts/:id/activation-link",
    access: "admin",
    params: byIdSchema,
    response: accountSchema,
  }),
  setRoles: contract({
    method: "PUT",
    path: "/api/accounts/:id/roles",
    access: "super_admin",
    params: byIdSchema,
    body: setRolesSchema,
    response: accountSchema,
  }),
};
