import type { Me } from "@simkin/domain";
import { canAudit, canReadMasterData, isAdmin } from "../../lib/session";

/** The five personas a Panduan is written for (PRODUCT.md, "The people who use it"). */
export const personas = ["pegawai", "atasan", "pimpinan", "pengelola", "admin"] as const;
export type Persona = (typeof personas)[number];

/**
 * Which personas a signed-in person is, from the same roles and org-chart capabilities the navigation reads, the most
 * specific first: the head of office before the rater (the Camat rates too), the rater before the pengelola kinerja
 * (a Kasubbag who is also pengelola approves SKPs first), and the plain pegawai last.
 */
export function personasOf(me: Me): Persona[] {
  const held: Record<Persona, boolean> = {
    pimpinan: me.capabilities.isPimpinan,
    atasan: me.capabilities.isRater || me.capabilities.isAtasanRater,
    pengelola: me.user.roles.includes("pengelola_kinerja"),
    admin: me.user.roles.includes("super_admin") || me.user.roles.includes("auditor"),
    pegawai: me.employee !== null,
  };
  return (["pimpinan", "atasan", "pengelola", "admin", "pegawai"] as const).filter((p) => held[p]);
}

/** The Panduan tab a person opens on: their most specific persona, or the pegawai's for an account with none. */
export function primaryPersona(me: Me): Persona {
  return personasOf(me)[0] ?? "pegawai";
}

/** The screens a Panduan step links to. */
export const guideScreens = [
  "/",
  "/profile",
  "/security",
  "/notifications",
  "/skp",
  "/reports",
  "/team/dialogues",
  "/team/skp",
  "/team/mph",
  "/team/reports",
  "/team/compliance",
  "/evaluations",
  "/team/evaluations",
  "/evaluation/capaian",
  "/evaluation/kurva",
  "/keberatan",
  "/admin/skp-review",
  "/admin/years",
  "/admin/pk",
  "/admin/berakhlak",
  "/admin/units",
  "/admin/employees",
  "/admin/import",
  "/audit",
] as const;
export type GuideScreen = (typeof guideScreens)[number];

const employee = (me: Me) => me.employee !== null;
const rater = (me: Me) => me.capabilities.isRater;

/** Who may open each screen: the navigation's rules (app/layout.tsx) and the routes' guards, screen by screen. */
const screenAccess: Record<GuideScreen, (me: Me) => boolean> = {
  "/": () => true,
  "/profile": employee,
  "/security": () => true,
  "/notifications": () => true,
  "/skp": employee,
  "/reports": employee,
  "/team/dialogues": (me) => employee(me) || rater(me),
  "/team/skp": rater,
  "/team/mph": rater,
  "/team/reports": rater,
  "/team/compliance": (me) => rater(me) || me.capabilities.isPimpinan || canReadMasterData(me),
  "/evaluations": employee,
  "/team/evaluations": rater,
  "/evaluation/capaian": (me) => me.capabilities.isPimpinan || canReadMasterData(me),
  "/evaluation/kurva": (me) => rater(me) || me.capabilities.isPimpinan || canReadMasterData(me),
  "/keberatan": (me) => rater(me) || isAdmin(me) || canAudit(me),
  "/admin/skp-review": isAdmin,
  "/admin/years": canReadMasterData,
  "/admin/pk": (me) => canReadMasterData(me) || me.capabilities.isPimpinan || rater(me),
  "/admin/berakhlak": canReadMasterData,
  "/admin/units": canReadMasterData,
  "/admin/employees": canReadMasterData,
  "/admin/import": isAdmin,
  "/audit": canAudit,
};

/** Whether the person may open a screen, so a step shows its link only to someone it will not refuse. */
export function canOpen(me: Me, link: string): boolean {
  const path = link.split("?")[0] ?? link;
  return isGuideScreen(path) && screenAccess[path](me);
}

function isGuideScreen(path: string): path is GuideScreen {
  // Widening the tuple to strings only to search it; the guard then narrows the one found.
  return (guideScreens as readonly string[]).includes(path);
}
