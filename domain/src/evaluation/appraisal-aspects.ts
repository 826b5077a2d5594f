import type { BerakhlakValueCode } from "../skp/berakhlak";

/**
 * The seed asks for an appraisal of technical ability, work attitude and contribution to the team. Under PermenPANRB
 * 6/2022 they are read through the hasil kerja and the BerAKHLAK values (issue 12): technical ability mainly under
 * Kompeten and the hasil kerja; work attitude under Berorientasi Pelayanan, Akuntabel, Loyal and Adaptif; team
 * contribution under Harmonis and Kolaboratif.
 */
export const appraisalAspects = [
  { code: "kemampuan_teknis", includesHasilKerja: true, values: ["kompeten"] },
  {
    code: "sikap_kerja",
    includesHasilKerja: false,
    values: ["berorientasi_pelayanan", "akuntabel", "loyal", "adaptif"],
  },
  { code: "kontribusi_tim", includesHasilKerja: false, values: ["harmonis", "kolaboratif"] },
] as const satisfies readonly { code: string; includesHasilKerja: boolean; values: readonly BerakhlakValueCode[] }[];

export type AppraisalAspectCode = (typeof appraisalAspects)[number]["code"];

export function aspectOfValue(value: BerakhlakValueCode): AppraisalAspectCode {
  const aspect = appraisalAspects.find((a) => (a.values as readonly BerakhlakValueCode[]).includes(value));
  // Every value is listed once (tested), so the fallback never runs.
  return aspect?.code ?? "sikap_kerja";
}
