import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  employmentStatusSchema,
  golonganPnsValues,
  golonganPppkValues,
  golonganSchema,
  isGolonganFor,
  pangkatByGolongan,
  pangkatFor,
  pangkatLabel,
} from "./golongan";

/** Golongan/ruang PNS and their pangkat, REGULATIONS.md §7.4 (PP 99/2000 jo. PP 12/2002). */
const pnsCells: [string, string][] = [
  ["I/a", "Juru Muda"],
  ["I/b", "Juru Muda Tingkat I"],
  ["I/c", "Juru"],
  ["I/d", "Juru Tingkat I"],
  ["II/a", "Pengatur Muda"],
  ["II/b", "Pengatur Muda Tingkat I"],
  ["II/c", "Pengatur"],
  ["II/d", "Pengatur Tingkat I"],
  ["III/a", "Penata Muda"],
  ["III/b", "Penata Muda Tingkat I"],
  ["III/c", "Penata"],
  ["III/d", "Penata Tingkat I"],
  ["IV/a", "Pembina"],
  ["IV/b", "Pembina Tingkat I"],
  ["IV/c", "Pembina Utama Muda"],
  ["IV/d", "Pembina Utama Madya"],
  ["IV/e", "Pembina Utama"],
];

/** Golongan PPPK I-XVII (Perpres 98/2020): no pangkat. */
const pppkCells = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
];

/** Strings that are not a golongan of either status, including near misses and Object.prototype names. */
const unknownGolongan = [
  "",
  " ",
  "III/e",
  "V/a",
  "I/f",
  "iii/a",
  "III/A",
  "III-a",
  "IIIa",
  "III /a",
  " III/a",
  "III/a ",
  "3/a",
  "XVIII",
  "0",
  "xvii",
  "IIII",
  "toString",
  "constructor",
  "__proto__",
  "hasOwnProperty",
];

describe("the golongan lists", () => {
  it("lists the 17 PNS golongan from I/a to IV/e in rank order", () => {
    assert.deepEqual(
      [...golonganPnsValues],
      pnsCells.map(([golongan]) => golongan),
    );
  });

  it("lists the 17 PPPK golongan from I to XVII in rank order", () => {
    assert.deepEqual([...golonganPppkValues], pppkCells);
  });

  it("has a pangkat for exactly the PNS golongan", () => {
    assert.deepEqual(Object.keys(pangkatByGolongan), [...golonganPnsValues]);
  });

  it("has no golongan that is both a PNS and a PPPK golongan", () => {
    const pns = new Set<string>(golonganPnsValues);
    assert.deepEqual(
      golonganPppkValues.filter((g) => pns.has(g)),
      [],
    );
  });
});

describe("pangkatFor gives the pangkat of each PNS golongan", () => {
  for (const [golongan, pangkat] of pnsCells) {
    it(`gives ${golongan} the pangkat ${pangkat}`, () => {
      assert.equal(pangkatFor(golongan), pangkat);
      assert.equal(pangkatByGolongan[golongan as keyof typeof pangkatByGolongan], pangkat);
    });
  }
});

describe("pangkatFor gives no pangkat to a PPPK golongan", () => {
  for (const golongan of pppkCells) {
    it(`gives PPPK golongan ${golongan} no pangkat`, () => {
      assert.equal(pangkatFor(golongan), null);
    });
  }
});

describe("pangkatFor gives no pangkat to an unknown golongan", () => {
  for (const golongan of unknownGolongan) {
    it(`gives ${JSON.stringify(golongan)} no pangkat`, () => {
      assert.equal(pangkatFor(golongan), null);
    });
  }
});

describe("pangkatLabel prints the pangkat with the golongan for a PNS", () => {
  for (const [golongan, pangkat] of pnsCells) {
    const label = `${pangkat} (${golongan})`;
    it(`prints ${golongan} as "${label}"`, () => {
      assert.equal(pangkatLabel(golongan), label);
    });
  }
});

describe("pangkatLabel prints 'Golongan' and the roman numeral for a PPPK", () => {
  for (const golongan of pppkCells) {
    it(`prints PPPK golongan ${golongan} as "Golongan ${golongan}"`, () => {
      assert.equal(pangkatLabel(golongan), `Golongan ${golongan}`);
    });
  }
});

describe("isGolonganFor accepts each PNS golongan for a PNS only", () => {
  for (const [golongan] of pnsCells) {
    it(`accepts ${golongan} for a PNS`, () => {
      assert.equal(isGolonganFor("pns", golongan), true);
    });
    it(`refuses ${golongan} for a PPPK`, () => {
      assert.equal(isGolonganFor("pppk", golongan), false);
    });
  }
});

describe("isGolonganFor accepts each PPPK golongan for a PPPK only", () => {
  for (const golongan of pppkCells) {
    it(`accepts ${golongan} for a PPPK`, () => {
      assert.equal(isGolonganFor("pppk", golongan), true);
    });
    it(`refuses ${golongan} for a PNS`, () => {
      assert.equal(isGolonganFor("pns", golongan), false);
    });
  }
});

describe("isGolonganFor refuses an unknown golongan for both statuses", () => {
  for (const golongan of unknownGolongan) {
    it(`refuses ${JSON.stringify(golongan)} for a PNS and for a PPPK`, () => {
      assert.equal(isGolonganFor("pns", golongan), false);
      assert.equal(isGolonganFor("pppk", golongan), false);
    });
  }
});

describe("golonganSchema accepts every golongan of both statuses", () => {
  for (const golongan of [...pnsCells.map(([g]) => g), ...pppkCells]) {
    it(`accepts ${golongan}`, () => {
      assert.deepEqual(golonganSchema.safeParse(golongan), { success: true, data: golongan });
    });
  }
});

describe("golonganSchema refuses anything else with the message 'Golongan tidak dikenal'", () => {
  const inputs: unknown[] = [...unknownGolongan, null, undefined, 3, ["III/a"], { golongan: "III/a" }];
  for (const input of inputs) {
    it(`refuses ${String(JSON.stringify(input))}`, () => {
      const result = golonganSchema.safeParse(input);
      assert.equal(result.success, false);
      if (!result.success) {
        assert.equal(result.error.issues[0]?.message, "Golongan tidak dikenal");
      }
    });
  }
});

describe("employmentStatusSchema", () => {
  const cases: [unknown, boolean][] = [
    ["pns", true],
    ["pppk", true],
    ["PNS", false],
    ["cpns", false],
    ["honorer", false],
    ["", false],
    [null, false],
  ];
  for (const [input, ok] of cases) {
    it(`${ok ? "accepts" : "refuses"} ${JSON.stringify(input)}`, () => {
      assert.equal(employmentStatusSchema.safeParse(input).success, ok);
    });
  }
});
