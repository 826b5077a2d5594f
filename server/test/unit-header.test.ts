import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { assertError, assertInvalid } from "./assertions";
import { oneLine, pdfText } from "./pdf-text";
import { officeWithRaterSkp } from "./skp-flow";
import { createTestApp, json, type TestApp } from "./test-app";

const docText = (pdf: Buffer) => oneLine(pdfText(pdf, "doc"));

/** Issue 9 rule 15: the instansi on the forms comes from the root unit's data, not from the code. */
describe("the official header of a pemerintah daerah", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("is set, kept when a client leaves it out, cleared with an empty text, and printed on the SKP", async () => {
    const { office } = await officeWithRaterSkp(t);
    const pengelola = await t.as(await t.given.admin());
    const unit = {
      parentId: null,
      code: "PEMKAB",
      name: "Pemerintah Kabupaten Ogan Ilir",
      kind: "pemerintah_daerah",
      headerName: "Pemerintah Kabupaten Ogan Ilir Provinsi Sumatera Selatan",
      signingPlace: "Indralaya",
    };
    const created = json(await pengelola.post("/api/units", unit));
    assert.equal(created.headerName, unit.headerName);
    assert.equal(created.signingPlace, "Indralaya");
    await t.db.updateTable("org_unit").set({ parent_id: created.id }).where("id", "=", office.kecamatan.id).execute();

    const staff = await t.as(office.staff);
    const draft = json(await staff.post("/api/skps", { year: 2026 }));
    const text = docText((await staff.get(`/api/skps/${draft.id}/pdf`)).rawPayload);
    assert.ok(text.includes("PEMERINTAH KABUPATEN OGAN ILIR PROVINSI SUMATERA SELATAN"), "the header set on the unit");
    assert.ok(text.includes("Indralaya, 16 Maret 2026"), "the signing place set on the unit");
    assert.ok(!text.includes("PALEMBANG"), "nothing of Palembang is hard-coded");

    const { headerName: _h, signingPlace: _s, ...plain } = unit;
    const renamed = json(
      await pengelola.patch(`/api/units/${created.id}`, {
        ...plain,
        name: "Pemkab Ogan Ilir",
        version: created.version,
      }),
    );
    assert.equal(renamed.headerName, unit.headerName, "left out, the header is kept");
    const cleared = json(
      await pengelola.patch(`/api/units/${created.id}`, {
        ...plain,
        name: "Pemkab Ogan Ilir",
        headerName: "",
        signingPlace: null,
        version: renamed.version,
      }),
    );
    assert.deepEqual([cleared.headerName, cleared.signingPlace], [null, null]);
    const plainText = docText((await staff.get(`/api/skps/${draft.id}/pdf`)).rawPayload);
    assert.ok(plainText.includes("PEMKAB OGAN ILIR"), "without a header the unit's name is printed");
    assert.ok(plainText.includes("Pemkab Ogan Ilir, 16 Maret 2026"), "and the place is read from the name");
  });

  it("refuses a header too long and a pegawai", async () => {
    const pengelola = await t.as(await t.given.admin());
    const body = { parentId: null, code: "PEMKOT", name: "Pemerintah Kota", kind: "pemerintah_daerah" };
    assertInvalid(await pengelola.post("/api/units", { ...body, headerName: "x".repeat(201) }), { headerName: /200/ });
    const staff = await t.as(await t.given.user());
    assertError(await staff.post("/api/units", { ...body, headerName: "Pemerintah Kota Palembang" }), 403, "forbidden");
  });
});
