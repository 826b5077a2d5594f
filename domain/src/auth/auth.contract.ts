import { z } from "zod";
import { byIdSchema, okSchema } from "../http/common";
import { contract } from "../http/contract";
import { employeeSchema, placementSchema, ratersSchema } from "../org/org.schema";
import {
  accountSchema,
  authStatusSchema,
  changePasswordSchema,
  loginSchema,
  meSchema,
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
  logout: contract({ method: "POST", path: "/api/auth/logout", access: "signed_in", response: okSchema }),
  me: contract({ method: "GET", path: "/api/auth/me", access: "signed_in", response: meSchema }),
  changePassword: contract({
    method: "POST",
    path: "/api/auth/password",
    access: "signed_in",
    body: changePasswordSchema,
    response: meSchema,
  }),
};

export const profileSchema = z.object({
  employee: employeeSchema.nullable(),
  placements: z.array(placementSchema),
  raters: ratersSchema,
  unitPath: z.array(z.string()),
});
export type Profile = z.infer<typeof profileSchema>;

export const profileApi = {
  get: contract({ method: "GET", path: "/api/profile", access: "signed_in", response: profileSchema }),
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
  setRoles: contract({
    method: "PUT",
    path: "/api/accounts/:id/roles",
    access: "super_admin",
    params: byIdSchema,
    body: setRolesSchema,
    response: accountSchema,
  }),
};
