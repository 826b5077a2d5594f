import { byIdSchema, okSchema } from "../http/common";
import { type Contract, contract } from "../http/contract";
import { authApi } from "./auth.contract";
import { accountSchema, meSchema } from "./auth.schema";
import {
  confirmEnrolmentSchema,
  disableSecondFactorSchema,
  enrolmentSchema,
  recoveryCodesSchema,
  regenerateRecoveryCodesSchema,
  secondFactorSignInSchema,
  secondFactorStatusSchema,
} from "./two-factor.schema";

export const twoFactorApi = {
  status: contract({
    method: "GET",
    path: "/api/auth/second-factor",
    access: "signed_in",
    response: secondFactorStatusSchema,
  }),
  startEnrolment: contract({
    method: "POST",
    path: "/api/auth/second-factor/enrolment",
    access: "signed_in",
    response: enrolmentSchema,
  }),
  confirmEnrolment: contract({
    method: "POST",
    path: "/api/auth/second-factor/enrolment/confirm",
    access: "signed_in",
    body: confirmEnrolmentSchema,
    response: recoveryCodesSchema,
  }),
  regenerateRecoveryCodes: contract({
    method: "POST",
    path: "/api/auth/second-factor/recovery-codes",
    access: "signed_in",
    body: regenerateRecoveryCodesSchema,
    response: recoveryCodesSchema,
  }),
  disable: contract({
    method: "POST",
    path: "/api/auth/second-factor/disable",
    access: "signed_in",
    body: disableSecondFactorSchema,
    response: okSchema,
  }),
  /** The second sign-in step; the challenge travels in an httpOnly cookie set by the password step. */
  signIn: contract({
    method: "POST",
    path: "/api/auth/login/second-factor",
    access: "public",
    body: secondFactorSignInSchema,
    response: meSchema,
  }),
  /** A super admin clears another account's factor (lost phone); the owner is told and signs in again. */
  reset: contract({
    method: "DELETE",
    path: "/api/accounts/:id/second-factor",
    access: "super_admin",
    params: byIdSchema,
    response: accountSchema,
  }),
};

/**
 * What a session restricted to second-factor enrolment may still call (production super admin or pengelola kinerja
 * without a factor). The password change stays open so this restriction never deadlocks with "must change password".
 */
export const allowedDuringEnrolment: readonly Contract[] = [
  authApi.me,
  authApi.logout,
  authApi.changePassword,
  twoFactorApi.status,
  twoFactorApi.startEnrolment,
  twoFactorApi.confirmEnrolment,
];
