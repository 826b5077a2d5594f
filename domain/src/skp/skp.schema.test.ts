import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { z } from "zod";
import { expectationsInputSchema, skpContentSchema } from "./skp.schema";

type ContentInput = z.input<typeof skpContentSchema>;
type RhkInput = ContentInput["rhk"][number];
type IkiInput = RhkInput["ikis"][number];

const RATER_RHK = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const ASSIGNMENT = "9b2d6c1e-7a41-4f3b-8e5d-2c6a1f0b4d97";

const iki = (change: Partial<IkiInput> = {}): IkiInput => ({
  aspek: "kuantitas",
  indicator: "Jumlah dokumen administrasi kependudukan yang diverifikasi",
  target: "1.200",
  unit: "dokumen",
  accumulation: null,
  ...change,
});

const rhk = (change: Partial<RhkInput> = {}): RhkInput => ({
  kind: "utama",
  text: "Terlaksananya pelayanan administrasi kependudukan di kecamatan",
  parentRhkId: RATER_RHK,
  perspektif: null,
  fromAssignmentId: ASSIGNMENT,
  ikis: [iki(), iki({ aspek: "kualitas", target: "85,71", unit: "persen" })],
  externalParent: null,
  assignedBy: null,
  pkTargetIds: [],
  ...change,
});

/** A full draft body as the SKP screen sends it. */
const body = (change: Partial<ContentInput> = {}): ContentInput => ({
  model: "ja_jf",
  approach: "kuantitatif",
  rhk: [rhk(), rhk({ kind: "tambahan", fromAssignmentId: null })],
  lampiran: {
    dukungan_sumber_daya: ["Membutuhkan Komputer/Laptop", "Koneksi Internet"],
    skema_pertanggungjawaban: ["Hasil kerja dilaporkan setiap triwulan"],
    konsekuensi: ["Apabila memenuhi ekspektasi akan diberikan reward"],
  },
  version: 3,
  ...change,
});

const withoutKey = <T extends object>(value: T, key: keyof T): Partial<T> => {
  const copy: Partial<T> = { ...value };
  delete copy[key];
  return copy;
};

describe("skpContentSchema accepts", () => {
  it("a full valid body, unchanged", () => {
    const input = body();
    assert.deepEqual(skpContentSchema.parse(input), input);
  });

  it("a body with the optional fields left out, filling them with null", () => {
    const parsed = skpContentSchema.parse(
      body({ rhk: [{ kind: "utama", text: "Laporan kinerja kecamatan", ikis: [{ indicator: "Jumlah laporan" }] }] }),
    );
    assert.deepEqual(parsed.rhk, [
      {
        kind: "utama",
        text: "Laporan kinerja kecamatan",
        parentRhkId: null,
        perspektif: null,
        fromAssignmentId: null,
        ikis: [{ aspek: null, indicator: "Jumlah laporan", target: null, unit: null, accumulation: null }],
        externalParent: null,
        assignedBy: null,
        pkTargetIds: [],
      },
    ]);
  });

  it("a JPT body with a perspektif on each RHK", () => {
    const input = body({
      model: "jpt",
      rhk: [rhk({ parentRhkId: null, perspektif: "penerima_layanan" }), rhk({ perspektif: "anggaran" })],
    });
    assert.equal(skpContentSchema.safeParse(input).success, true);
  });

  it("an empty draft with no RHK and empty lampiran lists", () => {
    const input = body({
      rhk: [],
      lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] },
    });
    assert.equal(skpContentSchema.safeParse(input).success, true);
  });

  it("an IKI declaring how its months add up (issue 9 rule 11)", () => {
    const parsed = skpContentSchema.parse(
      body({ rhk: [rhk({ ikis: [iki({ unit: "persen", accumulation: "latest" })] })] }),
    );
    assert.equal(parsed.rhk[0]?.ikis[0]?.accumulation, "latest");
    // A value outside the type on purpose: what a client may send, which the schema must refuse.
    const unknown = body({ rhk: [rhk({ ikis: [{ ...iki(), accumulation: "median" as never }] })] });
    assert.equal(skpContentSchema.safeParse(unknown).success, false);
  });

  it("texts trimmed of surrounding spaces", () => {
    const parsed = skpContentSchema.parse(
      body({ rhk: [rhk({ text: "  Laporan kinerja  ", ikis: [iki({ target: " 95 ", unit: " persen " })] })] }),
    );
    assert.equal(parsed.rhk[0]?.text, "Laporan kinerja");
    assert.equal(parsed.rhk[0]?.ikis[0]?.target, "95");
    assert.equal(parsed.rhk[0]?.ikis[0]?.unit, "persen");
  });

  const limits: [string, ContentInput][] = [
    ["an RHK text of exactly 500 characters", body({ rhk: [rhk({ text: "r".repeat(500) })] })],
    ["exactly 10 IKI in one RHK", body({ rhk: [rhk({ ikis: Array.from({ length: 10 }, () => iki()) })] })],
    ["exactly 30 RHK", body({ rhk: Array.from({ length: 30 }, () => rhk()) })],
    ["an indicator of exactly 500 characters", body({ rhk: [rhk({ ikis: [iki({ indicator: "i".repeat(500) })] })] })],
    ["a unit of exactly 50 characters", body({ rhk: [rhk({ ikis: [iki({ unit: "u".repeat(50) })] })] })],
    [
      "15 lampiran items of 300 characters",
      body({
        lampiran: {
          dukungan_sumber_daya: Array.from({ length: 15 }, () => "d".repeat(300)),
          skema_pertanggungjawaban: [],
          konsekuensi: [],
        },
      }),
    ],
  ];
  for (const [what, input] of limits) {
    it(`${what}, at the limit`, () => {
      assert.equal(skpContentSchema.safeParse(input).success, true);
    });
  }
});

