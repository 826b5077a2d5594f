import { defineMessages } from "../../i18n/define";
import { dialogueMessages } from "./dialogue.i18n";
import { sessionMessages } from "./session.i18n";

/** The catalogue of the dialogue and coaching screens, kept in two parts to stay readable. */
export const coachingMessages = defineMessages(
  { ...dialogueMessages.id, ...sessionMessages.id },
  { ...dialogueMessages.en, ...sessionMessages.en },
);
