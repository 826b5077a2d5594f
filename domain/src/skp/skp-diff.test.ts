import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { diffIkis, diffRhk, diffSkp, textSimilarity } from "./skp-diff";
import type { SkpSnapshot, SnapshotIki, SnapshotRhk } from "./skp-diff.schema";

const iki = (indicator: string, more: Partial<SnapshotIki> = {}): SnapshotIki => ({
  aspek: "kuantitas",
  indicator,
  target: "12",
  unit: "dokumen",
  accumulation: null,
  ...more,
});
const rhk = (text: string, more: Partial<SnapshotRhk> = {}): SnapshotRhk => ({
  kind: "utama",
  text,
  parent: "Meningkatnya kualitas pelayanan PATEN",
  perspektif: null,
  ikis: [iki(`Jumlah ${text}`)],
  ...more,
});
const snapshot = (more: Partial<SkpSnapshot> = {}): SkpSnapshot => ({
  model: "ja_jf",
  approach: "kuantitatif",
  rhk: [rhk("Terlayaninya izin usaha mikro"), rhk("Tersusunnya laporan pengaduan")],
  lampiran: { dukungan_sumber_daya: ["Komputer"], skema_pertanggungjawaban: [], konsekuensi: [] },
  expectations: [],
  ...more,
});
const summary = (diff: ReturnType<typeof diffRhk>) => diff.map((r) => [r.change, r.beforeNo, r.afterNo, r.text]);

describe("the diff of an SKP since its return: RHK", () => {
  const a = rhk("Terlayaninya izin usaha mikro");
  const b = rhk("Tersusunnya laporan pengaduan");
  const c = rhk("Terselenggaranya rapat koordinasi kelurahan");

  it("marks every RHK unchanged when nothing changed, spaces included", () => {
    const spaced = { ...b, text: "  Tersusunnya   laporan pengaduan " };
    assert.deepEqual(summary(diffRhk([a, b], [a, spaced])), [
      ["unchanged", 1, 1, a.text],
      ["unchanged", 2, 2, spaced.text],
    ]);
  });

  it("marks an RHK added, with its IKI added", () => {
    const diff = diffRhk([a], [a, c]);
    assert.deepEqual(summary(diff), [
      ["unchanged", 1, 1, a.text],
      ["added", null, 2, c.text],
    ]);
    assert.deepEqual(
      diff[1]?.ikis.map((i) => [i.change, i.after?.indicator]),
      [["added", `Jumlah ${c.text}`]],
    );
  });

  it("marks an RHK removed, in the place it had, with its IKI removed", () => {
    const diff = diffRhk([a, b, c], [a, c]);
    assert.deepEqual(summary(diff), [
      ["unchanged", 1, 1, a.text],
      ["removed", 2, null, b.text],
      ["unchanged", 3, 2, c.text],
    ]);
    assert.deepEqual(
      diff[1]?.ikis.map((i) => i.change),
      ["removed"],
    );
  });

  it("puts an RHK removed from the top first", () => {
    assert.deepEqual(summary(diffRhk([a, b], [b])), [
      ["removed", 1, null, a.text],
      ["unchanged", 2, 1, b.text],
    ]);
  });

  it("marks a reworded RHK changed, with the old and the new text", () => {
    const reworded = { ...a, text: "Terlayaninya izin usaha mikro dan kecil" };
    const [diff] = diffRhk([a], [reworded]);
    assert.equal(diff?.change, "changed");
    assert.deepEqual(diff?.fields, [{ field: "text", before: a.text, after: reworded.text }]);
  });

  it("treats a text with too few words in common as one RHK removed and another added", () => {
    const other = { ...a, text: "Meningkatnya partisipasi warga dalam musrenbang" };
    assert.deepEqual(
      diffRhk([a], [other]).map((r) => r.change),
      ["removed", "added"],
    );
  });

  it("marks an RHK moved when only its place changed", () => {
    const diff = diffRhk([a, b, c], [c, a, b]);
    assert.deepEqual(
      diff.map((r) => [r.change, r.moved, r.beforeNo, r.afterNo]),
      [
        ["moved", true, 3, 1],
        ["unchanged", false, 1, 2],
        ["unchanged", false, 2, 3],
      ],
    );
  });

  it("does not call RHK below an added or removed one moved", () => {
    assert.deepEqual(
      diffRhk([a, b], [c, a, b]).map((r) => [r.change, r.moved]),
      [
        ["added", false],
        ["unchanged", false],
        ["unchanged", false],
      ],
    );
  });

  it("marks an RHK both changed and moved", () => {
    const reworded = { ...a, text: "Terlayaninya izin usaha mikro dan kecil" };
    const [first, second] = diffRhk([a, b], [b, reworded]);
    assert.deepEqual([first?.change, first?.moved], ["unchanged", false]);
    assert.deepEqual([second?.change, second?.moved], ["changed", true]);
  });

  it("reports a change of kind, RHK atasan and perspektif, numbering each section as the table does", () => {
    const tambahan = { ...b, kind: "tambahan" as const, parent: "RHK atasan lain", perspektif: "anggaran" as const };
    const [first, second] = diffRhk([a, b], [a, tambahan]);
    assert.equal(first?.change, "unchanged");
    assert.deepEqual([second?.change, second?.beforeNo, second?.afterNo], ["changed", 2, 1]);
    assert.deepEqual(second?.fields, [
      { field: "kind", before: "utama", after: "tambahan" },
      { field: "parent", before: a.parent, after: "RHK atasan lain" },
      { field: "perspektif", before: null, after: "anggaran" },
    ]);
  });

  it("marks an RHK changed when only one of its IKI changed", () => {
    const newTarget = { ...a, ikis: [iki(`Jumlah ${a.text}`, { target: "24" })] };
    const [diff] = diffRhk([a], [newTarget]);
    assert.equal(diff?.change, "changed");
    assert.deepEqual(diff?.fields, []);
    assert.deepEqual(diff?.ikis[0]?.fields, [{ field: "target", before: "12", after: "24" }]);
  });
});

