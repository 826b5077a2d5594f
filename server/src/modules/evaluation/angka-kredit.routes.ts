import { angkaKreditApi, evaluationSettingApi, rankHistoryApi } from "@simkin/domain";
import type { FastifyInstance } from "fastify";
import { route } from "../../http/route";
import * as ak from "./angka-kredit.service";
import * as settings from "./evaluation-setting.service";
import * as ranks from "./rank-history.service";

/** Angka kredit, the pangkat/jenjang history and the year's evaluation settings (issue 12). */
export function angkaKreditRoutes(app: FastifyInstance) {
  route(app, angkaKreditApi.master, (_input, ctx) => ak.listMaster(ctx));
  route(app, angkaKreditApi.saveMaster, ({ body }, ctx) => ak.saveMaster(ctx, body));
  route(app, angkaKreditApi.list, ({ query }, ctx) => ak.listAngkaKredit(ctx, query));
  route(app, angkaKreditApi.ofEmployee, ({ params }, ctx) => ak.employeeAngkaKredit(ctx, params.id));
  route(app, angkaKreditApi.setDasar, ({ params, body }, ctx) => ak.setDasar(ctx, params.id, body));
  route(app, rankHistoryApi.list, ({ params }, ctx) => ranks.listRanks(ctx, params.id));
  route(app, rankHistoryApi.add, ({ params, body }, ctx) => ranks.addRank(ctx, params.id, body));
  route(app, rankHistoryApi.remove, ({ params, query }, ctx) => ranks.removeRank(ctx, params.id, query.version));
  route(app, evaluationSettingApi.get, ({ query }, ctx) => settings.getSetting(ctx, query.year));
  route(app, evaluationSettingApi.save, ({ body }, ctx) => settings.saveSetting(ctx, body));
}
