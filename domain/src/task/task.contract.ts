import { z } from "zod";
import { contract } from "../http/contract";
import { taskSchema } from "./task.schema";

export const taskApi = {
  /** Everything the signed-in person has to do next, most urgent first (orderTasks), from every task provider. */
  list: contract({
    method: "GET",
    path: "/api/tasks",
    access: "signed_in",
    response: z.object({ items: z.array(taskSchema), counts: z.record(z.string(), z.number().int()) }),
  }),
  /**
   * "Kirim pengingat": tells the official who blocks the caller's SKP of the year (skp_blocked) that staff wait on
   * them; once a day at most (409 `reminder_already_sent`), 409 `skp_not_blocked` when nothing blocks it.
   */
  remindBlocker: contract({
    method: "POST",
    path: "/api/tasks/skp-reminders",
    access: "signed_in",
    body: z.strictObject({ year: z.number({ message: "Tahun wajib diisi" }).int().min(2020).max(2100) }),
    response: z.object({ sentTo: z.string() }),
  }),
};
