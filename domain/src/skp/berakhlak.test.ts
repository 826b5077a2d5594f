import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BERAKHLAK_SE_20_2021, berakhlakSe20of2021, berakhlakValueCodes } from "./berakhlak";
import { berakhlakValueSchema } from "./skp.schema";

describe("BerAKHLAK (SE MenPANRB 20/2021 wording)", () => {
  const names = ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"];

  it("has exactly the seven core values, in the order of the acronym", () => {
    assert.deepEqual(
      berakhlakSe20of2021.map((v) => v.name),
      names,
    );
  });

  it("spells BerAKHLAK with the initials of the values", () => {
    assert.equal(berakhlakSe20of2021.map((v) => v.name.charAt(0)).join(""), "BAKHLAK");
  });

  it("lists the value codes in the same order as the values", () => {
    assert.deepEqual(
      berakhlakSe20of2021.map((v) => v.code),
      [...berakhlakValueCodes],
    );
  });

  for (const value of berakhlakSe20of2021) {
    it(`gives ${value.name} three panduan perilaku`, () => {
      assert.equal(value.indicators.length, 3);
    });
  }

  it("has 21 panduan perilaku, all different", () => {
    const texts = berakhlakSe20of2021.flatMap((v) => v.indicators);
    assert.equal(texts.length, 21);
    assert.equal(new Set(texts).size, 21);
  });

  it("has no empty text and no text with surrounding or double spaces", () => {
    for (const text of berakhlakSe20of2021.flatMap((v) => [v.name, ...v.indicators])) {
      assert.ok(text.length > 0);
      assert.equal(text, text.trim());
      assert.ok(!text.includes("  "), text);
    }
  });

  /** Verbatim from REGULATIONS.md §3.2, spelling variants included ("sumberdaya", "disiplin dan"). */
  const verbatim: [string, number, string][] = [
    ["berorientasi_pelayanan", 0, "Memahami dan memenuhi kebutuhan masyarakat"],
    ["akuntabel", 0, "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi"],
    ["akuntabel", 2, "Tidak menyalahgunakan kewenangan jabatan"],
    ["kompeten", 1, "Membantu orang lain belajar"],
    ["harmonis", 0, "Menghargai setiap orang apapun latar belakangnya"],
    [
      "loyal",
      0,
      "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, " +
        "setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
    ],
    ["loyal", 1, "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara"],
    ["adaptif", 2, "Bertindak proaktif"],
    ["kolaboratif", 2, "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama"],
  ];
  for (const [code, index, text] of verbatim) {
    it(`prints panduan ${index + 1} of ${code} verbatim: "${text.slice(0, 40)}..."`, () => {
      const value = berakhlakSe20of2021.find((v) => v.code === code);
      assert.equal(value?.indicators[index], text);
    });
  }

  it("names the master-data version SE-20-2021", () => {
    assert.equal(BERAKHLAK_SE_20_2021, "SE-20-2021");
  });

  for (const code of berakhlakValueCodes) {
    it(`accepts ${code} as a value code`, () => {
      assert.equal(berakhlakValueSchema.safeParse(code).success, true);
    });
  }

  for (const code of ["integritas", "Akuntabel", "berorientasi pelayanan", ""]) {
    it(`rejects ${JSON.stringify(code)} as a value code`, () => {
      assert.equal(berakhlakValueSchema.safeParse(code).success, false);
    });
  }
});
