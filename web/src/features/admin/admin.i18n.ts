import { defineMessages } from "../../i18n/define";

export const adminMessages = defineMessages({ "admin.title": "admin" }, { "admin.title": "admin" });
