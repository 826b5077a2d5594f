import { z } from "zod";
import { byIdSchema, idSchema, okSchema, text, versionSchema } from "../http/common";
import { contract } from "../http/contract";
import {
  evaluationPeriodSchema,
  holidayInputSchema,
  holidaySchema,
  openYearSchema,
  performanceYearSchema,
  updateHolidaySchema,
  updateYearSchema,
} from "./period.schema";

export const yearWithPeriodsSchema = performanceYearSchema.extend({ periods: z.array(evaluationPeriodSchema) });
export type YearWithPeriods = z.infer<typeof yearWithPeriodsSchema>;

export const yearApi = {
  list: contract({ method: "GET", path: "/api/years", access: "signed_in", response: z.array(yearWithPeriodsSchema) }),
  open: contract({
    method: "POST",
    path: "/api/years",
    access: "admin",
    body: openYearSchema,
    response: yearWithPeriodsSchema,
  }),
  update: contract({
    method: "PATCH",
    path: "/api/years/:id",
    access: "admin",
    params: byIdSchema,
    body: updateYearSchema,
    response: yearWithPeriodsSchema,
  }),
};

/** A Perjanjian Kinerja target of a unit for a year: the sasaran its head's own RHK come from. */
export const pkTargetSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  unitId: z.string(),
  unitName: z.string(),
  sasaran: z.string(),
  indicator: z.string(),
  target: z.string(),
  unit: z.string(),
  version: z.number().int(),
});
export type PkTarget = z.infer<typeof pkTargetSchema>;

const pkTargetFields = {
  sasaran: text("Sasaran", 500),
  indicator: text("Indikator", 500),
  target: text("Target", 50),
  unit: text("Satuan", 50),
};
export const createPkTargetSchema = z.strictObject({
  year: z.number().int().min(2020).max(2100),
  unitId: idSchema,
  ...pkTargetFields,
});
export const updatePkTargetSchema = z.strictObject({ ...pkTargetFields, version: versionSchema });

export const pkTargetApi = {
  list: contract({
    method: "GET",
    path: "/api/pk-targets",
    access: "signed_in",
    query: z.strictObject({ year: z.coerce.number().int(), unitId: idSchema.optional() }),
    response: z.array(pkTargetSchema),
  }),
  create: contract({
    method: "POST",
    path: "/api/pk-targets",
    access: "signed_in",
    body: createPkTargetSchema,
    response: pkTargetSchema,
  }),
  update: contract({
    method: "PATCH",
    path: "/api/pk-targets/:id",
    access: "signed_in",
    params: byIdSchema,
    body: updatePkTargetSchema,
    response: pkTargetSchema,
  }),
  remove: contract({
    method: "DELETE",
    path: "/api/pk-targets/:id",
    access: "signed_in",
    params: byIdSchema,
    query: z.strictObject({ version: z.coerce.number().int().min(1) }),
    response: okSchema,
  }),
};

/** The holiday calendar (issue 9 rule 19): everyone may read it; the pengelola kinerja keeps it. */
export const holidayApi = {
  list: contract({
    method: "GET",
    path: "/api/holidays",
    access: "signed_in",
    query: z.strictObject({ year: z.coerce.number().int().min(2020).max(2100) }),
    response: z.array(holidaySchema),
  }),
  create: contract({
    method: "POST",
    path: "/api/holidays",
    access: "admin",
    body: holidayInputSchema,
    response: holidaySchema,
  }),
  update: contract({
    method: "PATCH",
    path: "/api/holidays/:id",
    access: "admin",
    params: byIdSchema,
    body: updateHolidaySchema,
    response: holidaySchema,
  }),
  remove: contract({
    method: "DELETE",
    path: "/api/holidays/:id",
    access: "admin",
    params: byIdSchema,
    query: z.strictObject({ version: z.coerce.number().int().min(1) }),
    response: okSchema,
  }),
};
