import { nudgeOutbox } from "../notification/scheduler";
import type { EmployeeAccounts } from "../org/employee.service";
import { provisionAccount } from "./account-links.service";
import * as accounts from "./auth.repo";

/** The org module's employee screens and creation, on the accounts this module owns. */
export const employeeAccounts: EmployeeAccounts = {
  provision: provisionAccount,
  async find(ctx, employeeId) {
    const account = await accounts.findByEmployee(ctx.db, employeeId);
    return account ? accounts.toAccount(ctx.db, account, ctx.actor) : null;
  },
  flush: nudgeOutbox,
};
