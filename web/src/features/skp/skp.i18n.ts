import { defineMessages } from "../../i18n/define";

export const skpMessages = defineMessages({ "skp.title": "skp" }, { "skp.title": "skp" });
