import type { ScalePlan } from "./scale-plan";

const account = { ref: "user_account" } as const;
const employee = { ref: "employee" } as const;

/** The angka kredit tables (migration 032): an office's people carry their history and balance; the master is shared. */
export const angkaKreditPlan: Pick<ScalePlan, "employee_rank" | "ak_master" | "ak_balance"> = {
  employee_rank: {
    kind: "office",
    owner: { column: "employee_id" },
    columns: {
      id: "id",
      employee_id: employee,
      kind: "copy",
      value: "copy",
      tmt: "copy",
      decree_number: "copy",
      created_by: account,
      version: "copy",
      created_at: "copy",
      updated_at: "copy",
    },
  },
  ak_master: {
    kind: "shared",
    columns: {
      jenjang: "copy",
      coefficient_milli: "copy",
      for_pangkat_milli: "copy",
      for_jenjang_milli: "copy",
      version: "copy",
      updated_at: "copy",
    },
  },
  ak_balance: {
    kind: "office",
    owner: { column: "employee_id" },
    columns: {
      employee_id: employee,
      kind: "copy",
      start_year: "copy",
      amount_milli: "copy",
      decree_number: "copy",
      version: "copy",
      updated_at: "copy",
    },
  },
};
