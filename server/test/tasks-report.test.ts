import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { approvedSkp, openYear } from "./given-skp";
import { type Client, createTestApp, json } from "./test-app";
import { coachingWorld, perTest, reportWorld } from "./worlds";

type TaskBody = {
  kind: string;
  key: string;
  link: string;
  deadline: string | null;
  since: string | null;
  person: string | null;
  month: number | null;
  count: number;
  note: string | null;
};

async function tasksOf(client: Client): Promise<TaskBody[]> {
  const res = await client.get("/api/tasks");
  assert.equal(res.statusCode, 200, res.body);
  return json(res).items;
}
const ofKind = async (client: Client, kind: string) => (await tasksOf(client)).filter((t) => t.kind === kind);

describe("tasks: monthly reports", () => {
  const w = perTest(reportWorld);

  const content = (version: number) => ({
    realisations: [
      { ikiId: w.ikiIds[0], value: "130" },
      { ikiId: w.ikiIds[1], value: "96" },
    ],
    actions: [{ rhkId: w.staffSkp.rhkIds[0], plan: "Verifikasi berkas harian", progress: 20 }],
    achievements: "Menerima dan memverifikasi 130 berkas permohonan.",
    challenges: "Pemohon sering membawa berkas tidak lengkap.",
    improvements: "Menyebarkan daftar persyaratan.",
    version,
  });

  it("lists each begun month to write, overdue first, with its deadline", async () => {
    const staff = await w.t.as(w.office.staff);
    const tasks = await tasksOf(staff);
    assert.deepEqual(
      tasks.map((t) => [t.kind, t.month, t.deadline]),
      [
        ["report_write", 1, "2026-02-05T16:59:59.999Z"],
        ["report_write", 2, "2026-03-05T16:59:59.999Z"],
        ["report_write", 3, "2026-04-06T16:59:59.999Z"],
      ],
    );
    assert.equal(tasks[0]?.link, "/reports");
    assert.deepEqual(json(await staff.get("/api/tasks")).counts, { "/reports": 3 });
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    assert.equal((await ofKind(staff, "report_write"))[1]?.link, `/reports/${opened.id}`, "a draft opens itself");
  });

  it("takes a report through the rater's answer, a revision and the acknowledgement, to the right person only", async () => {
    const staff = await w.t.as(w.office.staff);
    const kasi = await w.t.as(w.office.kasi);
    const camat = await w.t.as(w.office.camat);
    const neighbour = await w.t.given.placedEmployee({ positionId: w.office.positions.staff.id });
    const other = await w.t.as(neighbour);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const saved = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version)));
    const submitted = json(await staff.post(`/api/reports/${opened.id}/submit`, { version: saved.version }));
    assert.deepEqual(
      (await ofKind(staff, "report_write")).map((t) => t.month),
      [1, 3],
    );
    const [answer] = await ofKind(kasi, "report_answer");
    assert.equal(answer?.link, `/reports/${opened.id}`);
    assert.equal(answer?.person, w.office.staff.name);
    assert.equal(answer?.month, 2);
    assert.equal(answer?.since, submitted.lastSubmittedAt ?? w.t.clock.now.toISOString());
    assert.equal(json(await kasi.get("/api/tasks")).counts["/team/reports"], 1);
    assert.deepEqual(await ofKind(camat, "report_answer"), [], "the Camat rates the Kasi, not his staff");
    assert.deepEqual(await ofKind(other, "report_answer"), []);

    const revision = json(
      await kasi.post(`/api/reports/${opened.id}/revision`, {
        reason: "Lampirkan rekap berkas",
        version: submitted.version,
      }),
    );
    assert.deepEqual(await ofKind(kasi, "report_answer"), []);
    const [fix] = await ofKind(staff, "report_revision");
    assert.equal(fix?.note, "Lampirkan rekap berkas");
    assert.deepEqual(await ofKind(other, "report_revision"), []);

    const again = json(await staff.post(`/api/reports/${opened.id}/submit`, { version: revision.version }));
    const accepted = json(await kasi.post(`/api/reports/${opened.id}/accept`, { version: again.version }));
    const [ack] = await ofKind(staff, "feedback_ack");
    assert.equal(ack?.link, `/reports/${opened.id}`);
    assert.deepEqual(await ofKind(other, "feedback_ack"), []);
    await staff.post(`/api/reports/${opened.id}/acknowledge`, { version: accepted.version });
    assert.deepEqual(await ofKind(staff, "feedback_ack"), []);
    assert.deepEqual(await ofKind(staff, "report_revision"), []);
  });

  it("counts the people without last month's report for the pengelola kinerja, and drops it once they report", async () => {
    w.t.clock.now = new Date("2026-03-16T03:00:00.000Z");
    const pengelola = await w.t.as(await w.t.given.admin());
    const [missing] = await ofKind(pengelola, "reports_missing");
    assert.equal(missing?.month, 2);
    assert.equal(missing?.link, "/team/compliance?year=2026&month=2");
    const before = missing?.count ?? 0;
    assert.ok(before >= 1);
    const staff = await w.t.as(w.office.staff);
    const opened = json(await staff.post("/api/reports", { year: 2026, month: 2 }));
    const saved = json(await staff.put(`/api/reports/${opened.id}/content`, content(opened.version)));
    await staff.post(`/api/reports/${opened.id}/submit`, { version: saved.version });
    const after = (await ofKind(pengelola, "reports_missing"))[0]?.count ?? 0;
    assert.equal(after, before - 1);
    assert.deepEqual(await ofKind(staff, "reports_missing"), [], "a pegawai has no such count");
  });
});

