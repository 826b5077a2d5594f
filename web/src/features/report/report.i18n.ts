import { defineMessages } from "../../i18n/define";

export const reportMessages = defineMessages({ "report.title": "report" }, { "report.title": "report" });
