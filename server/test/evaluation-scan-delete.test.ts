import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, it } from "node:test";
import { assertError, auditEventsOf } from "./assertions";
import { evaluationPdfWorld, givenUnitFinalised } from "./given-evaluation-pdf";
import { toldTo } from "./given-notices";
import { type FormPart, multipart } from "./multipart";
import { type Client, json } from "./test-app";
import { perTest } from "./worlds";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const PDF2 = Buffer.concat([PDF, Buffer.from("% kedua\n")]);

const form = (content: Buffer, kind: string | null, filename = "ttd.pdf") => {
  const parts: FormPart[] = kind === null ? [] : [{ name: "kind", value: kind }];
  parts.push({ name: "file", filename, contentType: "application/pdf", content });
  return multipart(parts);
};

const post = (client: Client, url: string, body: ReturnType<typeof form>) =>
  client.post(url, body.payload, { headers: body.headers });

type Scan = { id: string; kind: string; canDelete: boolean };

/** The scan tasks on the person's home page, as kind and count. */
async function scanTasks(client: Client) {
  const items: { kind: string; count: number; link: string }[] = json(await client.get("/api/tasks")).items;
  return items.filter((task) => task.kind.endsWith("_scan_missing")).map((t) => `${t.kind}:${t.count}`);
}

