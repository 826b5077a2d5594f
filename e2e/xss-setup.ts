import assert from "node:assert/strict";
import { DEMO_PASSWORD } from "./harness";

/**
 * Stored-XSS payloads. Each would call `__xss(n)` or carry a `data-xss` attribute if the browser ever treated it as
 * markup or a link, and each shows the text `__xss(` when rendered as text, which the screens are checked for.
 */
export const payloads = [
  `<img src=x onerror="__xss(1)" data-xss="1">`,
  `<svg onload="__xss(2)" data-xss="2"></svg>`,
  `"><script data-xss="3">__xss(3)</script>`,
  "javascript:__xss(4)//",
  `<a href="javascript:__xss(5)" data-xss="5">klik</a>`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-looking payload, meant literally
  "{{constructor.constructor('__xss(6)')()}} ${__xss(6)} #{__xss(6)} <%= __xss(6) %>",
  `<iframe srcdoc="<script>parent.__xss(7)</script>" data-xss="7"></iframe>`,
  `\u202eexe.fdp\u202c \u200b<b data-xss="8" onmouseover="__xss(8)">\u200dzw</b>`,
  `</textarea></title><details open ontoggle="__xss(9)" data-xss="9">`,
  `[klik](javascript:__xss(10)) <style>*{background:url("javascript:__xss(10)")}</style>`,
] as const;

/** A short payload for fields of 50 characters. */
export const shortPayload = `<b data-xss onclick=__xss(11)>x</b>`;
export const all = (max = 4000) => payloads.join(" | ").slice(0, max);
const pick = (i: number) => payloads[i % payloads.length] ?? shortPayload;

type Session = { cookie: string; csrf: string };

