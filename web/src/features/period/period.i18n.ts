import { defineMessages } from "../../i18n/define";
import { berakhlakMessages } from "./berakhlak.i18n";
import { calendarMessages } from "./calendar.i18n";
import { pkMessages } from "./pk.i18n";
import { yearsMessages } from "./years.i18n";
import { yearsReviewMessages } from "./years-review.i18n";

/** The planning screens' catalogue: years and calendar, Perjanjian Kinerja, Master Perilaku. */
export const periodMessages = defineMessages(
  {
    ...yearsMessages.id,
    ...pkMessages.id,
    ...calendarMessages.id,
    ...yearsReviewMessages.id,
    ...berakhlakMessages.id,
  },
  {
    ...yearsMessages.en,
    ...pkMessages.en,
    ...calendarMessages.en,
    ...yearsReviewMessages.en,
    ...berakhlakMessages.en,
  },
);
