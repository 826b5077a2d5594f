import { defineMessages } from "../../i18n/define";

export const teamMessages = defineMessages({ "team.title": "team" }, { "team.title": "team" });
