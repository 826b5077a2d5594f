/** The units of the Plaju demo office, for the organisation tests; the seats are those of rater.fixture.ts. */

import type { UnitNode, UnitTree } from "./organisation.rules";
import type { Changes } from "./rater.fixture";
import { kecamatanSeksi, kelurahan, kelurahanSeksi, plaju } from "./rater.fixture";
import type { OrgChart } from "./rater.rules";

export function plajuUnitTree(): UnitTree {
  const units: UnitNode[] = [
    { id: "pemkot", parentId: null, kind: "pemerintah_daerah", headPositionId: "walikota" },
    { id: "setda", parentId: "pemkot", kind: "perangkat_daerah", headPositionId: "sekda" },
    { id: "kec", parentId: "pemkot", kind: "kecamatan", headPositionId: "camat" },
    { id: "sek", parentId: "kec", kind: "sekretariat", headPositionId: "sekcam" },
    { id: "subuk", parentId: "sek", kind: "subbagian", headPositionId: "kasubbag-umum" },
    { id: "subpk", parentId: "sek", kind: "subbagian", headPositionId: "kasubbag-pk" },
  ];
  for (const [code] of kecamatanSeksi) {
    units.push({ id: `seksi-${code}`, parentId: "kec", kind: "seksi", headPositionId: `kasi-${code}` });
  }
  for (const [code] of kelurahan) {
    units.push({ id: `kel-${code}`, parentId: "kec", kind: "kelurahan", headPositionId: `lurah-${code}` });
    units.push({
      id: `kel-${code}-sek`,
      parentId: `kel-${code}`,
      kind: "sekretariat",
      headPositionId: `seklur-${code}`,
    });
    for (const [seksi] of kelurahanSeksi) {
      const id = `kel-${code}-${seksi}`;
      units.push({ id, parentId: `kel-${code}`, kind: "seksi", headPositionId: `kasi-${seksi}-${code}` });
    }
  }
  return new Map(units.map((u) => [u.id, u]));
}

/** The unit of each seat of rater.fixture.ts, read from its id. */
export function unitOfSeat(seatId: string): string {
  const fixed: Record<string, string> = {
    walikota: "pemkot",
    sekda: "setda",
    camat: "kec",
    sekcam: "sek",
    "kasubbag-umum": "subuk",
    "staf-umum": "subuk",
    prakom: "subuk",
    arsiparis: "subuk",
    "kasubbag-pk": "subpk",
    "staf-pk": "subpk",
    polpp: "seksi-trantib",
    "analis-kebijakan": "seksi-pem",
    "pem-2": "seksi-pem",
    "pju-pem-2": "kel-pju-pem",
  };
  const known = fixed[seatId];
  if (known) {
    return known;
  }
  const [role, a, b] = seatId.split("-");
  if (role === "lurah") {
    return `kel-${a}`;
  }
  if (role === "seklur") {
    return `kel-${a}-sek`;
  }
  return b ? `kel-${b}-${a}` : `seksi-${a}`;
}

/** The Plaju chart with every position in its unit. */
export function plajuInUnits(changes: Changes = {}): OrgChart {
  const chart = plaju(changes);
  const positions = new Map([...chart.positions].map(([id, p]) => [id, { ...p, unitId: unitOfSeat(id) }]));
  return { positions, placements: chart.placements };
}
