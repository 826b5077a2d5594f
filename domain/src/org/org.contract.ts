import { z } from "zod";
import { accountStateSchema } from "../auth/account.policy";
import { accountSchema } from "../auth/auth.schema";
import { byIdSchema, idSchema, okSchema, pageSchema } from "../http/common";
import { contract } from "../http/contract";
import { employmentStatusSchema } from "../people/golongan";
import {
  createEmployeeSchema,
  createPlacementSchema,
  createPositionSchema,
  createUnitSchema,
  employeeSchema,
  endPlacementSchema,
  orgUnitSchema,
  placementSchema,
  positionSchema,
  ratersSchema,
  updateEmployeeSchema,
  updatePlacementSchema,
  updatePositionSchema,
  updateUnitSchema,
} from "./org.schema";

export const unitApi = {
  list: contract({ method: "GET", path: "/api/units", access: "signed_in", response: z.array(orgUnitSchema) }),
  create: contract({
    method: "POST",
    path: "/api/units",
    access: "admin",
    body: createUnitSchema,
    response: orgUnitSchema,
  }),
  update: contract({
    method: "PATCH",
    path: "/api/units/:id",
    access: "admin",
    params: byIdSchema,
    body: updateUnitSchema,
    response: orgUnitSchema,
  }),
};

export const positionHolderSchema = z.object({
  employeeId: z.string(),
  displayName: z.string(),
  kind: z.enum(["definitif", "plt", "plh"]),
});
export const positionWithHoldersSchema = positionSchema.extend({ holders: z.array(positionHolderSchema) });
export type PositionWithHolders = z.infer<typeof positionWithHoldersSchema>;

export const positionApi = {
  list: contract({
    method: "GET",
    path: "/api/positions",
    access: "admin_or_auditor",
    query: z.strictObject({ unitId: idSchema.optional() }),
    response: z.array(positionWithHoldersSchema),
  }),
  create: contract({
    method: "POST",
    path: "/api/positions",
    access: "admin",
    body: createPositionSchema,
    response: positionSchema,
  }),
  update: contract({
    method: "PATCH",
    path: "/api/positions/:id",
    access: "admin",
    params: byIdSchema,
    body: updatePositionSchema,
    response: positionSchema,
  }),
};

/** "Profil saya": served by the org module (server/src/modules/org/profile.service.ts). */
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

export const employeeListItemSchema = employeeSchema.extend({
  positionName: z.string().nullable(),
  unitName: z.string().nullable(),
  /** Null when the employee has no sign-in account. */
  accountState: accountStateSchema.nullable(),
});
export type EmployeeListItem = z.infer<typeof employeeListItemSchema>;

export const employeeDetailSchema = z.object({
  employee: employeeSchema,
  placements: z.array(placementSchema),
  raters: ratersSchema,
  account: accountSchema.nullable(),
});
export type EmployeeDetail = z.infer<typeof employeeDetailSchema>;

export const EMPLOYEE_PAGE_SIZES = [10, 20, 50, 100] as const;

export const employeeApi = {
  list: contract({
    method: "GET",
    path: "/api/employees",
    access: "admin_or_auditor",
    query: z.strictObject({
      q: z.string().trim().max(100, "Pencarian paling banyak 100 karakter").optional(),
      unitId: idSchema.optional(),
      status: employmentStatusSchema.optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
    }),
    response: pageSchema(employeeListItemSchema),
  }),
  get: contract({
    method: "GET",
    path: "/api/employees/:id",
    access: "signed_in",
    params: byIdSchema,
    query: z.strictObject({ date: z.iso.date({ message: "Tanggal harus berformat YYYY-MM-DD" }).optional() }),
    response: employeeDetailSchema,
  }),
  create: contract({
    method: "POST",
    path: "/api/employees",
    access: "admin",
    body: createEmployeeSchema,
    response: employeeSchema,
  }),
  update: contract({
    method: "PATCH",
    path: "/api/employees/:id",
    access: "admin",
    params: byIdSchema,
    body: updateEmployeeSchema,
    response: employeeSchema,
  }),
};

export const placementApi = {
  create: contract({
    method: "POST",
    path: "/api/placements",
    access: "admin",
    body: createPlacementSchema,
    response: placementSchema,
  }),
  update: contract({
    method: "PATCH",
    path: "/api/placements/:id",
    access: "admin",
    params: byIdSchema,
    body: updatePlacementSchema,
    response: placementSchema,
  }),
  end: contract({
    method: "POST",
    path: "/api/placements/:id/end",
    access: "admin",
    params: byIdSchema,
    body: endPlacementSchema,
    response: placementSchema,
  }),
  remove: contract({
    method: "DELETE",
    path: "/api/placements/:id",
    access: "admin",
    params: byIdSchema,
    query: z.strictObject({ version: z.coerce.number().int().min(1) }),
    response: okSchema,
  }),
};
