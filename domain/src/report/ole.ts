/**
 * Names of the streams in an OLE compound file (MS-CFB: legacy .doc, .xls, .ppt, but also .msi and .msg), read from
 * the directory chain without trusting the file: every offset is bounds-checked and the chain is cut on a loop.
 */
const ENTRY_SIZE = 128;
const HEADER_FAT_SLOTS = 109; // FAT sector locations in the header (the DIFAT); enough for a file of ~7 MiB.
const MAX_DIRECTORY_SECTORS = 512;
const LAST_REGULAR_SECTOR = 0xfffffff9; // above are markers: end of chain, free, FAT and DIFAT sectors.
const STREAM = 2;

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

function utf16le(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    text += String.fromCharCode(u16(bytes, i));
  }
  return text;
}

export function oleStreamNames(bytes: Uint8Array): string[] {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) {
    return [];
  }
  const sectorSize = 1 << shift;
  const perFatSector = sectorSize / 4;
  const fatSectors = Array.from({ length: HEADER_FAT_SLOTS }, (_, i) => u32(bytes, 0x4c + i * 4));
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const next = (sector: number) => {
    const fat = fatSectors[Math.floor(sector / perFatSector)];
    return fat === undefined || fat > LAST_REGULAR_SECTOR
      ? Number.POSITIVE_INFINITY
      : u32(bytes, offsetOf(fat) + (sector % perFatSector) * 4);
  };
  const names: string[] = [];
  const visited = new Set<number>();
  for (let sector = u32(bytes, 0x30); sector <= LAST_REGULAR_SECTOR; sector = next(sector)) {
    if (visited.has(sector) || visited.size >= MAX_DIRECTORY_SECTORS || offsetOf(sector) >= bytes.length) {
      break;
    }
    visited.add(sector);
    const end = Math.min(offsetOf(sector) + sectorSize, bytes.length);
    for (let entry = offsetOf(sector); entry + ENTRY_SIZE <= end; entry += ENTRY_SIZE) {
      const nameBytes = u16(bytes, entry + 0x40); // including the terminating NUL
      if (bytes[entry + 0x42] === STREAM && nameBytes >= 2 && nameBytes <= 64) {
        names.push(utf16le(bytes.subarray(entry, entry + nameBytes - 2)));
      }
    }
  }
  return names;
}
