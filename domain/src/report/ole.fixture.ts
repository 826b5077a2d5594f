const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

type Options = { sectorShift?: 9 | 12; loop?: boolean };

/**
 * A minimal OLE compound file for tests: the header, one FAT sector, and a directory of a root entry plus `streams`
 * spread over as many sectors as it needs, chained through the FAT (with `loop`, the last sector points back to the
 * first). Stream contents are left out: the sniffer reads only the directory.
 */
export function compoundFile(streams: readonly string[], options: Options = {}): Uint8Array {
  const shift = options.sectorShift ?? 9;
  const size = 1 << shift;
  const entries = [{ name: "Root Entry", type: 5 }, ...streams.map((name) => ({ name, type: 2 }))];
  const directorySectors = Math.ceil(entries.length / (size / 128));
  const bytes = new Uint8Array(size * (2 + directorySectors));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, shift === 9 ? 3 : 4, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, shift, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // the directory starts at sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  for (let slot = 0; slot < 109; slot++) {
    view.setUint32(0x4c + slot * 4, slot === 0 ? 0 : FREE, true);
  }
  const fat = size; // sector 0
  for (let sector = 0; sector < size / 4; sector++) {
    const last = sector === directorySectors;
    const next = sector === 0 ? FAT_SECTOR : sector > directorySectors ? FREE : last ? END_OF_CHAIN : sector + 1;
    view.setUint32(fat + sector * 4, last && options.loop ? 1 : next, true);
  }
  for (const [i, entry] of entries.entries()) {
    const at = 2 * size + i * 128;
    for (let c = 0; c < entry.name.length; c++) {
      view.setUint16(at + c * 2, entry.name.charCodeAt(c), true);
    }
    view.setUint16(at + 0x40, (entry.name.length + 1) * 2, true);
    bytes[at + 0x42] = entry.type;
  }
  return bytes;
}
