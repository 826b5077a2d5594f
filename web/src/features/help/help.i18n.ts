import { defineMessages } from "../../i18n/define";
import { guideEn, guideId } from "./guide.i18n";
import { screenHelpEn, screenHelpId } from "./screen-help.i18n";

/** Help where people are (issue 11): each screen's help and the Panduan, one catalogue part. */
export const helpMessages = defineMessages({ ...screenHelpId, ...guideId }, { ...screenHelpEn, ...guideEn });