/** Calls the API as a person who signed in with the demo password, the way the web app does. */
export async function apiAs(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifier: username, password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200, `${username}: ${await login.clone().text()}`);
  const session: Session = {
    cookie: (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
    csrf: String(((await login.json()) as { csrfToken: string }).csrfToken),
  };
  // biome-ignore lint/suspicious/noExplicitAny: API answers are read loosely; the contract tests type them
  const send = async (method: string, path: string, body?: unknown, form?: FormData): Promise<any> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie: session.cookie,
        "x-csrf-token": session.csrf,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await res.text();
    assert.ok(res.ok, `${username} ${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  /** A write the schema must refuse: 400, naming `field`. */
  const refused = async (path: string, body: unknown, field: string) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrf, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = (await res.json()) as { fields?: Record<string, string> };
    assert.equal(res.status, 400, `${path} accepted ${JSON.stringify(body)}`);
    assert.ok(answer.fields?.[field], `${path} did not refuse the ${field}`);
  };
  return {
    refused,
    get: (path: string) => send("GET", path),
    post: (path: string, body: unknown = {}) => send("POST", path, body),
    put: (path: string, body: unknown) => send("PUT", path, body),
    patch: (path: string, body: unknown) => send("PATCH", path, body),
    upload: (path: string, form: FormData) => send("POST", path, undefined, form),
  };
}

type Api = Awaited<ReturnType<typeof apiAs>>;
export type Written = { skpId: string; reportId: string; staffSkpId: string; wordsReportId: string; wordsUser: string };

/** Today in WIB, as the server counts it. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Writes the corpus through the API into every free-text field and file name a person can set: SKP RHK, IKI and
 * lampiran; report narratives, action plans, bukti dukung names and links, feedback, revision reason and replies;
 * dialogue topics, agreements and follow-ups; coaching topic, notes, feedback and evaluation; MPH text; PK targets;
 * unit and position names, then kept in the parties of a new SKP approval; the pengelola's review catatan; an
 * ekspektasi changed on an approved SKP. Employee names are refused with markup or invisible characters by their schema.
 */
export async function writeCorpus(baseUrl: string): Promise<Written> {
  const year = Number(today().slice(0, 4));
  const [planner, staff, kasi, pengelola] = await Promise.all(
    ["staf.talangputri", "staf.yanum", "kasi.yanum", "pengelola"].map((u) => apiAs(baseUrl, u)),
  );
  assert.ok(planner && staff && kasi && pengelola);
  const skpId = await writeSkp(planner, year);
  const staffEmployee = (await staff.get("/api/profile")).employee;
  const reportId = await writeReport(staff, kasi, year);
  await writeCoaching(staff, kasi, staffEmployee.id);
  const mph = await kasi.get(`/api/mph?year=${year}`);
  await kasi.post("/api/mph/assignments", {
    raterIkiId: mph.rhk[0].ikis[0].id,
    employeeId: staffEmployee.id,
    text: all(500),
  });
  await writeMasterData(pengelola, year, staffEmployee.id);
  const words = await writeKualitatif(baseUrl, pengelola, year);
  const staffSkpId = await approveRevision(staff, pengelola, kasi, year);
  return { skpId, reportId, staffSkpId, ...words };
}

/**
 * After the unit and position were renamed with payloads: a revision of the staff member's SKP, reviewed with a
 * catatan, approved (its snapshot keeps the renamed unit and position), then an ekspektasi changed on it.
 */
async function approveRevision(staff: Api, pengelola: Api, kasi: Api, year: number): Promise<string> {
  const approved = (await staff.get(`/api/skps/mine?year=${year}`)).find(
    (s: { status: string }) => s.status === "disetujui",
  );
  const revision = await staff.post(`/api/skps/${approved.id}/revise`, { version: approved.version });
  const submitted = await staff.post(`/api/skps/${revision.id}/submit`, { version: revision.version });
  const reviewed = await pengelola.post(`/api/skps/${revision.id}/review`, {
    note: all(1000),
    version: submitted.version,
  });
  const agreed = await kasi.post(`/api/skps/${revision.id}/approve`, { version: reviewed.version });
  await kasi.put(`/api/skps/${revision.id}/expectations`, {
    expectations: [{ valueCode: "berorientasi_pelayanan", text: all(500) }],
    version: agreed.version,
  });
  return revision.id;
}

async function writeSkp(planner: Api, year: number): Promise<string> {
  const draft = (await planner.get(`/api/skps/mine?year=${year}`)).find(
    (s: { status: string }) => s.status === "draft",
  );
  assert.ok(draft, "staf.talangputri has a draft SKP in the demo");
  const detail = await planner.get(`/api/skps/${draft.id}`);
  const parent = detail.parentOptions[0]?.id ?? null;
  const rhk = [0, 1].map((i) => ({
    kind: i === 0 ? "utama" : "tambahan",
    text: pick(i),
    parentRhkId: i === 0 ? parent : null,
    ikis: [{ aspek: "kuantitas", indicator: pick(i + 2), target: "120", unit: shortPayload }],
  }));
  const items = (from: number) => [0, 1, 2].map((i) => pick(from + i).slice(0, 300));
  await planner.put(`/api/skps/${draft.id}/content`, {
    model: detail.model,
    approach: detail.approach,
    rhk,
    lampiran: { dukungan_sumber_daya: items(0), skema_pertanggungjawaban: items(3), konsekuensi: items(6) },
    version: detail.version,
  });
  return draft.id;
}

/** The latest month whose report can still be written, opened if need be. */
async function openReport(staff: Api, year: number) {
  const months = await staff.get(`/api/reports/mine?year=${year}`);
  const open = [...months]
    .reverse()
    .find((m: { report: { status: string } | null }) => !m.report || m.report.status === "draft");
  return open.report
    ? await staff.get(`/api/reports/${open.report.id}`)
    : await staff.post("/api/reports", { year, month: open.month });
}

async function writeReport(staff: Api, kasi: Api, year: number): Promise<string> {
  const report = await openReport(staff, year);
  const rhkIds: string[] = report.rhk.map((r: { rhkId: string }) => r.rhkId);
  const saved = await staff.put(`/api/reports/${report.id}/content`, {
    realisations: [],
    actions: rhkIds.map((rhkId, i) => ({ rhkId, plan: pick(i), progress: 50 })),
    achievements: all(),
    challenges: all(),
    improvements: all(),
    version: report.version,
  });
  const form = new FormData();
  form.set("rhkId", rhkIds[0] ?? "");
  form.set("file", new Blob(["%PDF-1.7\n%%EOF\n"], { type: "application/pdf" }), `${pick(0)} ${pick(2)}.pdf`);
  await staff.upload(`/api/reports/${report.id}/evidence`, form);
  const url = `https://arsip.kec-plaju.example/"><svg/onload=__xss(12)/data-xss>`;
  await staff.post(`/api/reports/${report.id}/links`, { rhkId: rhkIds[0], url, title: pick(4).slice(0, 200) });
  const submitted = await staff.post(`/api/reports/${report.id}/submit`, { version: saved.version });
  const perRhk = rhkIds.map((rhkId, i) => ({ rhkId, wentWell: pick(i), toImprove: pick(i + 1), support: pick(i + 2) }));
  const fed = await kasi.put(`/api/reports/${report.id}/feedback`, {
    perRhk,
    overall: all(),
    version: submitted.version,
  });
  await kasi.post(`/api/reports/${report.id}/revision`, { reason: all(2000), version: fed.version });
  await staff.post(`/api/reports/${report.id}/comments`, { text: all(2000) });
  return report.id;
}

async function writeCoaching(staff: Api, kasi: Api, employeeId: string) {
  await kasi.post("/api/dialogues", {
    employeeId,
    date: today(),
    topics: all(2000),
    agreements: all(2000),
    followUps: [{ action: pick(0).slice(0, 500), dueDate: today() }],
  });
  const coaching = await kasi.post("/api/coaching", { employeeId, date: today(), topic: all(300), notes: all() });
  await staff.put(`/api/coaching/${coaching.id}/feedback`, { answers: Array(9).fill(4), comment: all(2000) });
  await kasi.put(`/api/coaching/${coaching.id}/evaluation`, {
    rows: [{ competency: pick(1).slice(0, 200), score: 4, reason: all(1000) }],
  });
}

async function writeMasterData(pengelola: Api, year: number, staffEmployeeId: string) {
  const units: { id: string; code: string; parentId: string | null; kind: string; version: number }[] =
    await pengelola.get("/api/units");
  const kecamatan = units.find((u) => u.code === "KEC");
  const yanum = units.find((u) => u.code === "YANUM");
  assert.ok(kecamatan && yanum);
  await pengelola.post("/api/pk-targets", {
    year,
    unitId: kecamatan.id,
    sasaran: all(500),
    indicator: all(500),
    target: shortPayload,
    unit: shortPayload,
  });
  for (const name of [pick(0), pick(2), "Budi\u202e", "Siti<b>"]) {
    await pengelola.refused("/api/employees", { name }, "name"); // employee names allow letters and . , ' - only
  }
  const { parentId, code, kind, version } = yanum;
  await pengelola.patch(`/api/units/${yanum.id}`, { parentId, code, kind, version, name: `Seksi ${pick(0)}` });
  const staff = await pengelola.get(`/api/employees/${staffEmployeeId}`);
  const positionId = staff.placements[0].positionId;
  const position = (await pengelola.get(`/api/positions?unitId=${yanum.id}`)).find(
    (p: { id: string }) => p.id === positionId,
  );
  await pengelola.patch(`/api/positions/${positionId}`, {
    unitId: position.unitId,
    name: `Pengelola ${pick(2)}`.slice(0, 200),
    kind: position.kind,
    jenjang: position.jenjang,
    eselon: position.eselon,
    parentPositionId: position.parentPositionId,
    raterPositionId: position.raterPositionId,
    leadsUnit: position.leadsUnitId !== null,
    version: position.version,
  });
}

/** The demo's kualitatif SKP (Penata Layanan Operasional, Seksi Pelayanan Umum): realisations are words. */
async function writeKualitatif(baseUrl: string, pengelola: Api, year: number) {
  const yanum = (await pengelola.get("/api/units")).find((u: { code: string }) => u.code === "YANUM");
  const seat = (await pengelola.get(`/api/positions?unitId=${yanum.id}`)).find((p: { name: string }) =>
    p.name.startsWith("Penata Layanan Operasional"),
  );
  const holder = await pengelola.get(`/api/employees/${seat.holders[0].employeeId}`);
  const wordsUser: string = holder.account.username;
  const writer = await apiAs(baseUrl, wordsUser);
  const report = await openReport(writer, year);
  assert.equal(report.approach, "kualitatif", "the demo's kualitatif SKP");
  const ikiIds: string[] = report.rhk.flatMap((r: { ikis: { ikiId: string }[] }) => r.ikis.map((i) => i.ikiId));
  const saved = await writer.put(`/api/reports/${report.id}/content`, {
    realisations: ikiIds.map((ikiId, i) => ({ ikiId, value: pick(i) })),
    actions: [],
    achievements: pick(5),
    challenges: "",
    improvements: "",
    version: report.version,
  });
  for (const [i, rhk] of report.rhk.entries()) {
    const link = {
      rhkId: rhk.rhkId,
      url: "https://arsip.kec-plaju.example/reviu.pdf",
      title: pick(i + 3).slice(0, 200),
    };
    await writer.post(`/api/reports/${report.id}/links`, link); // kualitatif realisations need bukti dukung
  }
  await writer.post(`/api/reports/${report.id}/submit`, { version: saved.version });
  await pengelola.post("/api/holidays", { date: `${year}-12-30`, name: all(200), kind: "cuti_bersama" });
  return { wordsReportId: report.id as string, wordsUser };
}
