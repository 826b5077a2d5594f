import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  checkDistribution,
  countPredikat,
  headRatingHasilKerja,
  KUADRAN_RULE_VERSION,
  keberatanDeadline,
  keberatanOpen,
  type OrgChart,
  predikatFor,
  resolveSeatRaters,
  wibDate,
} from "@simkin/domain";
import { loadChartHistory } from "../src/modules/org/chart.repo";
import { seedDemoOffice } from "../src/modules/seed/seed";
import { isOwnPositionSkp } from "../src/modules/skp/skp.repo";
import { createTestApp, type TestApp } from "./test-app";

/**
 * The demo office's evaluations (issue 12): consistent with the rules whenever the demo is seeded (late in the year,
 * in January before last year's annual results are all in, the day after a quarter ends), and telling the story on
 * the demo's own date.
 */
const problems = (list: string[]) => assert.deepEqual(list, [], `${list.length} inconsistent records`);

async function seeded(now: string) {
  const t = await createTestApp({ mode: "demo", now });
  await seedDemoOffice(t.db, { password: "plaju-2026", now: t.clock.now });
  return t;
}

const evaluations = (t: TestApp) =>
  t.db
    .selectFrom("evaluation")
    .innerJoin("skp", "skp.id", "evaluation.skp_id")
    .innerJoin("position", "position.id", "skp.position_id")
    .innerJoin("org_unit", "org_unit.id", "evaluation.unit_id")
    .selectAll("evaluation")
    .select([
      "skp.status as skp_status",
      "skp.approved_at as skp_approved_at",
      "skp.position_id",
      "position.name as position_name",
      "position.kind as position_kind",
      "position.leads_unit_id",
      "org_unit.name as unit_name",
      "org_unit.kind as unit_kind",
    ])
    .execute();
type Row = Awaited<ReturnType<typeof evaluations>>[number];

