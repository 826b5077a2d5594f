import { defineMessages } from "../../i18n/define";

export const auditMessages = defineMessages({ "audit.title": "audit" }, { "audit.title": "audit" });
