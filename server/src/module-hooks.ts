import { employeeAccounts } from "./modules/auth/employee-accounts";
import { readable as readableCoaching } from "./modules/coaching/coaching.service";
import { readableEvaluation } from "./modules/evaluation/evaluation.access";
import { readablePenetapanOfCapaian } from "./modules/evaluation/evaluation-document";
import { readableReport } from "./modules/report/report.access";
import { demoAccountsIfSeeded } from "./modules/seed/demo-accounts";
import { readableMatrix } from "./modules/skp/mph-document";
import { readableSkp } from "./modules/skp/skp.access";
import type { DocumentReaders } from "./modules/verification/verification.service";

/**
 * The functions a module needs from one that imports it, handed over here by app.ts so that no two feature folders
 * import each other (docs/decisions/0045, `npm run check:cycles`). Each type is declared by the module that needs it.
 */
export const moduleHooks = {
  /** auth's sign-in page lists the seed's demo personas. */
  demoAccounts: demoAccountsIfSeeded,
  /** org creates and shows employees with the accounts auth owns. */
  employeeAccounts,
  /** verification tells a signed-in visitor whether they may see a printed document. */
  documentReaders: {
    skp: (ctx, id) => readableSkp(ctx, ctx.db, id),
    report: (ctx, id) => readableReport(ctx, ctx.db, id),
    coaching_b18: (ctx, id) => readableCoaching(ctx, ctx.db, id),
    coaching_b19: (ctx, id) => readableCoaching(ctx, ctx.db, id),
    mph: (ctx, id) => readableMatrix(ctx, id),
    evaluation_ekp: (ctx, id) => readableEvaluation(ctx, ctx.db, id),
    evaluation_dokumen: (ctx, id) => readableEvaluation(ctx, ctx.db, id),
    penetapan: (ctx, id) => readablePenetapanOfCapaian(ctx, id),
  } satisfies DocumentReaders,
};
