import assert from "node:assert/strict";
import { test } from "node:test";
import { berakhlakValueCodes } from "../skp/berakhlak";
import { appraisalAspects, aspectOfValue } from "./appraisal-aspects";

test("every BerAKHLAK value belongs to exactly one aspect of the appraisal", () => {
  const listed = appraisalAspects.flatMap((a) => a.values);
  assert.deepEqual([...listed].sort(), [...berakhlakValueCodes].sort());
});

test("technical ability under Kompeten and the hasil kerja, team contribution under Harmonis and Kolaboratif", () => {
  assert.equal(aspectOfValue("kompeten"), "kemampuan_teknis");
  assert.equal(aspectOfValue("harmonis"), "kontribusi_tim");
  assert.equal(aspectOfValue("kolaboratif"), "kontribusi_tim");
  for (const value of ["berorientasi_pelayanan", "akuntabel", "loyal", "adaptif"] as const) {
    assert.equal(aspectOfValue(value), "sikap_kerja");
  }
  assert.equal(appraisalAspects[0].includesHasilKerja, true);
});
