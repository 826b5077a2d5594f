import type { UnitKind } from "../org/org.schema";
import { organisationUnitKinds } from "../org/rater.rules";

/** 32 symbols, so 5 bits each; no 0/O and no 1/I, because codes are read off paper and typed. */
export const VERIFICATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** 16 symbols of 5 bits: 80 bits, too many to guess (issue 8, finding 6). Codes printed before were 8 (40 bits). */
export const VERIFICATION_CODE_LENGTH = 16;
const GROUP = 4;

/** The code as stored and looked up: upper case, without the spaces and dashes that group it on paper. */
export function normalizeVerificationCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toUpperCase();
}

/** Whether a normalised code could have been printed by SIMKIN: a current 16-symbol code or an older 6-12 one. */
export function isVerificationCode(code: string): boolean {
  return (
    /^[A-Z0-9]{6,12}$/.test(code) || new RegExp(`^[${VERIFICATION_ALPHABET}]{${VERIFICATION_CODE_LENGTH}}$`).test(code)
  );
}

/** A current code as printed, in groups of four ("ABCD-EFGH-JKLM-NPQR"); an older code as it was printed. */
export function formatVerificationCode(code: string): string {
  if (code.length !== VERIFICATION_CODE_LENGTH) {
    return code;
  }
  return (code.match(new RegExp(`.{1,${GROUP}}`, "g")) ?? [code]).join("-");
}

/** A unit on the way from a position's unit up to the root of the org chart, nearest first. */
export type UnitOnPath = { name: string; kind: UnitKind };

/**
 * The issuing office a verified document names: the organisation (kecamatan or perangkat daerah) the subject works
 * in, with the pemerintah daerah above it, e.g. "Kecamatan Plaju, Pemerintah Kota Palembang". Null without units.
 */
export function issuingOffice(path: readonly UnitOnPath[]): string | null {
  const organisation = path.find((unit) => organisationUnitKinds.includes(unit.kind));
  const government = path.find((unit) => unit.kind === "pemerintah_daerah");
  const names = [organisation?.name, government?.name].filter((name): name is string => name !== undefined);
  if (names.length === 0) {
    return path.at(-1)?.name ?? null;
  }
  return names.join(", ");
}
