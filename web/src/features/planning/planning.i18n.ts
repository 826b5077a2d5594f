import { defineMessages } from "../../i18n/define";

export const planningMessages = defineMessages({ "planning.title": "planning" }, { "planning.title": "planning" });