for (const now of ["2026-12-07T03:00:00.000Z", "2026-01-22T03:00:00.000Z", "2026-10-01T03:00:00.000Z"]) {
  describe(`the demo's evaluations seeded on ${now.slice(0, 10)}`, () => {
    let t: TestApp;
    let rows: Row[];
    let chart: OrgChart;
    before(async () => {
      t = await seeded(now);
      rows = await evaluations(t);
      chart = await loadChartHistory(t.db);
    });
    after(() => t.close());

    it("reads every predikat from the kuadran, with the rule's version, and never from a half-rated draft", () => {
      assert.ok(rows.length > 300, `${rows.length} evaluations`);
      problems(
        rows.flatMap((e) => {
          const expected =
            e.rating_hasil_kerja && e.rating_perilaku ? predikatFor(e.rating_hasil_kerja, e.rating_perilaku) : null;
          const version = expected ? KUADRAN_RULE_VERSION : null;
          return e.predikat === expected && e.rule_version === version ? [] : [`${e.id}: ${e.predikat}`];
        }),
      );
      assert.ok(rows.filter((e) => e.status !== "draft").every((e) => e.predikat !== null));
    });

    it("evaluates only approved SKPs, after their approval, each by its seat's rater on the day it was set", () => {
      problems(
        rows.flatMap((e) => {
          const setOn = wibDate(new Date(e.finalised_at ?? now));
          const raters = resolveSeatRaters(chart, e.position_id, e.employee_id, setOn);
          const parties = JSON.parse(e.parties_json);
          const wrong = [
            e.skp_status !== "disetujui" && "SKP not approved",
            (e.skp_approved_at ?? "9") > e.created_at && "started before the SKP was approved",
            e.rater_employee_id !== (raters.rater?.employeeId ?? null) && "not the seat's rater",
            e.atasan_employee_id !== (raters.atasanRater?.employeeId ?? null) && "not the rater's atasan",
            parties.pegawai?.employeeId !== e.employee_id && "pegawai snapshot",
            (parties.penilai?.employeeId ?? null) !== e.rater_employee_id && "penilai snapshot",
            (parties.atasan?.employeeId ?? null) !== e.atasan_employee_id && "atasan snapshot",
            e.finalised_at && e.finalised_by !== e.rater_employee_id && "finalised by someone else",
          ].filter(Boolean);
          return wrong.length ? [`${e.position_name} ${e.year} ${e.period_code}: ${wrong.join(", ")}`] : [];
        }),
      );
    });

    it("counts each employee in the kecamatan or their kelurahan, heads rated hasil kerja by their unit's capaian", async () => {
      const capaian = await t.db.selectFrom("org_capaian").selectAll().execute();
      const byId = new Map(capaian.map((c) => [c.id, c]));
      problems(
        rows.flatMap((e) => {
          const used = byId.get(e.capaian_id ?? "");
          const wrong = [
            e.unit_kind !== "kecamatan" && e.unit_kind !== "kelurahan" && "counted outside an organisation",
            (used?.unit_id !== e.unit_id || used?.period_code !== e.period_code || used?.year !== e.year) &&
              "capaian of another unit or period",
            used?.capaian !== e.capaian && "capaian snapshot",
            (e.head_of_unit === 1) !== (e.leads_unit_id !== null && e.position_name.match(/^(Camat|Lurah)/) !== null) &&
              "head flag",
            e.head_of_unit === 1 &&
              (e.capaian === null || e.rating_hasil_kerja !== headRatingHasilKerja(e.capaian)) &&
              e.rating_hasil_kerja !== null &&
              "head's hasil kerja is not the capaian's",
          ].filter(Boolean);
          return wrong.length ? [`${e.position_name} ${e.year} ${e.period_code}: ${wrong.join(", ")}`] : [];
        }),
      );
      const pengelola = await t.db
        .selectFrom("user_account")
        .select("id")
        .where("username", "=", "pengelola")
        .executeTakeFirstOrThrow();
      const units = new Map(
        (await t.db.selectFrom("org_unit").select(["id", "kind"]).execute()).map((u) => [u.id, u.kind]),
      );
      for (const c of capaian) {
        const kecamatan = units.get(c.unit_id) === "kecamatan";
        assert.equal(c.source, kecamatan ? "external" : "internal");
        assert.equal(c.recorded_by === pengelola.id, kecamatan, "the pengelola records the Sekda's letter only");
        assert.equal(Boolean(c.letter_number && c.letter_date), kecamatan);
        assert.equal(c.set_by_employee_id === null, kecamatan);
        assert.ok(c.reason.length > 20);
      }
    });

    it("keeps every unit's curve within its pattern, but for the one kelurahan quarter its Lurah justified", async () => {
      const finalised = await t.db.selectFrom("unit_evaluation").selectAll().execute();
      const broken: string[] = [];
      const groups = new Map<string, Row[]>();
      for (const e of rows) {
        const key = `${e.unit_id}|${e.year}|${e.period_code}`;
        groups.set(key, [...(groups.get(key) ?? []), e]);
      }
      for (const [key, list] of groups) {
        const predikat = list.flatMap((e) => (e.status !== "draft" && e.predikat ? [e.predikat] : []));
        const capaian = list[0]?.capaian;
        assert.ok(capaian, `${key}: evaluated against its unit's capaian`);
        const check = checkDistribution(capaian, countPredikat(predikat));
        const record = finalised.find((u) => `${u.unit_id}|${u.year}|${u.period_code}` === key);
        if (!check.ok) {
          broken.push(`${list[0]?.unit_name} ${list[0]?.year} ${list[0]?.period_code}`);
          assert.ok(record?.justification, `${key}: a broken curve is finalised with a justification`);
          assert.deepEqual(JSON.parse(record.violations_json), check.violations);
        }
        const done = list.every((e) => e.status !== "draft");
        if (record) {
          assert.ok(done, `${key}: finalised only once every result is set`);
        }
      }
      assert.deepEqual(broken, ["Kelurahan Plaju Ilir 2025 TW2"]);
      for (const u of finalised) {
        assert.equal(u.justification !== null, JSON.parse(u.violations_json).length > 0, u.id);
      }
    });

    it("locks a result once its keberatan window has closed or its keberatan is decided, and dates nothing later", async () => {
      const keberatan = await t.db.selectFrom("keberatan").selectAll().execute();
      const decided = new Map(keberatan.map((k) => [k.evaluation_id, k.decided_at]));
      const clock = new Date(now);
      problems(
        rows.flatMap((e) => {
          const windowOpen = e.received_at ? keberatanOpen(e.received_at, clock) : true;
          const expected = !e.finalised_at
            ? "draft"
            : decided.get(e.id) || !windowOpen
              ? "locked"
              : decided.has(e.id) || !e.acknowledged_at
                ? "ditetapkan"
                : "diterima";
          const stamps = [e.created_at, e.updated_at, e.finalised_at, e.acknowledged_at, e.locked_at];
          return [
            ...(e.status === expected ? [] : [`${e.id}: ${e.status}, expected ${expected}`]),
            ...stamps.filter((s) => s && s > now).map((s) => `${e.id} dated ${s}`),
          ];
        }),
      );
      const others = [
        ...(await t.db.selectFrom("org_capaian").select("created_at as at").execute()),
        ...(await t.db.selectFrom("unit_evaluation").select("finalised_at as at").execute()),
        ...keberatan.map((k) => ({ at: k.updated_at })),
      ];
      problems(others.filter((o) => o.at > now).map((o) => `dated ${o.at}`));
    });

    it("leaves the current quarter to the raters", async () => {
      const current = `TW${Math.floor((Number(wibDate(new Date(now)).slice(5, 7)) - 1) / 3) + 1}`;
      const inCurrent = rows.filter((e) => e.year === 2026 && e.period_code === current);
      assert.deepEqual(inCurrent, []);
      const capaian = await t.db
        .selectFrom("org_capaian")
        .select("id")
        .where("year", "=", 2026)
        .where("period_code", "=", current)
        .execute();
      assert.deepEqual(capaian, []);
    });
  });
}

