import { DUE_SOON_WORKING_DAYS, KEBERATAN_DAYS, REPORT_WAITING_LONG_DAYS } from "@simkin/domain";
import type { MessageKey } from "../../i18n/catalog";

/** The main screens that carry a help text (screen-help.i18n.ts has three keys for each). */
export const helpTopics = [
  "home",
  "mySkp",
  "skp",
  "myReports",
  "report",
  "teamSkp",
  "teamReports",
  "compliance",
  "dialogues",
  "mph",
  "notifications",
  "profile",
  "security",
  "units",
  "positions",
  "employees",
  "employee",
  "import",
  "years",
  "pk",
  "berakhlak",
  "skpReview",
  "audit",
  "evaluationTeam",
  "myEvaluations",
  "evaluation",
  "capaian",
  "kurva",
  "keberatan",
  "evaluationDocuments",
  "penetapan",
  "angkaKredit",
  "akList",
] as const;
export type HelpTopic = (typeof helpTopics)[number];

/** What the screen is for, which rule it follows, what happens next. */
export const helpParts = ["what", "rule", "next"] as const;
export type HelpPart = (typeof helpParts)[number];

/** The compiler checks that every topic has its three texts in the catalogue. */
export const helpKey = (topic: HelpTopic, part: HelpPart): MessageKey => `help.${topic}.${part}`;

/** The numbers the texts quote come from the domain's rules, never typed into a sentence. */
export const helpVars = {
  days: REPORT_WAITING_LONG_DAYS,
  workingDays: DUE_SOON_WORKING_DAYS,
  keberatanDays: KEBERATAN_DAYS,
};