describe("skpContentSchema rejects", () => {
  const lampiran = body().lampiran;
  /** What is wrong, the body, the path of the one issue, its code, and its message when the schema sets one. */
  const cases: [string, unknown, string, string, string | null][] = [
    ["an unknown top-level field", { ...body(), status: "disetujui" }, "", "unrecognized_keys", null],
    ["an unknown field in an RHK", { ...body(), rhk: [{ ...rhk(), bobot: 50 }] }, "rhk.0", "unrecognized_keys", null],
    [
      "an unknown field in an IKI",
      { ...body(), rhk: [{ ...rhk(), ikis: [{ ...iki(), realisasi: "10" }] }] },
      "rhk.0.ikis.0",
      "unrecognized_keys",
      null,
    ],
    [
      "an unknown lampiran list",
      { ...body(), lampiran: { ...lampiran, catatan: [] } },
      "lampiran",
      "unrecognized_keys",
      null,
    ],
    [
      "an RHK text over 500 characters",
      body({ rhk: [rhk({ text: "r".repeat(501) })] }),
      "rhk.0.text",
      "too_big",
      "Rencana hasil kerja paling banyak 500 karakter",
    ],
    [
      "an empty RHK text",
      body({ rhk: [rhk(), rhk({ text: "   " })] }),
      "rhk.1.text",
      "too_small",
      "Rencana hasil kerja wajib diisi",
    ],
    [
      "more than 10 IKI in one RHK",
      body({ rhk: [rhk({ ikis: Array.from({ length: 11 }, () => iki()) })] }),
      "rhk.0.ikis",
      "too_big",
      "Paling banyak 10 IKI per RHK",
    ],
    [
      "more than 30 RHK",
      body({ rhk: Array.from({ length: 31 }, () => rhk()) }),
      "rhk",
      "too_big",
      "Paling banyak 30 RHK",
    ],
    [
      "a parentRhkId that is not a UUID",
      body({ rhk: [rhk({ parentRhkId: "rhk-atasan-1" })] }),
      "rhk.0.parentRhkId",
      "invalid_format",
      "RHK atasan tidak valid",
    ],
    [
      "an empty parentRhkId",
      body({ rhk: [rhk({ parentRhkId: "" })] }),
      "rhk.0.parentRhkId",
      "invalid_format",
      "RHK atasan tidak valid",
    ],
    [
      "a fromAssignmentId that is not a UUID",
      body({ rhk: [rhk({ fromAssignmentId: "mph-1" })] }),
      "rhk.0.fromAssignmentId",
      "invalid_format",
      null,
    ],
    ["a missing version", withoutKey(body(), "version"), "version", "invalid_type", "Versi wajib diisi"],
    ["a version given as text", { ...body(), version: "3" }, "version", "invalid_type", "Versi wajib diisi"],
    ["a version of 0", body({ version: 0 }), "version", "too_small", null],
    ["a fractional version", body({ version: 1.5 }), "version", "invalid_type", null],
    ["an unknown model", { ...body(), model: "jf" }, "model", "invalid_value", "Model SKP tidak dikenal"],
    ["a missing model", withoutKey(body(), "model"), "model", "invalid_value", "Model SKP tidak dikenal"],
    [
      "an unknown approach",
      { ...body(), approach: "campuran" },
      "approach",
      "invalid_value",
      "Pendekatan tidak dikenal",
    ],
    [
      "an unknown RHK kind",
      { ...body(), rhk: [{ ...rhk(), kind: "pokok" }] },
      "rhk.0.kind",
      "invalid_value",
      "Jenis RHK harus utama atau tambahan",
    ],
    [
      "an unknown perspektif",
      { ...body(), rhk: [{ ...rhk(), perspektif: "keuangan" }] },
      "rhk.0.perspektif",
      "invalid_value",
      "Perspektif tidak dikenal",
    ],
    [
      "an unknown aspek",
      { ...body(), rhk: [{ ...rhk(), ikis: [{ ...iki(), aspek: "mutu" }] }] },
      "rhk.0.ikis.0.aspek",
      "invalid_value",
      "Aspek tidak dikenal",
    ],
    [
      "an indicator over 500 characters",
      body({ rhk: [rhk({ ikis: [iki(), iki({ indicator: "i".repeat(501) })] })] }),
      "rhk.0.ikis.1.indicator",
      "too_big",
      "Indikator kinerja individu paling banyak 500 karakter",
    ],
    [
      "an empty indicator",
      body({ rhk: [rhk({ ikis: [iki({ indicator: "" })] })] }),
      "rhk.0.ikis.0.indicator",
      "too_small",
      "Indikator kinerja individu wajib diisi",
    ],
    [
      "a target over 500 characters",
      body({ rhk: [rhk({ ikis: [iki({ target: "9".repeat(501) })] })] }),
      "rhk.0.ikis.0.target",
      "too_big",
      "Target paling banyak 500 karakter",
    ],
    [
      "a unit over 50 characters",
      body({ rhk: [rhk({ ikis: [iki({ unit: "u".repeat(51) })] })] }),
      "rhk.0.ikis.0.unit",
      "too_big",
      "Satuan paling banyak 50 karakter",
    ],
    [
      "a lampiran item over 300 characters",
      body({ lampiran: { ...lampiran, konsekuensi: ["k".repeat(301)] } }),
      "lampiran.konsekuensi.0",
      "too_big",
      "Butir lampiran paling banyak 300 karakter",
    ],
    [
      "an empty lampiran item",
      body({ lampiran: { ...lampiran, dukungan_sumber_daya: ["Laptop", " "] } }),
      "lampiran.dukungan_sumber_daya.1",
      "too_small",
      "Butir lampiran wajib diisi",
    ],
    [
      "more than 15 items in a lampiran list",
      body({ lampiran: { ...lampiran, skema_pertanggungjawaban: Array.from({ length: 16 }, () => "Laporan") } }),
      "lampiran.skema_pertanggungjawaban",
      "too_big",
      "Paling banyak 15 butir",
    ],
    [
      "a missing lampiran list",
      { ...body(), lampiran: withoutKey(lampiran, "konsekuensi") },
      "lampiran.konsekuensi",
      "invalid_type",
      null,
    ],
    ["a missing RHK list", withoutKey(body(), "rhk"), "rhk", "invalid_type", null],
  ];
  for (const [what, input, path, code, message] of cases) {
    it(`${what} (${code} at ${path || "the top"})`, () => {
      const result = skpContentSchema.safeParse(input);
      assert.equal(result.success, false);
      const issues = result.error?.issues ?? [];
      assert.deepEqual(
        issues.map((issue) => [issue.path.join("."), issue.code]),
        [[path, code]],
      );
      if (message !== null) {
        assert.equal(issues[0]?.message, message);
      }
    });
  }
});

describe("expectationsInputSchema", () => {
  it("accepts an expectation per BerAKHLAK value with a version", () => {
    const input = { expectations: [{ valueCode: "akuntabel", text: "Laporan tepat waktu" }], version: 1 };
    assert.equal(expectationsInputSchema.safeParse(input).success, true);
  });

  it("rejects a value code that is not BerAKHLAK", () => {
    const input = { expectations: [{ valueCode: "integritas", text: "Jujur" }], version: 1 };
    assert.equal(expectationsInputSchema.safeParse(input).success, false);
  });

  it("rejects an expectation over 500 characters", () => {
    const input = { expectations: [{ valueCode: "loyal", text: "e".repeat(501) }], version: 1 };
    assert.equal(expectationsInputSchema.safeParse(input).success, false);
  });
});
