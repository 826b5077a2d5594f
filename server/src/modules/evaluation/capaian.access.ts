import { isCapaianUnitKind, RuleViolation, readsAllRecords, type UnitKind, wibDate } from "@simkin/domain";
import { AppError, NotFoundError } from "../../errors";
import type { RequestContext } from "../../http/context";
import { authorityOf, type CapaianRole, rolesOf, type UnitAuthority } from "./capaian.authority";

export type UnitAccess = { authority: UnitAuthority; roles: CapaianRole[] };

/**
 * The unit as the caller may see it for the period: access first (a unit the caller has no part in answers exactly
 * like a random id), then the kind (a seksi follows its kecamatan: 422 capaian_unit_kind).
 */
export async function unitAccess(
  ctx: RequestContext,
  unitId: string,
  year: number,
  periodCode: string,
): Promise<UnitAccess> {
  const resolved = await authorityOf(ctx.db, unitId, wibDate(ctx.now));
  if (!resolved) {
    throw new NotFoundError("unit");
  }
  const { authority, requestedKind } = resolved;
  if (!authority) {
    return refuseOther(ctx, requestedKind);
  }
  const roles = await rolesOf(ctx, authority, year, periodCode);
  if (roles.length === 0) {
    throw new NotFoundError("unit");
  }
  if (!isCapaianUnitKind(requestedKind)) {
    throw kindRefused(requestedKind);
  }
  return { authority, roles };
}

/** A unit outside any kecamatan or kelurahan: an overseer learns why, anybody else that there is no such unit. */
function refuseOther(ctx: RequestContext, kind: UnitKind): never {
  if (readsAllRecords(ctx.actor.roles)) {
    throw kindRefused(kind);
  }
  throw new NotFoundError("unit");
}

function kindRefused(kind: UnitKind) {
  return new RuleViolation(
    "capaian_unit_kind",
    "Capaian kinerja organisasi dan kurva distribusi hanya untuk kecamatan dan kelurahan; sekretariat, subbagian dan seksi mengikuti kecamatan",
    { kind },
    "unitId",
  );
}

const refusalMessages = {
  capaian_not_setter:
    "Capaian kinerja organisasi ditetapkan oleh pimpinan satu tingkat di atas (Camat untuk kelurahan, Sekretaris Daerah untuk kecamatan)",
  capaian_no_setter: "Belum ada pimpinan satu tingkat di atas yang memakai SIMKIN untuk menetapkan capaian unit ini",
  capaian_decided_in_simkin:
    "Pimpinan satu tingkat di atas memakai SIMKIN dan menetapkan capaian ini sendiri; pengelola tidak mencatatnya dari surat",
  capaian_not_external: "Capaian unit ini ditetapkan oleh Camat di SIMKIN, tidak dicatat dari surat",
} as const;

/** A refusal of capaianRefusal as a 403 with its code. */
export function capaianForbidden(code: keyof typeof refusalMessages): AppError {
  return new AppError(403, code, refusalMessages[code]);
}
