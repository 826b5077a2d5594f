import { crc32, deflateRawSync } from "node:zlib";

/** One member of a hand-built ZIP; the options write the oddities an attacker would. */
export type ZipMember = {
  name: string;
  content?: string | Buffer;
  /** 0 stored, 8 deflated (default); anything else is written as is, with the content stored. */
  method?: number;
  encrypted?: boolean;
  /** Adds a Zip64 extended information field (harmless sizes) to the central directory entry. */
  zip64?: boolean;
  /** An Info-ZIP Unicode path field naming the member differently from its header. */
  unicodePath?: string;
  /** Raw name bytes instead of the UTF-8 of `name` (with the UTF-8 flag still set). */
  rawName?: Buffer;
};

/** The parts Word writes for a one-paragraph document, with small but real XML. */
export const wordParts: ZipMember[] = [
  {
    name: "[Content_Types].xml",
    content:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  },
  {
    name: "_rels/.rels",
    content:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  },
  {
    name: "word/document.xml",
    content:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Laporan kegiatan</w:t></w:r></w:p></w:body></w:document>',
  },
  { name: "docProps/core.xml", content: '<?xml version="1.0"?><cp:coreProperties/>' },
];

/** A ZIP with local headers, a central directory and its end record, as any ZIP tool writes one. */
export function buildZip(members: readonly ZipMember[], options: { comment?: string } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const data = Buffer.from(member.content ?? "");
    const method = member.method ?? 8;
    const stored = method === 8 ? deflateRawSync(data) : data;
    const name = member.rawName ?? Buffer.from(member.name, "utf8");
    const flags = 0x800 | (member.encrypted ? 0x1 : 0);
    const crc = crc32(data);
    const local = header(0x04034b50, { flags, method, crc, compressed: stored.length, size: data.length, name });
    locals.push(local, stored);
    const extra = extraFields(member, name);
    centrals.push(
      centralHeader({ flags, method, crc, compressed: stored.length, size: data.length, name, extra, offset }),
    );
    offset += local.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? "");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}

type Fields = { flags: number; method: number; crc: number; compressed: number; size: number; name: Buffer };

function header(signature: number, f: Fields): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(signature, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(f.flags, 6);
  b.writeUInt16LE(f.method, 8);
  b.writeUInt32LE(f.crc, 14);
  b.writeUInt32LE(f.compressed, 18);
  b.writeUInt32LE(f.size, 22);
  b.writeUInt16LE(f.name.length, 26);
  return Buffer.concat([b, f.name]);
}

function centralHeader(f: Fields & { extra: Buffer; offset: number }): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(f.flags, 8);
  b.writeUInt16LE(f.method, 10);
  b.writeUInt32LE(f.crc, 16);
  b.writeUInt32LE(f.compressed, 20);
  b.writeUInt32LE(f.size, 24);
  b.writeUInt16LE(f.name.length, 28);
  b.writeUInt16LE(f.extra.length, 30);
  b.writeUInt32LE(f.offset, 42);
  return Buffer.concat([b, f.name, f.extra]);
}

function extraFields(member: ZipMember, name: Buffer): Buffer {
  const fields: Buffer[] = [];
  if (member.zip64) {
    fields.push(extraField(0x0001, Buffer.alloc(0)));
  }
  if (member.unicodePath !== undefined) {
    const body = Buffer.alloc(5);
    body.writeUInt8(1, 0);
    body.writeUInt32LE(crc32(name), 1);
    fields.push(extraField(0x7075, Buffer.concat([body, Buffer.from(member.unicodePath, "utf8")])));
  }
  return Buffer.concat(fields);
}

function extraField(id: number, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(id, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
}
