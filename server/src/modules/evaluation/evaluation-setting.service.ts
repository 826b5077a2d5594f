import type { EvaluationSetting, SaveEvaluationSetting } from "@simkin/domain";
import { NotFoundError, StaleVersionError } from "../../errors";
import type { RequestContext } from "../../http/context";
import * as audit from "../audit/audit.repo";
import * as settings from "./evaluation-setting.repo";

/** Anyone signed in reads a year's settings: the screens and the other evaluation parts apply them. */
export function getSetting(ctx: RequestContext, year: number): Promise<EvaluationSetting> {
  return settings.settingsForYear(ctx.db, year);
}

/** The pengelola kinerja saves a year's settings (version 0 the first time), audited; only for an opened year. */
export async function saveSetting(ctx: RequestContext, input: SaveEvaluationSetting): Promise<EvaluationSetting> {
  const { year, version, ...values } = input;
  return ctx.db.transaction().execute(async (trx) => {
    const opened = await trx.selectFrom("performance_year").select("id").where("year", "=", year).executeTakeFirst();
    if (!opened) {
      throw new NotFoundError("tahun kinerja");
    }
    const before = await settings.settingsForYear(trx, year);
    if (before.version !== version) {
      throw new StaleVersionError("pengaturan evaluasi");
    }
    const at = ctx.now.toISOString();
    if (before.isDefault) {
      await settings.insert(trx, year, values, at);
    } else if (!(await settings.update(trx, year, values, version, at))) {
      throw new StaleVersionError("pengaturan evaluasi");
    }
    const after = await settings.settingsForYear(trx, year);
    await audit.record(trx, ctx.actor.userId, ctx.now, {
      action: "evaluation_setting.saved",
      subjectType: "evaluation_setting",
      subjectId: String(year),
      before,
      after,
    });
    return after;
  });
}
