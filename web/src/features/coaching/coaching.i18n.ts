import { defineMessages } from "../../i18n/define";

export const coachingMessages = defineMessages({ "coaching.title": "coaching" }, { "coaching.title": "coaching" });
