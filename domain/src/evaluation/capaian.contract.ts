import { z } from "zod";
import { contract } from "../http/contract";
import {
  capaianInputSchema,
  capaianListQuerySchema,
  capaianListSchema,
  orgCapaianSchema,
  unitPeriodQuerySchema,
} from "./capaian.schema";

/** Capaian kinerja organisasi per unit and period (issue 12; SE MenPANRB 3/2023, REGULATIONS.md §2.4 step 1). */
export const capaianApi = {
  /** The units the caller decides, records or sees, for one period (the last finished one when none is asked). */
  list: contract({
    method: "GET",
    path: "/api/capaian",
    access: "signed_in",
    query: capaianListQuerySchema,
    response: capaianListSchema,
  }),
  /** The head one level up sets (or changes, until the unit's distribution is finalised) a unit's capaian. */
  set: contract({
    method: "PUT",
    path: "/api/capaian",
    access: "signed_in",
    body: capaianInputSchema,
    response: orgCapaianSchema,
  }),
  /** Multipart: the fields of externalCapaianInputSchema (version empty for the first time), then `file`, the scan. */
  record: contract({
    method: "POST",
    path: "/api/capaian/external",
    access: "admin",
    response: orgCapaianSchema,
  }),
  /** The scan of the official letter a decision was recorded from, as an attachment. */
  scan: contract({
    method: "GET",
    path: "/api/capaian/scan",
    access: "signed_in",
    query: unitPeriodQuerySchema,
    response: z.unknown(),
  }),
};
