import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { batchFileName, fileSegment, numberedName } from "./skp-batch";

describe("SKP batch file names", () => {
  it("names a file by NIP, name, SKP and year", () => {
    assert.equal(
      batchFileName({ nip: "198101102009121009", name: "Dra. Siti Aisyah, M.Si.", fallbackId: "x" }, 2026),
      "198101102009121009-Dra-Siti-Aisyah-M-Si-SKP-2026.pdf",
    );
  });

  it("folds accents and drops path separators, dots and reserved characters", () => {
    assert.equal(fileSegment("../../etc/passwd"), "etc-passwd");
    assert.equal(fileSegment('Réné "Ñoño" <a|b>:c*?\\d'), "Rene-Nono-a-b-c-d");
    assert.equal(fileSegment("  \u0000\u001f "), "");
  });

  it("keeps a long name to 60 characters without a trailing hyphen", () => {
    const segment = fileSegment(`${"a".repeat(59)} bcd`);
    assert.equal(segment, "a".repeat(59));
    assert.ok(fileSegment("x".repeat(200)).length <= 60);
  });

  it("falls back to the system id without a NIP and to 'pegawai' without a usable name", () => {
    assert.equal(
      batchFileName({ nip: null, name: "???", fallbackId: "0194-ab" }, 2025),
      "0194-ab-pegawai-SKP-2025.pdf",
    );
  });

  it("numbers repeated names from the second one", () => {
    const seen = new Map<string, number>();
    const names = ["a.pdf", "b.pdf", "a.pdf", "a.pdf"].map((name) => numberedName(seen, name));
    assert.deepEqual(names, ["a.pdf", "b.pdf", "a-2.pdf", "a-3.pdf"]);
  });
});
