import { MAX_OFFICE_ENTRIES, type ZipEntryInfo, type ZipListing } from "@simkin/domain";
import { type Entry, fromBuffer, getFileNameLowLevel, type ZipFile } from "yauzl";

const UTF8_FLAG = 0x800;
const ZIP64_EXTRA = 0x0001;

/**
 * Reads a ZIP's central directory with yauzl, never inflating a member, for officeArchiveType() to judge. Names are
 * decoded here rather than by yauzl, which would stop at the first unsafe one: the rule in domain/ names the
 * refusal. Stops one entry past the limit, so a ZIP of a million empty entries costs no more than a real document.
 */
export function readZipListing(bytes: Buffer): Promise<ZipListing> {
  return new Promise((resolve) => {
    fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, strictFileNames: true }, (error, zip) => {
      if (error || !zip) {
        resolve({ readable: false });
        return;
      }
      collect(zip, resolve);
    });
  });
}

function collect(zip: ZipFile, resolve: (listing: ZipListing) => void) {
  const entries: ZipEntryInfo[] = [];
  zip.on("entry", (entry: Entry) => {
    entries.push(describe(entry));
    if (entries.length > MAX_OFFICE_ENTRIES) {
      zip.close();
      resolve({ readable: true, entries });
      return;
    }
    zip.readEntry();
  });
  zip.on("end", () => resolve({ readable: true, entries }));
  zip.on("error", () => resolve({ readable: false }));
  zip.readEntry();
}

function describe(entry: Entry): ZipEntryInfo {
  const raw = entry.fileNameRaw;
  // With strictFileNames, backslashes are kept as written so the rule can refuse them.
  const name = getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
  const headerName = getFileNameLowLevel(entry.generalPurposeBitFlag, raw, [], true);
  const badUtf8 = (entry.generalPurposeBitFlag & UTF8_FLAG) !== 0 && !isValidUtf8(raw);
  return {
    name,
    encrypted: entry.isEncrypted(),
    compressionMethod: entry.compressionMethod,
    zip64: entry.extraFields.some((field) => field.id === ZIP64_EXTRA),
    ambiguousName: badUtf8 || name !== headerName,
  };
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