describe("the diff of an SKP since its return: IKI", () => {
  const kuantitas = iki("Jumlah izin yang diterbitkan");
  const kualitas = iki("Persentase izin tanpa keluhan", { aspek: "kualitas", target: "90", unit: "persen" });
  const waktu = iki("Rata-rata lama layanan izin", { aspek: "waktu", target: "3", unit: "hari" });
  const changes = (diff: ReturnType<typeof diffIkis>) => diff.map((i) => [i.change, i.beforeNo, i.afterNo]);

  it("marks IKI unchanged, added and removed", () => {
    assert.deepEqual(changes(diffIkis([kuantitas, kualitas], [kuantitas, waktu])), [
      ["unchanged", 1, 1],
      ["removed", 2, null],
      ["added", null, 2],
    ]);
  });

  it("reports target, satuan, aspek and accumulation changed, old and new", () => {
    const edited = { ...kualitas, aspek: "waktu" as const, target: "95", unit: "%", accumulation: "latest" as const };
    const [diff] = diffIkis([kualitas], [edited]);
    assert.equal(diff?.change, "changed");
    assert.deepEqual(diff?.fields, [
      { field: "aspek", before: "kualitas", after: "waktu" },
      { field: "target", before: "90", after: "95" },
      { field: "unit", before: "persen", after: "%" },
      { field: "accumulation", before: null, after: "latest" },
    ]);
  });

  it("pairs a rewritten indicator with the only IKI left of the same aspek", () => {
    const rewritten = { ...kualitas, indicator: "Indeks kepuasan pemohon" };
    const [, diff] = diffIkis([kuantitas, kualitas], [kuantitas, rewritten]);
    assert.equal(diff?.change, "changed");
    assert.deepEqual(diff?.fields, [
      { field: "indicator", before: kualitas.indicator, after: "Indeks kepuasan pemohon" },
    ]);
  });

  it("marks IKI moved when two swap places", () => {
    assert.deepEqual(
      diffIkis([kuantitas, kualitas, waktu], [kualitas, kuantitas, waktu]).map((i) => [i.change, i.moved]),
      [
        ["moved", true],
        ["unchanged", false],
        ["unchanged", false],
      ],
    );
  });
});

describe("the diff of an SKP since its return: the rest", () => {
  it("counts no change for the same content", () => {
    const diff = diffSkp(snapshot(), snapshot());
    assert.equal(diff.changes, 0);
    assert.deepEqual([diff.model, diff.approach, diff.expectations, diff.lampiran], [null, null, [], []]);
  });

  it("reports expectations added, changed and removed, in BerAKHLAK order", () => {
    const before = snapshot({
      expectations: [
        { valueCode: "loyal", text: "Menjaga rahasia jabatan" },
        { valueCode: "akuntabel", text: "Laporan tepat waktu" },
      ],
    });
    const after = snapshot({
      expectations: [
        { valueCode: "akuntabel", text: "Laporan tepat waktu setiap bulan" },
        { valueCode: "berorientasi_pelayanan", text: "Ramah kepada pemohon" },
      ],
    });
    assert.deepEqual(diffSkp(before, after).expectations, [
      { valueCode: "berorientasi_pelayanan", change: "added", before: null, after: "Ramah kepada pemohon" },
      {
        valueCode: "akuntabel",
        change: "changed",
        before: "Laporan tepat waktu",
        after: "Laporan tepat waktu setiap bulan",
      },
      { valueCode: "loyal", change: "removed", before: "Menjaga rahasia jabatan", after: null },
    ]);
  });

  it("reports lampiran items added and removed, and model and approach changed, in the count", () => {
    const after = snapshot({
      model: "jpt",
      approach: "kualitatif",
      lampiran: {
        dukungan_sumber_daya: ["Koneksi internet"],
        skema_pertanggungjawaban: ["Laporan bulanan"],
        konsekuensi: [],
      },
    });
    const diff = diffSkp(snapshot(), after);
    assert.deepEqual(diff.model, { before: "ja_jf", after: "jpt" });
    assert.deepEqual(diff.approach, { before: "kuantitatif", after: "kualitatif" });
    assert.deepEqual(diff.lampiran, [
      { kind: "dukungan_sumber_daya", change: "removed", text: "Komputer" },
      { kind: "dukungan_sumber_daya", change: "added", text: "Koneksi internet" },
      { kind: "skema_pertanggungjawaban", change: "added", text: "Laporan bulanan" },
    ]);
    assert.equal(diff.changes, 5);
  });

  it("counts each RHK that is not unchanged once", () => {
    const before = snapshot();
    const after = snapshot({ rhk: [rhk("Tersusunnya laporan pengaduan"), rhk("Terselenggaranya rapat koordinasi")] });
    assert.deepEqual(
      diffSkp(before, after).rhk.map((r) => r.change),
      ["removed", "unchanged", "added"],
    );
    assert.equal(diffSkp(before, after).changes, 2);
  });
});

describe("text similarity", () => {
  it("is 1 for the same words in any case, 0 for none in common, in between otherwise", () => {
    assert.equal(textSimilarity("Laporan Bulanan", "laporan bulanan"), 1);
    assert.equal(textSimilarity("laporan", "rapat"), 0);
    assert.equal(textSimilarity("laporan bulanan", "laporan tahunan"), 0.5);
  });
});
