import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { realisationProblem } from "./realisation.rules";
import { feedbackInputSchema, linkInputSchema, reportContentSchema } from "./report.schema";

const IKI = "3f1c7a4e-8b2d-4c6e-9a1f-2b3c4d5e6f70";
const RHK = "7b2e9c10-4d3a-4f8b-8c6d-1e2f3a4b5c6d";

/** The path of the first issue when `result` failed, or null when it succeeded. */
function firstIssuePath(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string | null {
  if (result.success) {
    return null;
  }
  return (result.error?.issues[0]?.path ?? []).map(String).join(".");
}

const fullBody = () => ({
  realisations: [
    { ikiId: IKI, value: "120" },
    { ikiId: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", value: "85,5" },
  ],
  actions: [{ rhkId: RHK, plan: "Menyusun rekap layanan harian", progress: 60 }],
  achievements: "Seluruh permohonan KTP bulan ini selesai diproses.",
  challenges: "Jaringan SIAK sempat terputus dua hari.",
  improvements: "Menyiapkan formulir manual sebagai cadangan.",
  version: 3,
});

describe("reportContentSchema", () => {
  it("accepts a full body", () => {
    const result = reportContentSchema.safeParse(fullBody());
    assert.equal(result.success, true);
    if (result.success) {
      assert.deepEqual(result.data, fullBody());
    }
  });

  it("fills empty narratives and a missing plan and progress with their defaults", () => {
    const result = reportContentSchema.parse({ realisations: [], actions: [{ rhkId: RHK }], version: 1 });
    assert.deepEqual(result, {
      realisations: [],
      actions: [{ rhkId: RHK, plan: "", progress: null }],
      achievements: "",
      challenges: "",
      improvements: "",
      version: 1,
    });
  });

  it("trims the narratives", () => {
    const result = reportContentSchema.parse({ ...fullBody(), achievements: "  Selesai.  " });
    assert.equal(result.achievements, "Selesai.");
  });

  const realisations: [string, boolean][] = [
    ["", true],
    ["120", true],
    ["1.200", true],
    ["1.200,5", true],
    ["85,5", true],
    ["85.5", true],
    ["0", true],
    [" 95 ", true],
    ["banyak", false],
    ["-5", false],
    ["90%", false],
    ["1 200", false],
    ["1,2,3", false],
    ["1".repeat(21), false],
  ];
  for (const [value, ok] of realisations) {
    it(`${ok ? "accepts" : "rejects"} the realisation ${JSON.stringify(value)} of a kuantitatif SKP`, () => {
      const body = { ...fullBody(), realisations: [{ ikiId: IKI, value }] };
      assert.equal(reportContentSchema.safeParse(body).success, true, "the schema takes any short text");
      assert.equal(realisationProblem("kuantitatif", value) === null, ok);
    });
  }

  const progress: [number | null, boolean][] = [
    [0, true],
    [100, true],
    [null, true],
    [101, false],
    [-1, false],
    [50.5, false],
  ];
  for (const [value, ok] of progress) {
    it(`${ok ? "accepts" : "rejects"} a progress of ${value}`, () => {
      const body = { ...fullBody(), actions: [{ rhkId: RHK, plan: "", progress: value }] };
      const result = reportContentSchema.safeParse(body);
      assert.equal(result.success, ok);
      if (!ok) {
        assert.equal(firstIssuePath(result), "actions.0.progress");
      }
    });
  }

  for (const field of ["achievements", "challenges", "improvements"] as const) {
    it(`accepts 4000 characters of ${field}`, () => {
      assert.equal(reportContentSchema.safeParse({ ...fullBody(), [field]: "a".repeat(4000) }).success, true);
    });

    it(`rejects 4001 characters of ${field}`, () => {
      const result = reportContentSchema.safeParse({ ...fullBody(), [field]: "a".repeat(4001) });
      assert.equal(firstIssuePath(result), field);
    });
  }

  it("rejects a plan over 2000 characters", () => {
    const body = { ...fullBody(), actions: [{ rhkId: RHK, plan: "a".repeat(2001), progress: null }] };
    assert.equal(firstIssuePath(reportContentSchema.safeParse(body)), "actions.0.plan");
  });

  const unknown: [string, () => unknown, string][] = [
    ["at the top", () => ({ ...fullBody(), status: "diterima" }), ""],
    [
      "in a realisation",
      () => ({ ...fullBody(), realisations: [{ ikiId: IKI, value: "1", extra: 1 }] }),
      "realisations.0",
    ],
    [
      "in an action",
      () => ({ ...fullBody(), actions: [{ rhkId: RHK, plan: "", progress: 1, done: true }] }),
      "actions.0",
    ],
  ];
  for (const [where, body, path] of unknown) {
    it(`rejects an unknown field ${where}`, () => {
      const result = reportContentSchema.safeParse(body());
      assert.equal(result.success, false);
      assert.equal(firstIssuePath(result), path);
      assert.equal(result.error?.issues[0]?.code, "unrecognized_keys");
    });
  }

  const missing: [string, Record<string, unknown>][] = [
    ["an invalid IKI id", { realisations: [{ ikiId: "iki-1", value: "1" }] }],
    ["an invalid RHK id", { actions: [{ rhkId: "rhk-1" }] }],
    ["a missing version", { version: undefined }],
    ["a version of 0", { version: 0 }],
    ["a missing realisations list", { realisations: undefined }],
    ["a missing actions list", { actions: undefined }],
  ];
  for (const [name, change] of missing) {
    it(`rejects ${name}`, () => {
      assert.equal(reportContentSchema.safeParse({ ...fullBody(), ...change }).success, false);
    });
  }
});

describe("feedbackInputSchema", () => {
  it("accepts feedback per RHK and overall", () => {
    const input = {
      perRhk: [{ rhkId: RHK, wentWell: "Tepat waktu", toImprove: "Kerapian arsip", support: "Pelatihan arsip" }],
      overall: "Pertahankan.",
      version: 2,
    };
    assert.deepEqual(feedbackInputSchema.parse(input), { ...input, perValue: [] });
  });

  it("rejects an unknown field", () => {
    assert.equal(feedbackInputSchema.safeParse({ perRhk: [], version: 1, rating: 5 }).success, false);
  });

  it("rejects an overall note over 4000 characters", () => {
    const result = feedbackInputSchema.safeParse({ perRhk: [], overall: "a".repeat(4001), version: 1 });
    assert.equal(firstIssuePath(result), "overall");
  });
});

describe("linkInputSchema", () => {
  const links: [string, boolean][] = [
    ["https://drive.google.com/file/d/abc/view", true],
    ["https://palembang.go.id/laporan?bulan=1&tahun=2026#ringkasan", true],
    ["HTTPS://PALEMBANG.GO.ID", true],
    ["  https://palembang.go.id  ", true],
    ["https://x", true],
    ["http://palembang.go.id", false],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(document.cookie)//https://x", false],
    ["ftp://files.palembang.go.id/laporan.pdf", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["https://", false],
    ["https:// ", false],
    ["https:///etc/passwd", false],
    ["https://palembang go.id", false],
    ["https://palembang.go.id/laporan bulan", false],
    ["https://palembang.go.id/\nlaporan", false],
    ["//palembang.go.id", false],
    ["palembang.go.id", false],
    ["", false],
    [`https://x.id/${"a".repeat(2000)}`, false],
  ];
  for (const [url, ok] of links) {
    it(`${ok ? "accepts" : "rejects"} ${JSON.stringify(url.length > 60 ? `${url.slice(0, 30)}…` : url)}`, () => {
      const result = linkInputSchema.safeParse({ rhkId: RHK, url, title: "Bukti" });
      assert.equal(result.success, ok);
      if (!ok) {
        assert.equal(firstIssuePath(result), "url");
      }
    });
  }

  it("trims the url and defaults the title", () => {
    assert.deepEqual(linkInputSchema.parse({ rhkId: RHK, url: " https://palembang.go.id " }), {
      rhkId: RHK,
      url: "https://palembang.go.id",
      title: "",
    });
  });

  it("rejects a missing url with its own message", () => {
    const result = linkInputSchema.safeParse({ rhkId: RHK });
    assert.equal(firstIssuePath(result), "url");
    assert.equal(result.error?.issues[0]?.message, "Tautan wajib diisi");
  });

  it("rejects a title over 200 characters", () => {
    const result = linkInputSchema.safeParse({ rhkId: RHK, url: "https://x.id", title: "a".repeat(201) });
    assert.equal(firstIssuePath(result), "title");
  });

  it("rejects an unknown field", () => {
    assert.equal(linkInputSchema.safeParse({ rhkId: RHK, url: "https://x.id", target: "_blank" }).success, false);
  });
});