describe("tasks: coaching forms and dialogue follow-ups", () => {
  const w = perTest(coachingWorld);

  it("asks the employee for B.1.8 and the rater for B.1.9, each until filled", async () => {
    const kasi = await w.t.as(w.office.kasi);
    const staff = await w.t.as(w.office.staff);
    const outsider = await w.t.as(w.outsider);
    const created = json(
      await kasi.post("/api/coaching", {
        employeeId: w.office.staff.id,
        date: "2026-03-16",
        topic: "Verifikasi",
        notes: "Berkas menumpuk",
      }),
    );
    assert.equal((await ofKind(staff, "coaching_feedback")).length, 1);
    const [evaluate] = await ofKind(kasi, "coaching_evaluate");
    assert.equal(evaluate?.person, w.office.staff.name);
    assert.equal(evaluate?.link, "/team/dialogues");
    assert.deepEqual(await tasksOf(outsider), []);
    assert.deepEqual(await ofKind(kasi, "coaching_feedback"), [], "the rater does not answer B.1.8");
    await staff.put(`/api/coaching/${created.id}/feedback`, { answers: [5, 4, 4, 5, 5, 3, 4, 5, 5] });
    assert.deepEqual(await ofKind(staff, "coaching_feedback"), []);
    await kasi.put(`/api/coaching/${created.id}/evaluation`, {
      rows: [{ competency: "Pelayanan", score: 4, reason: "Teliti" }],
    });
    assert.deepEqual(await ofKind(kasi, "coaching_evaluate"), []);
  });

  it("shows the rater the follow-ups due within a week or overdue, until done", async () => {
    const kasi = await w.t.as(w.office.kasi);
    const camat = await w.t.as(w.office.camat);
    const res = await kasi.post("/api/dialogues", {
      employeeId: w.office.staff.id,
      date: "2026-03-16",
      topics: "Capaian Februari",
      agreements: "Target harian 70 berkas",
      followUps: [
        { action: "Susun daftar periksa persyaratan", dueDate: "2026-03-20" },
        { action: "Ikuti pelatihan SIMPATEN", dueDate: "2026-04-15" },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    const due = await ofKind(kasi, "follow_up_due");
    assert.deepEqual(
      due.map((t) => [t.note, t.deadline, t.person]),
      [["Susun daftar periksa persyaratan", "2026-03-20T16:59:59.999Z", w.office.staff.name]],
    );
    assert.deepEqual(await ofKind(camat, "follow_up_due"), []);
    const followUp = json(res).followUps.find((f: { action: string }) => f.action.startsWith("Susun"));
    await kasi.post(`/api/dialogues/follow-ups/${followUp.id}/done`, {});
    assert.deepEqual(await ofKind(kasi, "follow_up_due"), []);
  });
});

describe("tasks: the rater's approvals reach only the rater", () => {
  it("does not show another rater's staff SKP", async () => {
    const t = await createTestApp({ now: "2026-03-02T03:00:00.000Z" });
    try {
      const office = await t.given.office();
      await openYear(t.db, 2026);
      const otherKasiPos = await t.given.position({
        kind: "pengawas",
        parentPositionId: office.positions.camat.id,
        unitId: office.seksi.id,
      });
      const otherKasi = await t.given.placedEmployee({ positionId: otherKasiPos.id });
      const { skpId } = await approvedSkp(t.db, {
        employeeId: office.staff.id,
        positionId: office.positions.staff.id,
        year: 2026,
        rhk: ["x"],
        status: "draft",
      });
      await t.db.updateTable("skp").set({ status: "direviu" }).where("id", "=", skpId).execute();
      const kasiTasks = await tasksOf(await t.as(office.kasi));
      assert.ok(kasiTasks.some((k) => k.kind === "skp_approve" && k.link === `/skp/${skpId}`));
      const others = await tasksOf(await t.as(otherKasi));
      assert.deepEqual(
        others.filter((k) => k.kind !== "skp_blocked"),
        [],
        "only his own (blocked) SKP, not the other Kasi's staff",
      );
      assert.deepEqual(
        (await tasksOf(await t.as(office.camat))).filter((k) => k.kind === "skp_approve"),
        [],
        "nor the Camat's: he rates the Kasi, not the staff",
      );
    } finally {
      await t.close();
    }
  });
});
