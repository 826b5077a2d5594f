import { defineMessages } from "../../i18n/define";
import { complianceMessages } from "./compliance.i18n";
import { dialogueMessages } from "./dialogue.i18n";
import { sessionMessages } from "./session.i18n";

/** The catalogue of the compliance, dialogue and coaching screens, kept in three parts to stay readable. */
export const coachingMessages = defineMessages(
  { ...complianceMessages.id, ...dialogueMessages.id, ...sessionMessages.id },
  { ...complianceMessages.en, ...dialogueMessages.en, ...sessionMessages.en },
);
