import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import { type CapaianWorld, capaianWorld, evaluateStaff } from "./given-capaian";
import { type FormPart, multipart } from "./multipart";
import { createTestApp, json, type TestApp } from "./test-app";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const NOW = "2026-04-10T03:00:00.000Z";

describe("capaian kinerja organisasi", () => {
  let t: TestApp;
  let w: CapaianWorld;
  beforeEach(async () => {
    t = await createTestApp({ now: NOW });
    w = await capaianWorld(t);
  });
  afterEach(() => t.close());

  const body = (over: Record<string, unknown> = {}) => ({
    unitId: w.kelurahan.id,
    year: 2026,
    periodCode: "TW1",
    capaian: "baik",
    reason: "Target PK triwulan I tercapai",
    version: null,
    ...over,
  });

  it("lets the Camat set a kelurahan's capaian, audited, telling the Lurah", async () => {
    const camat = await t.as(w.camat);
    const res = await camat.put("/api/capaian", body());
    assert.equal(res.statusCode, 200, res.body);
    const saved = json(res);
    assert.equal(saved.capaian, "baik");
    assert.equal(saved.source, "internal");
    assert.equal(saved.version, 1);
    assert.match(saved.setByName, /Pegawai/);
    const events = await t.db.selectFrom("audit_event").selectAll().where("subject_id", "=", saved.id).execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ["capaian.set"],
    );
    const notices = await t.db
      .selectFrom("notification")
      .select(["user_id", "title"])
      .where("kind", "=", "capaian_set")
      .execute();
    assert.deepEqual(
      notices.map((n) => n.user_id),
      [w.lurah.userId],
    );
    const changed = await camat.put("/api/capaian", body({ capaian: "istimewa", version: 1 }));
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(json(changed).version, 2);
  });

  it("lists the Camat's kecamatan and kelurahan for the last finished period, with what he may do", async () => {
    const res = await (await t.as(w.camat)).get("/api/capaian");
    assert.equal(res.statusCode, 200, res.body);
    const list = json(res);
    assert.equal(list.periodCode, "TW1");
    assert.deepEqual(
      list.periods.map((p: { code: string }) => p.code),
      ["TW1", "TW2", "TW3", "TW4"],
    );
    const byName = new Map(list.units.items.map((u: { unitName: string }) => [u.unitName, u]));
    const kel = byName.get("Kelurahan Uji") as { canSet: boolean; roles: string[]; setterMode: string };
    const kec = byName.get("Kecamatan Uji") as { canSet: boolean; roles: string[]; setterMode: string };
    assert.deepEqual([kel.canSet, kel.roles, kel.setterMode], [true, ["setter"], "internal"]);
    assert.deepEqual([kec.canSet, kec.roles, kec.setterMode], [false, ["head"], "external"]);
  });

  it("lists for the pengelola the kecamatan to record from the letter, and for the auditor everything to read", async () => {
    const pengelola = json(await (await t.as(w.pengelola)).get("/api/capaian?year=2026&periodCode=TW1"));
    const kec = pengelola.units.items.find((u: { unitId: string }) => u.unitId === w.kecamatan.id);
    assert.deepEqual([kec.canRecord, kec.canSet, kec.roles], [true, false, ["recorder", "overseer"]]);
    const auditor = json(await (await t.as(w.auditor)).get("/api/capaian?year=2026&periodCode=TW1"));
    const names = auditor.units.items.map((u: { unitName: string }) => u.unitName);
    assert.ok(names.includes("Kecamatan Uji") && names.includes("Kelurahan Uji"), names.join());
    assert.ok(auditor.units.items.every((u: { canSet: boolean; canRecord: boolean }) => !u.canSet && !u.canRecord));
    const outsider = json(await (await t.as(w.outsider)).get("/api/capaian?year=2026&periodCode=TW1"));
    assert.deepEqual(outsider.units.items, []);
  });

  it("refuses without a session (401) and with a bad enum (400)", async () => {
    assert.equal((await t.anonymous().put("/api/capaian", body())).statusCode, 401);
    const bad = await (await t.as(w.camat)).put("/api/capaian", body({ capaian: "luar_biasa" }));
    assert.equal(bad.statusCode, 400);
    assert.equal(json(bad).code, "invalid_input");
  });

  it("answers a unit the caller has no part in exactly like a random id", async () => {
    const outsider = await t.as(w.outsider);
    const real = await outsider.put("/api/capaian", body());
    const random = await outsider.put("/api/capaian", body({ unitId: randomUUID() }));
    assert.equal(real.statusCode, 404);
    assert.deepEqual(json(real), json(random));
  });

  it("refuses the Lurah his own kelurahan and the Camat his own kecamatan (not the head one level up)", async () => {
    const lurah = await (await t.as(w.lurah)).put("/api/capaian", body());
    assert.equal(lurah.statusCode, 403);
    assert.equal(json(lurah).code, "capaian_not_setter");
    const camat = await (await t.as(w.camat)).put("/api/capaian", body({ unitId: w.kecamatan.id }));
    assert.equal(camat.statusCode, 403);
    assert.equal(json(camat).code, "capaian_not_setter");
    const pengelola = await (await t.as(w.pengelola)).put("/api/capaian", body());
    assert.equal(json(pengelola).code, "capaian_not_setter");
    assert.equal(await t.db.selectFrom("org_capaian").select("id").executeTakeFirst(), undefined);
  });

  it("refuses a seksi: it follows its kecamatan or kelurahan", async () => {
    const res = await (await t.as(w.camat)).put("/api/capaian", body({ unitId: w.kelSeksi.id }));
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "capaian_unit_kind");
  });

  it("refuses an unknown period or year", async () => {
    const camat = await t.as(w.camat);
    assert.equal(json(await camat.put("/api/capaian", body({ periodCode: "S1" }))).code, "period_unknown");
    assert.equal(json(await camat.put("/api/capaian", body({ year: 2024 }))).code, "year_not_open");
  });

  it("refuses a stale version (409) and keeps the first decision", async () => {
    const camat = await t.as(w.camat);
    assert.equal((await camat.put("/api/capaian", body())).statusCode, 200);
    const again = await camat.put("/api/capaian", body({ capaian: "kurang" }));
    assert.equal(again.statusCode, 409);
    assert.equal(json(again).code, "stale_version");
    assert.equal(json(await camat.put("/api/capaian", body({ version: 5 }))).code, "stale_version");
    const row = await t.db.selectFrom("org_capaian").select("capaian").executeTakeFirstOrThrow();
    assert.equal(row.capaian, "baik");
  });

  it("refuses a change once the unit's distribution is finalised", async () => {
    const camat = await t.as(w.camat);
    assert.equal((await camat.put("/api/capaian", body({ capaian: "istimewa" }))).statusCode, 200);
    await evaluateStaff(t, w, ["sangat_baik", "baik", "baik"]);
    const fin = await (await t.as(w.lurah)).post("/api/kurva/finalise", {
      unitId: w.kelurahan.id,
      year: 2026,
      periodCode: "TW1",
    });
    assert.equal(fin.statusCode, 200, fin.body);
    const res = await camat.put("/api/capaian", body({ capaian: "kurang", version: 1 }));
    assert.equal(res.statusCode, 422);
    assert.equal(json(res).code, "distribution_finalised");
  });

  describe("the kecamatan's, decided by the Sekda outside SIMKIN", () => {
    const form = (over: Record<string, string> = {}, file = true): ReturnType<typeof multipart> => {
      const fields = {
        unitId: w.kecamatan.id,
        year: "2026",
        periodCode: "TW1",
        capaian: "baik",
        reason: "Keputusan Sekda atas capaian Kecamatan",
        version: "",
        letterNumber: "800/123/SETDA/2026",
        letterDate: "2026-04-08",
        ...over,
      };
      const parts: FormPart[] = Object.entries(fields).map(([name, value]) => ({ name, value }));
      if (file) {
        parts.push({ name: "file", filename: "keputusan.pdf", contentType: "application/pdf", content: PDF });
      }
      return multipart(parts);
    };
    const record = async (user: { userId: string }, upload: ReturnType<typeof multipart>) =>
      (await t.as(user)).post("/api/capaian/external", upload.payload, { headers: upload.headers });

    it("is recorded by the pengelola from the letter, with its scan, and the Camat may download the scan", async () => {
      const res = await record(w.pengelola, form());
      assert.equal(res.statusCode, 200, res.body);
      const saved = json(res);
      assert.deepEqual(
        [saved.source, saved.letterNumber, saved.letterDate, saved.setByName, saved.scan.mimeType],
        ["external", "800/123/SETDA/2026", "2026-04-08", null, "application/pdf"],
      );
      const query = `unitId=${w.kecamatan.id}&year=2026&periodCode=TW1`;
      const scan = await (await t.as(w.camat)).get(`/api/capaian/scan?${query}`);
      assert.equal(scan.statusCode, 200);
      assert.equal(scan.headers["content-type"], "application/pdf");
      assert.equal((await (await t.as(w.outsider)).get(`/api/capaian/scan?${query}`)).statusCode, 404);
      const notices = await t.db
        .selectFrom("notification")
        .select("user_id")
        .where("kind", "=", "capaian_set")
        .execute();
      assert.ok(
        notices.some((n) => n.user_id === w.camat.userId),
        "the Camat is told",
      );
    });

    it("needs the letter: its number (400) and its scan (422)", async () => {
      const noNumber = await record(w.pengelola, form({ letterNumber: "" }));
      assert.equal(noNumber.statusCode, 400);
      assert.ok(json(noNumber).fields.letterNumber);
      const noScan = await record(w.pengelola, form({}, false));
      assert.equal(noScan.statusCode, 422);
      assert.equal(json(noScan).code, "letter_scan_required");
      assert.equal(await t.db.selectFrom("org_capaian").select("id").executeTakeFirst(), undefined);
    });

    it("is recorded only by a pengelola (403 for others) and never for a kelurahan", async () => {
      const camat = await record(w.camat, form());
      assert.equal(camat.statusCode, 403);
      const kel = await record(w.pengelola, form({ unitId: w.kelurahan.id }));
      assert.equal(kel.statusCode, 403);
      assert.equal(json(kel).code, "capaian_decided_in_simkin");
    });
  });

  describe("the kecamatan's, when the Sekda uses SIMKIN", () => {
    beforeEach(async () => {
      await t.close();
      t = await createTestApp({ now: NOW });
      w = await capaianWorld(t, { sekdaAccount: true });
    });

    it("is set by the Sekda, and the pengelola may not record it from a letter", async () => {
      const upload = multipart([
        { name: "unitId", value: w.kecamatan.id },
        { name: "year", value: "2026" },
        { name: "periodCode", value: "TW1" },
        { name: "capaian", value: "baik" },
        { name: "reason", value: "Dari surat" },
        { name: "letterNumber", value: "800/1" },
        { name: "letterDate", value: "2026-04-08" },
        { name: "file", filename: "k.pdf", contentType: "application/pdf", content: PDF },
      ]);
      const refused = await (await t.as(w.pengelola)).post("/api/capaian/external", upload.payload, {
        headers: upload.headers,
      });
      assert.equal(refused.statusCode, 403);
      assert.equal(json(refused).code, "capaian_decided_in_simkin");
      const userId = w.sekda.userId;
      assert.ok(userId);
      const res = await (await t.as({ userId })).put("/api/capaian", body({ unitId: w.kecamatan.id }));
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(json(res).source, "internal");
    });
  });
});
