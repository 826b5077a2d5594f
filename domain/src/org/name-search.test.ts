import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nameSearchKey, searchTerm } from "./name-search";

describe("the name an employee is searched by", () => {
  const cases: [name: string, key: string][] = [
    ["Siti Aminah", "siti aminah"],
    ["SITI  AMINAH", "siti aminah"],
    ["Nurdïn Sëtiawan", "nurdin setiawan"],
    ["H. Ahmad Fauzi", "ahmad fauzi"],
    ["Hj. Rosmala Dewi", "rosmala dewi"],
    ["Dr. Ir. Bambang", "bambang"],
    ["Drs. Yusuf, M.Si", "yusuf"],
    ["Ahmad Fauzi, S.Kom", "ahmad fauzi"],
    ["Dra Ayu", "dra ayu"],
    ["M. Rizky", "m rizky"],
    ["Muhammad 'Ali-Akbar", "muhammad ali akbar"],
    ["R. Ayu Kartini", "ayu kartini"],
    ["", ""],
  ];
  for (const [name, key] of cases) {
    it(`keys "${name}" as "${key}"`, () => {
      assert.equal(nameSearchKey(name), key);
    });
  }

  it("folds what a user types the same way, keeping a typed title", () => {
    assert.equal(searchTerm("  Nurdïn "), "nurdin");
    assert.equal(searchTerm("Dr. Siti"), "dr siti");
    assert.equal(searchTerm("50%_x"), "50 x");
  });
});
