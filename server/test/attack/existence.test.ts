import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import type { Office } from "../given";
import { openYear, reportingStaff } from "../given-skp";
import { multipart } from "../multipart";
import { type Client, createTestApp, json, type TestApp } from "../test-app";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** What a prober compares: the status and the whole body. */
const answer = (res: LightMyRequestResponse) => ({ status: res.statusCode, body: res.body });

describe("attack: existence oracle (issue 8, finding 12)", () => {
  let t: TestApp;
  let office: Office;
  beforeEach(async () => {
    t = await createTestApp({ now: "2026-03-16T03:00:00.000Z" });
    office = await t.given.office();
    await openYear(t.db, 2026);
  });
  afterEach(() => t.close());

  const pkTarget = async () => {
    const res = await (await t.as(office.camat)).post("/api/pk-targets", {
      year: 2026,
      unitId: office.kecamatan.id,
      sasaran: "Meningkatnya kualitas pelayanan publik",
      indicator: "Indeks Kepuasan Masyarakat",
      target: "85",
      unit: "indeks",
    });
    assert.equal(res.statusCode, 200, res.body);
    return json(res).id as string;
  };
  const pkFields = { sasaran: "Diubah", indicator: "Indeks", target: "99", unit: "indeks", version: 1 };

  it("gives an employee who manages no Perjanjian Kinerja the same answer for a real and a random target", async () => {
    const real = await pkTarget();
    const staff = await t.as(office.staff);
    const random = randomUUID();
    const patch = [
      answer(await staff.patch(`/api/pk-targets/${real}`, pkFields)),
      answer(await staff.patch(`/api/pk-targets/${random}`, pkFields)),
    ];
    assert.deepEqual(patch[0], patch[1]);
    assert.equal(patch[0]?.status, 403);
    const remove = [
      answer(await staff.delete(`/api/pk-targets/${real}?version=1`)),
      answer(await staff.delete(`/api/pk-targets/${random}?version=1`)),
    ];
    assert.deepEqual(remove[0], remove[1]);
    const row = await t.db
      .selectFrom("pk_target")
      .select(["target", "version"])
      .where("id", "=", real)
      .executeTakeFirst();
    assert.deepEqual(row, { target: "85", version: 1 }, "nothing written");
  });

  it("refuses the head of another unit with a 403 and its code: every target is listed to him anyway", async () => {
    const real = await pkTarget();
    const res = await (await t.as(office.kasi)).patch(`/api/pk-targets/${real}`, pkFields);
    assert.equal(res.statusCode, 403);
    assert.equal(json(res).code, "forbidden");
  });

  it("refuses the subject a forbidden action on a record they may see with a 403 and its code", async () => {
    const { skpId } = await reportingStaff(t.db, office);
    const staff = await t.as(office.staff);
    const version = json(await staff.get(`/api/skps/${skpId}`)).version;
    const res = await staff.post(`/api/skps/${skpId}/return`, { reason: "Perbaiki target", version });
    assert.equal(res.statusCode, 403);
    assert.equal(json(res).code, "forbidden");
  });

  it("answers an outsider exactly as for a random id on every record loaded by id", async () => {
    const { skpId, rhkIds } = await reportingStaff(t.db, office);
    const staff = await t.as(office.staff);
    const kasi = await t.as(office.kasi);
    const report = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const file = multipart([
      { name: "rhkId", value: rhkIds[0] ?? "" },
      { name: "file", filename: "bukti.pdf", contentType: "application/pdf", content: PDF },
    ]);
    const evidence = json(await staff.post(`/api/reports/${report.id}/evidence`, file.payload, file));
    const coaching = json(
      await kasi.post("/api/coaching", { employeeId: office.staff.id, date: "2026-03-10", topic: "Verifikasi berkas" }),
    );
    const dialogue = json(
      await kasi.post("/api/dialogues", {
        employeeId: office.staff.id,
        date: "2026-03-10",
        topics: "Capaian Februari",
        followUps: [{ action: "Rekap register", dueDate: "2026-03-31" }],
      }),
    );
    const notification = randomUUID();
    await t.db
      .insertInto("notification")
      .values({
        id: notification,
        user_id: office.staff.userId,
        kind: "report_overdue",
        subject_id: report.id,
        title: "Laporan",
        body: "Laporan",
        link: `/reports/${report.id}`,
        created_at: t.clock.now.toISOString(),
        read_at: null,
      })
      .execute();
    const kasiRhk = await t.db
      .selectFrom("skp_rhk")
      .innerJoin("skp", "skp.id", "skp_rhk.skp_id")
      .select("skp_rhk.id")
      .where("skp.employee_id", "=", office.kasi.id)
      .executeTakeFirstOrThrow();
    const assignment = randomUUID();
    await t.db
      .insertInto("mph_assignment")
      .values({
        id: assignment,
        year: 2026,
        rater_employee_id: office.kasi.id,
        rater_rhk_id: kasiRhk.id,
        employee_id: office.staff.id,
        text: "Rekap register pengaduan",
        version: 1,
        created_at: t.clock.now.toISOString(),
      })
      .execute();
    const ids = {
      assignment,
      skp: skpId,
      report: report.id,
      evidence: evidence.id,
      coaching: coaching.id,
      followUp: dialogue.followUps[0].id,
      notification,
      employee: office.staff.id,
    };
    const probes: [string, keyof typeof ids, (c: Client, id: string) => Promise<LightMyRequestResponse>][] = [
      ["GET skp", "skp", (c, id) => c.get(`/api/skps/${id}`)],
      [
        "PUT skp content",
        "skp",
        (c, id) =>
          c.put(`/api/skps/${id}/content`, {
            model: "ja_jf",
            approach: "kuantitatif",
            rhk: [],
            lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] },
            version: 1,
          }),
      ],
      ["POST skp approve", "skp", (c, id) => c.post(`/api/skps/${id}/approve`, { version: 1 })],
      ["GET skp pdf", "skp", (c, id) => c.get(`/api/skps/${id}/pdf`)],
      ["GET report", "report", (c, id) => c.get(`/api/reports/${id}`)],
      ["POST report accept", "report", (c, id) => c.post(`/api/reports/${id}/accept`, { version: 1 })],
      ["POST report comment", "report", (c, id) => c.post(`/api/reports/${id}/comments`, { text: "halo" })],
      ["GET report pdf", "report", (c, id) => c.get(`/api/reports/${id}/pdf`)],
      ["DELETE evidence", "report", (c, id) => c.delete(`/api/reports/${id}/evidence/${evidence.id}`)],
      ["GET evidence", "evidence", (c, id) => c.get(`/api/evidence/${id}`)],
      [
        "PUT coaching evaluation",
        "coaching",
        (c, id) =>
          c.put(`/api/coaching/${id}/evaluation`, { rows: [{ competency: "Teliti", score: 4, reason: "Rapi" }] }),
      ],
      ["POST follow-up done", "followUp", (c, id) => c.post(`/api/dialogues/follow-ups/${id}/done`)],
      ["POST notification read", "notification", (c, id) => c.post(`/api/notifications/${id}/read`)],
      ["GET employee", "employee", (c, id) => c.get(`/api/employees/${id}`)],
      ["DELETE mph assignment", "assignment", (c, id) => c.delete(`/api/mph/assignments/${id}`)],
    ];
    const outsider = await t.as((await t.given.office()).staff);
    for (const [label, kind, probe] of probes) {
      const real = answer(await probe(outsider, ids[kind]));
      const random = answer(await probe(outsider, randomUUID()));
      assert.deepEqual(real, random, label);
      assert.equal(real.status, 404, label);
    }
  });
});
