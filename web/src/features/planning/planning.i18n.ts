import { defineMessages } from "../../i18n/define";
import { calendarMessages } from "./calendar.i18n";
import { pkMessages } from "./pk.i18n";
import { yearsMessages } from "./years.i18n";

/** The planning screens' catalogue: years and calendar, Perjanjian Kinerja, Master Perilaku. */
export const planningMessages = defineMessages(
  { ...yearsMessages.id, ...pkMessages.id, ...calendarMessages.id },
  { ...yearsMessages.en, ...pkMessages.en, ...calendarMessages.en },
);
