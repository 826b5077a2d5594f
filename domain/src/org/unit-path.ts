import type { UnitKind } from "./org.schema";
import type { UnitNode } from "./organisation.rules";

/** A unit of the tree (organisation.rules.ts) with what a printed form shows of it. */
export type NamedUnit = Pick<UnitNode, "id" | "parentId" | "kind"> & {
  name: string;
  headerName: string | null;
  signingPlace: string | null;
};

/**
 * Where the printed path ends: the kecamatan or perangkat daerah. A kelurahan is an organisation too (decision 0017),
 * but its forms name the kecamatan it lies in ("Kelurahan Bagus Kuning, Kecamatan Plaju").
 */
const pathEndKinds: ReadonlySet<UnitKind> = new Set(["kecamatan", "perangkat_daerah"]);

/** The unit and its ancestors, nearest first; stops at a loop or a missing parent instead of running forever. */
function chainOf(units: ReadonlyMap<string, NamedUnit>, unitId: string): NamedUnit[] {
  const chain: NamedUnit[] = [];
  const seen = new Set<string>();
  let id: string | null = unitId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const unit = units.get(id);
    if (!unit) {
      break;
    }
    chain.push(unit);
    id = unit.parentId;
  }
  return chain;
}

/**
 * The UNIT KERJA line of the SKP identity block (REGULATIONS.md §6.1, §7.1): the unit with the units above it up to
 * its organisation, e.g. "Seksi Pelayanan Umum, Kecamatan Plaju" or "Subbagian Umum dan Kepegawaian, Sekretariat
 * Kecamatan, Kecamatan Plaju". The pemerintah daerah is left out (it heads the form as the instansi), and so is an
 * ancestor already named in the line ("Seksi Pemerintahan Kelurahan Bagus Kuning" needs no "Kelurahan Bagus Kuning").
 */
export function unitPath(units: ReadonlyMap<string, NamedUnit>, unitId: string): string {
  const chain = chainOf(units, unitId);
  const [own, ...above] = chain;
  if (!own) {
    return "";
  }
  const names = [own.name];
  if (!pathEndKinds.has(own.kind)) {
    for (const unit of above) {
      if (unit.kind === "pemerintah_daerah") {
        break;
      }
      if (!names.some((name) => name.toLowerCase().includes(unit.name.toLowerCase()))) {
        names.push(unit.name);
      }
      if (pathEndKinds.has(unit.kind)) {
        break;
      }
    }
  }
  return names.join(", ");
}

export type IssuingGovernment = { header: string; place: string };

/**
 * The instansi printed under a form's title and the tempat of its signature line, from the unit tree: the nearest
 * pemerintah daerah above the unit (else the root of its tree). Its `headerName` wins when the official header is not
 * the unit's name; the place is its `signingPlace`, else the name without "Pemerintah Kota/Kabupaten/Provinsi"
 * ("Pemerintah Kota Palembang" -> "PEMERINTAH KOTA PALEMBANG", "Palembang").
 */
export function issuingGovernment(units: ReadonlyMap<string, NamedUnit>, unitId: string): IssuingGovernment {
  const chain = chainOf(units, unitId);
  const root = chain.find((u) => u.kind === "pemerintah_daerah") ?? chain[chain.length - 1];
  if (!root) {
    return { header: "", place: "" };
  }
  const header = (root.headerName?.trim() || root.name).toUpperCase();
  const place = root.signingPlace?.trim() || placeFromName(root.name);
  return { header, place };
}

/** "Pemerintah Kota Palembang" -> "Palembang"; "Pemerintah Kabupaten Ogan Ilir" -> "Ogan Ilir". */
export function placeFromName(name: string): string {
  const stripped = name
    .trim()
    .replace(/^pemerintah\s+/i, "")
    .replace(/^(kota|kabupaten|provinsi)\s+/i, "")
    .trim();
  return stripped || name.trim();
}
