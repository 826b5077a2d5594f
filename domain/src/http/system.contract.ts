import { z } from "zod";
import { contract } from "./contract";

export const systemApi = {
  health: contract({
    method: "GET",
    path: "/api/health",
    access: "public",
    response: z.object({ ok: z.literal(true), database: z.enum(["sqlite", "postgres"]) }),
  }),
};