describe("a wet-signed scan of an evaluation: notices, the rater's task, removal", () => {
  const w = perTest(evaluationPdfWorld);
  const scansUrl = () => `/api/evaluations/${w.staffEvaluation}/scans`;
  const upload = async (user: { userId: string }, content = PDF, kind = "scan_ekp") => {
    const res = await post(await w.t.as(user), scansUrl(), form(content, kind));
    assert.equal(res.statusCode, 200, res.body);
    return json(res) as Scan;
  };
  const lock = () =>
    w.t.db.updateTable("evaluation").set({ status: "locked" }).where("id", "=", w.staffEvaluation).execute();

  it("tells the pegawai when the rater uploads, and the pegawai and rater when the pengelola does", async () => {
    await upload(w.office.kasi);
    const staffTold = await toldTo(w.t, w.office.staff.userId);
    assert.deepEqual(
      staffTold.map((n) => [n.kind, n.link]),
      [["evaluation_scan_uploaded", `/evaluations/${w.staffEvaluation}`]],
    );
    assert.match(staffTold[0]?.title ?? "", /Pindaian Evaluasi Kinerja Pegawai .* telah disimpan/);
    assert.match(staffTold[0]?.body ?? "", new RegExp(`${w.office.kasi.name} mengunggah`));
    assert.deepEqual(await toldTo(w.t, w.office.kasi.userId), [], "nobody is told of their own upload");
    await upload(w.pengelola, PDF2, "scan_dokumen");
    const kasiTold = await toldTo(w.t, w.office.kasi.userId);
    assert.deepEqual(
      kasiTold.map((n) => n.kind),
      ["evaluation_scan_uploaded"],
    );
    assert.match(kasiTold[0]?.body ?? "", /Dokumen Evaluasi Kinerja Pegawai .* atas nama/);
    assert.equal((await toldTo(w.t, w.office.staff.userId)).length, 2);
    assert.deepEqual(await toldTo(w.t, w.office.camat.userId), [], "the atasan is not told of the scans");
  });

  it("gives the rater a task while the signed EKP is missing, and again for the Dokumen once locked", async () => {
    const kasi = await w.t.as(w.office.kasi);
    assert.deepEqual(await scanTasks(kasi), ["evaluation_scan_missing:1"]);
    assert.deepEqual(await scanTasks(await w.t.as(w.office.camat)), ["evaluation_scan_missing:1"], "the Kasi's own");
    assert.deepEqual(await scanTasks(await w.t.as(w.office.staff)), [], "the pegawai uploads nothing");
    const ekp = await upload(w.office.kasi);
    assert.deepEqual(await scanTasks(kasi), []);
    await lock();
    assert.deepEqual(await scanTasks(kasi), ["evaluation_scan_missing:1"], "a locked result needs its Dokumen");
    await upload(w.office.kasi, PDF2, "scan_dokumen");
    assert.deepEqual(await scanTasks(kasi), []);
    await w.t.db.updateTable("evaluation").set({ status: "ditetapkan" }).where("id", "=", w.staffEvaluation).execute();
    assert.equal((await kasi.delete(`/api/evaluation-scans/${ekp.id}`)).statusCode, 200);
    assert.deepEqual(await scanTasks(kasi), ["evaluation_scan_missing:1"], "the task returns with the scan gone");
  });

  it("lets the uploader remove a scan while the result is not locked: gone from the list and download, audited", async () => {
    const scan = await upload(w.office.kasi);
    assert.equal(scan.canDelete, true);
    const kasi = await w.t.as(w.office.kasi);
    const res = await kasi.delete(`/api/evaluation-scans/${scan.id}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(json(res), { deleted: true });
    assert.deepEqual(json(await kasi.get(scansUrl())).scans, []);
    assertError(await kasi.get(`/api/evaluation-scans/${scan.id}`), 404, "not_found");
    assertError(await kasi.delete(`/api/evaluation-scans/${scan.id}`), 404, "not_found");
    const [event] = (await auditEventsOf(w.t.db, scan.id)).filter((e) => e.action === "evaluation_scan.deleted");
    assert.ok(event, "the removal is audited");
    assert.equal(event.actorId, w.office.kasi.userId);
    assert.match(JSON.stringify(event.before), /"contentHash":"[0-9a-f]{64}"/);
  });

  it("lets the pengelola remove the rater's scan; shows who may remove it", async () => {
    const scan = await upload(w.office.kasi);
    for (const [user, may] of [
      [w.office.staff, false],
      [w.office.camat, false],
      [w.auditor, false],
      [w.pengelola, true],
      [w.office.kasi, true],
    ] as const) {
      const listed: Scan[] = json(await (await w.t.as(user)).get(scansUrl())).scans;
      assert.equal(listed[0]?.canDelete, may, user.userId);
    }
    assert.equal((await (await w.t.as(w.pengelola)).delete(`/api/evaluation-scans/${scan.id}`)).statusCode, 200);
  });

  it("refuses the pegawai, the atasan, the auditor and a rater removing the pengelola's scan (403); others 404", async () => {
    const scan = await upload(w.office.kasi);
    for (const user of [w.office.staff, w.office.camat, w.auditor]) {
      assertError(await (await w.t.as(user)).delete(`/api/evaluation-scans/${scan.id}`), 403, "forbidden");
    }
    const theirs = await upload(w.pengelola, PDF2);
    assertError(await (await w.t.as(w.office.kasi)).delete(`/api/evaluation-scans/${theirs.id}`), 403, "forbidden");
    const stranger = await w.t.as((await w.t.given.office()).kasi);
    const hidden = await stranger.delete(`/api/evaluation-scans/${scan.id}`);
    const random = await stranger.delete(`/api/evaluation-scans/${randomUUID()}`);
    assert.equal(hidden.statusCode, 404);
    assert.deepEqual(json(hidden), json(random));
    assert.equal((await w.t.anonymous().delete(`/api/evaluation-scans/${scan.id}`)).statusCode, 401);
    assertError(await stranger.delete("/api/evaluation-scans/bukan-id"), 400, "invalid_input");
    const left = await w.t.db.selectFrom("evaluation_file").select("id").orderBy("id").execute();
    assert.equal(left.length, 2, "nothing was removed");
  });

  it("keeps the last scan of a kind on a locked result: replace it first, then remove the wrong one", async () => {
    const wrong = await upload(w.office.kasi);
    await lock();
    const kasi = await w.t.as(w.office.kasi);
    assert.equal((json(await kasi.get(scansUrl())).scans as Scan[])[0]?.canDelete, false);
    assertError(await kasi.delete(`/api/evaluation-scans/${wrong.id}`), 422, "scan_in_force");
    const right = await upload(w.office.kasi, PDF2);
    const listed: Scan[] = json(await kasi.get(scansUrl())).scans;
    assert.deepEqual(
      listed.map((s) => [s.id, s.canDelete]),
      [
        [right.id, true],
        [wrong.id, true],
      ],
    );
    assert.equal((await kasi.delete(`/api/evaluation-scans/${wrong.id}`)).statusCode, 200);
    assertError(await kasi.delete(`/api/evaluation-scans/${right.id}`), 422, "scan_in_force");
  });
});

describe("the signed Format Penetapan: notices, the head's task, removal", () => {
  const w = perTest(async () => {
    const world = await evaluationPdfWorld();
    // The Sekda above the Camat: the head one level up of the kecamatan.
    const setda = await world.t.given.unit({ kind: "perangkat_daerah", name: "Sekretariat Daerah Kota Uji" });
    const sekdaPos = await world.t.given.position({
      unitId: setda.id,
      kind: "jpt",
      name: "Sekretaris Daerah",
      leads: true,
    });
    const sekda = await world.t.given.placedEmployee({ positionId: sekdaPos.id });
    await world.t.db
      .updateTable("position")
      .set({ parent_position_id: sekdaPos.id })
      .where("id", "=", world.office.positions.camat.id)
      .execute();
    return { ...world, sekda };
  });
  const url = () => `/api/evaluation-units/${w.unitId}/penetapan-scans?year=2026&period=TW1`;
  const upload = async (user: { userId: string }, content = PDF) => {
    const res = await post(await w.t.as(user), url(), form(content, null, "penetapan.pdf"));
    assert.equal(res.statusCode, 200, res.body);
    return json(res) as Scan;
  };

  it("gives the head a task once finalised, tells the heads of the upload, and keeps the last scan", async () => {
    const camat = await w.t.as(w.office.camat);
    assert.deepEqual(await scanTasks(camat), ["evaluation_scan_missing:1"]);
    await givenUnitFinalised(w.t.db, w.unitId, w.office.camat.id, null);
    const items: { kind: string; link: string; person: string }[] = json(await camat.get("/api/tasks")).items;
    const task = items.find((i) => i.kind === "penetapan_scan_missing");
    assert.equal(task?.link, `/evaluasi/penetapan/${w.unitId}/2026/TW1`);
    assert.equal(task?.person, w.office.kecamatan.name);
    assert.deepEqual(await scanTasks(await w.t.as(w.office.kasi)), ["evaluation_scan_missing:1"], "not the Kasi's");
    const first = await upload(w.office.camat);
    assert.deepEqual(await scanTasks(camat), ["evaluation_scan_missing:1"]);
    const sekdaTold = await toldTo(w.t, w.sekda.userId);
    assert.deepEqual(
      sekdaTold.map((n) => [n.kind, n.link]),
      [["evaluation_scan_uploaded", `/evaluasi/penetapan/${w.unitId}/2026/TW1`]],
    );
    assert.match(sekdaTold[0]?.title ?? "", /Format Penetapan Predikat Kinerja Kecamatan Uji/);
    assert.deepEqual(await toldTo(w.t, w.office.camat.userId), []);
    assertError(await camat.delete(`/api/evaluation-scans/${first.id}`), 422, "scan_in_force");
    const second = await upload(w.pengelola, PDF2);
    assert.equal((await toldTo(w.t, w.office.camat.userId)).length, 1, "the head is told of the pengelola's upload");
    assertError(await (await w.t.as(w.sekda)).delete(`/api/evaluation-scans/${first.id}`), 403, "forbidden");
    assertError(await camat.delete(`/api/evaluation-scans/${second.id}`), 403, "forbidden");
    assert.equal((await camat.delete(`/api/evaluation-scans/${first.id}`)).statusCode, 200);
    const listed: Scan[] = json(await camat.get(url())).scans;
    assert.deepEqual(
      listed.map((s) => [s.id, s.canDelete]),
      [[second.id, false]],
    );
    const hidden = await (await w.t.as(w.office.staff)).delete(`/api/evaluation-scans/${second.id}`);
    assertError(hidden, 404, "not_found");
  });
});