describe("the demo's evaluations on the demo's own date (2026-12-07)", () => {
  const now = "2026-12-07T03:00:00.000Z";
  let t: TestApp;
  let rows: Row[];
  before(async () => {
    t = await seeded(now);
    rows = await evaluations(t);
  });
  after(() => t.close());

  const skpsOf = (year: number) =>
    t.db
      .selectFrom("skp")
      .innerJoin("position", "position.id", "skp.position_id")
      .select(["skp.id", "skp.period_start", "skp.period_end", "position.kind"])
      .where("skp.year", "=", year)
      .where("skp.status", "=", "disetujui")
      // The Sekda's SKP is kept outside SIMKIN; a Plt's SKP for the seat he acts in is rated with his own.
      .where("position.name", "not like", "Sekretaris Daerah%")
      .where(isOwnPositionSkp)
      .execute();

  it("evaluates all four quarters of last year and this year's three, for every approved SKP of the period", async () => {
    const ends = { TW1: "03-31", TW2: "06-30", TW3: "09-30", TW4: "12-31" } as const;
    for (const [year, codes] of [
      [2025, ["TW1", "TW2", "TW3", "TW4"]],
      [2026, ["TW1", "TW2", "TW3"]],
    ] as const) {
      const skps = await skpsOf(year);
      for (const code of codes) {
        const start = `${year}-${String(Number(code.slice(2)) * 3 - 2).padStart(2, "0")}-01`;
        const end = `${year}-${ends[code]}`;
        const expected = skps.filter((s) => s.period_start <= end && s.period_end >= start).map((s) => s.id);
        const got = rows.filter((e) => e.year === year && e.period_code === code).map((e) => e.skp_id);
        assert.deepEqual(got.sort(), expected.sort(), `${year} ${code}: every approved SKP of the period, once`);
      }
    }
    const last = rows.filter((e) => e.year === 2025);
    assert.ok(
      last.every((e) => e.status === "locked"),
      "last year is locked",
    );
    const mix = countPredikat(last.flatMap((e) => (e.predikat ? [e.predikat] : [])));
    assert.ok(mix.baik > last.length / 2 && mix.sangat_baik > 0 && mix.butuh_perbaikan > 0 && mix.kurang > 0);
  });

  it("has one keberatan granted by the atasan and one rejected by the Sekda, both on the annual result", async () => {
    const keberatan = await t.db.selectFrom("keberatan").selectAll().orderBy("outcome").execute();
    assert.deepEqual(
      keberatan.map((k) => [k.outcome, k.status, k.source]),
      [
        ["dikabulkan", "diputus", "internal"],
        ["ditolak", "diputus", "internal"],
      ],
    );
    const pengelola = await t.db
      .selectFrom("user_account")
      .select("id")
      .where("username", "=", "pengelola")
      .executeTakeFirstOrThrow();
    for (const k of keberatan) {
      const e = rows.find((x) => x.id === k.evaluation_id);
      assert.ok(e && e.year === 2025 && e.period_code === "TW4", "on last year's annual evaluation");
      assert.equal(e.status, "locked");
      assert.equal(e.locked_at, k.decided_at);
      assert.ok(k.filed_at <= `${keberatanDeadline(wibDate(new Date(e.received_at ?? "")))}T17:00:00.000Z`);
      assert.ok(e.received_at && e.received_at < k.filed_at && k.filed_at < (k.explained_at ?? ""));
      assert.ok((k.explained_at ?? "") < (k.decided_at ?? ""));
      assert.equal(k.explained_by, e.rater_employee_id);
      assert.equal(k.decided_by, e.atasan_employee_id);
      assert.equal(e.atasan_external === 1, k.source === "external");
      assert.equal(k.recorded_by === pengelola.id && Boolean(k.letter_number), k.source === "external");
      const before = JSON.parse(k.before_json ?? "{}");
      const afterwards = JSON.parse(k.after_json ?? "{}");
      for (const x of [before, afterwards]) {
        assert.equal(x.predikat, predikatFor(x.ratingHasilKerja, x.ratingPerilaku));
      }
      assert.deepEqual(
        [afterwards.ratingHasilKerja, afterwards.ratingPerilaku, afterwards.predikat],
        [e.rating_hasil_kerja, e.rating_perilaku, e.predikat],
      );
      assert.equal(before.predikat !== afterwards.predikat, k.outcome === "dikabulkan");
      assert.ok(k.reasons && k.explanation && k.decision);
    }
  });

  it("leaves two results of the last finished quarter as drafts and one delivered in its open window", () => {
    const tw3 = rows.filter((e) => e.year === 2026 && e.period_code === "TW3");
    const open = tw3.filter((e) => e.status !== "locked");
    assert.deepEqual(open.map((e) => e.status).sort(), ["ditetapkan", "draft", "draft"]);
    const waiting = open.find((e) => e.status === "ditetapkan");
    assert.ok(waiting?.received_at && keberatanOpen(waiting.received_at, new Date(now)));
    assert.equal(waiting.acknowledged_at, null);
    const drafts = open.filter((e) => e.status === "draft");
    assert.ok(drafts.every((e) => e.predikat === null && e.finalised_at === null));
    assert.ok(
      drafts.every((e) => e.rater_employee_id === waiting.rater_employee_id),
      "the Kasi Pelayanan Umum's",
    );
  });

  it("gives the fungsional staff an annual predikat for their angka kredit", async () => {
    const fungsional = (await skpsOf(2025)).filter((s) => s.kind === "fungsional");
    assert.ok(fungsional.length >= 5);
    for (const skp of fungsional) {
      const annual = rows.find((e) => e.skp_id === skp.id && e.period_code === "TW4");
      assert.ok(annual?.predikat, `${skp.id}: annual predikat`);
    }
  });

  it("writes the realisation per RHK and IKI, the umpan balik and the seven BerAKHLAK values", async () => {
    const e = rows.find((x) => x.year === 2026 && x.period_code === "TW2" && x.status === "locked");
    assert.ok(e);
    const rhk = await t.db.selectFrom("evaluation_rhk").selectAll().where("evaluation_id", "=", e.id).execute();
    const skpRhk = await t.db.selectFrom("skp_rhk").select("id").where("skp_id", "=", e.skp_id).execute();
    assert.equal(rhk.length, skpRhk.length);
    assert.ok(rhk.every((x) => x.realisation && x.feedback && x.monthly_feedback.includes("Juni")));
    const values = await t.db
      .selectFrom("evaluation_behaviour")
      .select("value_code")
      .where("evaluation_id", "=", e.id)
      .execute();
    assert.equal(values.length, 7);
  });

  it("is the same office every time it is seeded", async () => {
    const again = await seeded(now);
    try {
      const key = (list: Row[], nip: Map<string, string>) =>
        list.map((e) => `${nip.get(e.employee_id)} ${e.year} ${e.period_code} ${e.capaian} ${e.predikat}`).sort();
      const nips = async (x: TestApp) =>
        new Map((await x.db.selectFrom("employee").select(["id", "nip"]).execute()).map((p) => [p.id, p.nip]));
      assert.deepEqual(key(await evaluations(again), await nips(again)), key(rows, await nips(t)));
    } finally {
      await again.close();
    }
  });
});
