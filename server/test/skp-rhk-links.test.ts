import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { newId } from "../src/db/ids";
import type { Office } from "./given";
import { approvedSkp, completeContent, openYear, reviewedByPengelola } from "./given-skp";
import { oneLine, pdfText } from "./pdf-text";
import { createTestApp, json, type TestApp } from "./test-app";

// Issue 9 rules 6-8 over HTTP: the RHK atasan outside SIMKIN, the PK target links, the JPT penugasan marker.
const SEKDA_RHK = "Meningkatnya kualitas pelayanan publik perangkat daerah kewilayahan";
const external = { text: SEKDA_RHK, reference: "SKP Camat 2026, Nomor 800/26/KEC" };

/** The PDF's text on one line; with SKP_PDF_DIR set the PDF is kept there for a look. */
const linksText = (pdf: Buffer, name: string) => oneLine(pdfText(pdf, name, "SKP_PDF_DIR"));

describe("SKP RHK links (issue 9 rules 6-8)", () => {
  let t: TestApp;
  let office: Office;
  let pkId: string;
  let foreignPkId: string;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-01-15T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
    const other = await t.given.unit({ kind: "kecamatan", name: "Kecamatan Lain" });
    pkId = await pkTarget(office.kecamatan.id, "Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat");
    foreignPkId = await pkTarget(other.id, "Sasaran kecamatan lain", "Indikator lain");
  });
  afterEach(() => t.close());

  async function pkTarget(unitId: string, sasaran: string, indicator: string) {
    const id = newId();
    const at = "2026-01-05T00:00:00.000Z";
    await t.db
      .insertInto("pk_target")
      .values({
        id,
        year: 2026,
        unit_id: unitId,
        sasaran,
        indicator,
        target: "85",
        unit: "indeks",
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return id;
  }

  /** The Kasi's draft: his rater, the Camat, has no SKP in SIMKIN. */
  const kasiDraft = async () => {
    const kasi = await t.as(office.kasi);
    const res = await kasi.post("/api/skps", { year: 2026 });
    assert.equal(res.statusCode, 200, res.body);
    return { kasi, skp: json(res) };
  };
  const content = (version: number, rhk: Record<string, unknown>, model = "ja_jf") => {
    const body = completeContent(null, version);
    return { ...body, model, rhk: body.rhk.map((r) => ({ ...r, ...rhk })) };
  };
  const approve = async (skpId: string, version: number) => {
    const reviewed = await reviewedByPengelola(t, skpId, version);
    const res = await (await t.as(office.camat)).post(`/api/skps/${skpId}/approve`, { version: reviewed });
    assert.equal(res.statusCode, 200, res.body);
    return json(res);
  };

  it("lets the employee of a rater without an SKP in SIMKIN submit external RHK atasan that the rater sees marked", async () => {
    const { kasi, skp } = await kasiDraft();
    assert.equal(skp.raterHasApprovedSkp, false);
    assert.deepEqual(
      skp.pkOptions.map((o: { id: string }) => o.id),
      [pkId],
      "only the PK targets of his own organisation for the year",
    );
    const saved = await kasi.put(
      `/api/skps/${skp.id}/content`,
      content(skp.version, { externalParent: external, pkTargetIds: [pkId] }),
    );
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(json(saved).problems, []);
    assert.deepEqual(json(saved).rhk[0].externalParent, external);
    assert.equal(json(saved).rhk[0].parentRhkId, null);
    assert.deepEqual(
      json(saved).rhk[0].pkTargets.map((p: { id: string; indicator: string }) => [p.id, p.indicator]),
      [[pkId, "Indeks kepuasan masyarakat"]],
    );
    const submitted = await kasi.post(`/api/skps/${skp.id}/submit`, { version: json(saved).version });
    assert.equal(submitted.statusCode, 200, submitted.body);

    const seen = json(await (await t.as(office.camat)).get(`/api/skps/${skp.id}`));
    assert.deepEqual(seen.rhk[0].externalParent, external, "the rater sees the RHK atasan typed from outside SIMKIN");
    const approved = await approve(skp.id, json(submitted).version);
    assert.equal(approved.status, "disetujui");

    const pdf = await kasi.get(`/api/skps/${skp.id}/pdf`);
    assert.equal(pdf.statusCode, 200);
    const text = linksText(pdf.rawPayload, "skp-external-pk");
    assert.ok(text.includes(SEKDA_RHK), "the external RHK is printed as the intervened RHK");
    assert.ok(text.includes("(SKP Camat 2026, Nomor 800/26/KEC)"));
    assert.ok(
      text.includes(
        "Perjanjian Kinerja: - Meningkatnya kualitas pelayanan publik - Indeks kepuasan masyarakat: 85 indeks",
      ),
      text,
    );
  });

  it("refuses external RHK atasan once the rater's SKP is in SIMKIN, but keeps the ones an approved revision carries", async () => {
    const { kasi, skp } = await kasiDraft();
    const saved = json(
      await kasi.put(`/api/skps/${skp.id}/content`, content(skp.version, { externalParent: external })),
    );
    const submitted = json(await kasi.post(`/api/skps/${skp.id}/submit`, { version: saved.version }));
    const approvedKasi = await approve(skp.id, submitted.version);
    const camat = await approvedSkp(t.db, {
      employeeId: office.camat.id,
      positionId: office.positions.camat.id,
      year: 2026,
      rhk: ["Meningkatnya kualitas pelayanan publik kecamatan"],
    });

    const revision = json(await kasi.post(`/api/skps/${skp.id}/revise`, { version: approvedKasi.version }));
    assert.equal(revision.raterHasApprovedSkp, true);
    assert.deepEqual(revision.carriedExternalParents, [external]);
    assert.deepEqual(revision.rhk[0].externalParent, external, "the revision keeps the external RHK atasan");
    assert.deepEqual(revision.problems, []);

    const other = { text: "RHK lain dari SKP Camat di luar SIMKIN", reference: null };
    const refused = await kasi.put(
      `/api/skps/${revision.id}/content`,
      content(revision.version, { externalParent: other }),
    );
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(json(refused).code, "rhk_external_not_allowed");

    const kept = await kasi.put(
      `/api/skps/${revision.id}/content`,
      content(revision.version, { externalParent: external }),
    );
    assert.equal(kept.statusCode, 200, kept.body);
    const switched = await kasi.put(
      `/api/skps/${revision.id}/content`,
      content(json(kept).version, { parentRhkId: camat.rhkIds[0] }),
    );
    assert.equal(switched.statusCode, 200, switched.body);
    assert.equal(json(switched).rhk[0].externalParent, null);
    assert.equal(json(switched).rhk[0].parentRhkText, "Meningkatnya kualitas pelayanan publik kecamatan");

    const fresh = json(await (await t.as(office.staff)).post("/api/skps", { year: 2026 }));
    const staffRefused = await (await t.as(office.staff)).put(
      `/api/skps/${fresh.id}/content`,
      content(fresh.version, { externalParent: external }),
    );
    assert.equal(staffRefused.statusCode, 422, "the staff's rater, the Kasi, has an approved SKP in SIMKIN");
    assert.equal(json(staffRefused).code, "rhk_external_not_allowed");
  });

  it("asks each RHK for its RHK atasan from outside SIMKIN before submitting, while the rater has no SKP in it", async () => {
    const { kasi, skp } = await kasiDraft();
    const saved = json(await kasi.put(`/api/skps/${skp.id}/content`, content(skp.version, {})));
    assert.deepEqual(
      saved.problems.map((p: { code: string }) => p.code),
      ["rhk_external_parent_required"],
    );
    const submitted = await kasi.post(`/api/skps/${skp.id}/submit`, { version: saved.version });
    assert.equal(submitted.statusCode, 422);
    assert.equal(json(submitted).code, "skp_invalid");
  });

  it("refuses PK targets of another organisation or of no organisation", async () => {
    const { kasi, skp } = await kasiDraft();
    for (const id of [foreignPkId, crypto.randomUUID()]) {
      const res = await kasi.put(`/api/skps/${skp.id}/content`, content(skp.version, { pkTargetIds: [id] }));
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(json(res).code, "rhk_pk_target_invalid");
    }
  });

  it("prints a JPT RHK assigned by the Wali Kota with its marker, and refuses the marker on a JA/JF SKP", async () => {
    const { kasi, skp } = await kasiDraft();
    const jaJf = await kasi.put(`/api/skps/${skp.id}/content`, content(skp.version, { assignedBy: "Wali Kota" }));
    assert.equal(jaJf.statusCode, 422, jaJf.body);
    assert.equal(json(jaJf).code, "rhk_assignment_jpt_only");
    const jpt = content(
      skp.version,
      { assignedBy: "Wali Kota", perspektif: "penerima_layanan", pkTargetIds: [pkId] },
      "jpt",
    );
    const jptBody = { ...jpt, rhk: jpt.rhk.map((r) => ({ ...r, ikis: r.ikis.map((i) => ({ ...i, aspek: null })) })) };
    const saved = await kasi.put(`/api/skps/${skp.id}/content`, jptBody);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(json(saved).rhk[0].assignedBy, "Wali Kota");
    assert.deepEqual(json(saved).problems, []);
    const text = linksText((await kasi.get(`/api/skps/${skp.id}/pdf`)).rawPayload, "skp-jpt-penugasan");
    assert.ok(text.includes("Terlayaninya permohonan PATEN sesuai standar pelayanan (penugasan dari Wali Kota)"), text);
  });

  it("answers 400 for an RHK atasan from SIMKIN and from outside at once, a PK target twice, an empty external text", async () => {
    const { kasi, skp } = await kasiDraft();
    const bodies = [
      content(skp.version, { parentRhkId: crypto.randomUUID(), externalParent: external }),
      content(skp.version, { pkTargetIds: [pkId, pkId] }),
      content(skp.version, { externalParent: { text: "  ", reference: null } }),
      content(skp.version, { externalParent: { text: "RHK", reference: null, extra: 1 } }),
    ];
    for (const body of bodies) {
      const res = await kasi.put(`/api/skps/${skp.id}/content`, body);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(json(res).code, "invalid_input");
    }
  });

  it("answers 401 without a session, 403 to the rater, 404 to anyone else and 409 on a stale version", async () => {
    const { kasi, skp } = await kasiDraft();
    const body = content(skp.version, { externalParent: external });
    assert.equal((await t.anonymous().put(`/api/skps/${skp.id}/content`, body)).statusCode, 401);
    assert.equal((await (await t.as(office.camat)).put(`/api/skps/${skp.id}/content`, body)).statusCode, 403);
    assert.equal((await (await t.as(office.staff)).put(`/api/skps/${skp.id}/content`, body)).statusCode, 404);
    assert.equal((await kasi.put(`/api/skps/${crypto.randomUUID()}/content`, body)).statusCode, 404);
    assert.equal((await kasi.put(`/api/skps/${skp.id}/content`, body)).statusCode, 200);
    const stale = await kasi.put(`/api/skps/${skp.id}/content`, body);
    assert.equal(stale.statusCode, 409);
    assert.equal(json(stale).code, "stale_version");
  });

  it("keeps a PK target an RHK carries from being deleted", async () => {
    const { kasi, skp } = await kasiDraft();
    await kasi.put(`/api/skps/${skp.id}/content`, content(skp.version, { pkTargetIds: [pkId] }));
    const admin = await t.as(await t.given.admin());
    const refused = await admin.delete(`/api/pk-targets/${pkId}?version=1`);
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(json(refused).code, "pk_target_linked");
    assert.equal((await admin.delete(`/api/pk-targets/${foreignPkId}?version=1`)).statusCode, 200);
  });
});
