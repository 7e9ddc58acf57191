/**
 * The zip container of an .xlsx package, read and written without Node APIs (the web page bundles
 * this). Entries are read from the central directory; their compressed bytes can be copied into
 * a new archive unchanged, so every part we do not touch keeps its exact bytes. Inflate/deflate
 * come from fflate; the container format (headers, CRC-32) is here.
 */
import { deflateSync, inflateSync } from "fflate";

/** Why a zip cannot be read: `not-zip` (no zip structure at all) or `corrupt` (a broken zip). */
export class ZipError extends Error {
  constructor(
    readonly kind: "not-zip" | "corrupt" | "encrypted",
    message: string,
  ) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date of the entry, kept when the entry is copied. */
  time: number;
  date: number;
  /** Offset of the entry's local header in the archive. */
  localOffset: number;
}

/**
 * Raw deflate and CRC-32. The default is fflate and plain JavaScript (browser and Node); the CLI
 * passes Node's native zlib (several times faster, see bench/xlsx-bench.ts).
 */
export interface ZipCodec {
  /** Inflates raw deflate data whose uncompressed size is `size`. */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** Deflate level of new parts: 1 is several times faster than 6 for a slightly larger file. */
export const DEFLATE_LEVEL = 1;

export const PORTABLE_CODEC: ZipCodec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: DEFLATE_LEVEL }),
  crc32: (data) => crc32(data),
};

export interface ZipArchive {
  bytes: Uint8Array;
  codec: ZipCodec;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

const broken = (what: string) => new ZipError("corrupt", what);

function endOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let o = bytes.length - 22; o >= lowest; o--) {
    if (u32(bytes, o) === SIG_END) return o;
  }
  return -1;
}

/** Where the central directory starts and how many entries it has (zip64 aware). */
function directoryBounds(bytes: Uint8Array, end: number): { offset: number; count: number } {
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(bytes, end - 20) === SIG_END64_LOCATOR) {
    const end64 = u64(bytes, end - 12);
    if (end64 + 56 > bytes.length || u32(bytes, end64) !== SIG_END64) throw broken("压缩包的目录不完整");
    count = u64(bytes, end64 + 32);
    offset = u64(bytes, end64 + 48);
  }
  return { offset, count };
}

/** Zip64 extra field values replace the 0xFFFFFFFF placeholders, in this order. */
function applyZip64(bytes: Uint8Array, entry: ZipEntry, extraStart: number, extraEnd: number): void {
  let o = extraStart;
  while (o + 4 <= extraEnd) {
    const id = u16(bytes, o);
    const length = u16(bytes, o + 2);
    if (id === 0x0001) {
      let p = o + 4;
      if (entry.size === 0xffffffff) (entry.size = u64(bytes, p)), (p += 8);
      if (entry.compressedSize === 0xffffffff) (entry.compressedSize = u64(bytes, p)), (p += 8);
      if (entry.localOffset === 0xffffffff) entry.localOffset = u64(bytes, p);
      return;
    }
    o += 4 + length;
  }
}

const utf8 = new TextDecoder("utf-8");
/** Entry names without the UTF-8 flag are CP437 by the spec; package part names are ASCII in practice. */
const latin1 = new TextDecoder("latin1");

/**
 * Reads the central directory of a zip archive.
 * @throws ZipError `not-zip` when there is no zip structure, `corrupt` when it is truncated or inconsistent.
 */
export function readZip(bytes: Uint8Array, codec: ZipCodec = PORTABLE_CODEC): ZipArchive {
  const end = endOfCentralDirectory(bytes);
  if (end < 0) {
    if (bytes.length >= 4 && u32(bytes, 0) === SIG_LOCAL) throw broken("压缩包不完整（可能在下载或复制时被截断）");
    throw new ZipError("not-zip", "不是 zip 压缩包");
  }
  const { offset, count } = directoryBounds(bytes, end);
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let o = offset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== SIG_CENTRAL) throw broken("压缩包的目录不完整（可能在下载或复制时被截断）");
    const flags = u16(bytes, o + 8);
    const nameLength = u16(bytes, o + 28);
    const extraLength = u16(bytes, o + 30);
    const commentLength = u16(bytes, o + 32);
    if (o + 46 + nameLength + extraLength > bytes.length) throw broken("压缩包的目录不完整");
    const nameBytes = bytes.subarray(o + 46, o + 46 + nameLength);
    const entry: ZipEntry = {
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: u16(bytes, o + 10),
      flags,
      time: u16(bytes, o + 12),
      date: u16(bytes, o + 14),
      crc: u32(bytes, o + 16),
      compressedSize: u32(bytes, o + 20),
      size: u32(bytes, o + 24),
      localOffset: u32(bytes, o + 42),
    };
    applyZip64(bytes, entry, o + 46 + nameLength, o + 46 + nameLength + extraLength);
    if (entry.localOffset + 30 > bytes.length || u32(bytes, entry.localOffset) !== SIG_LOCAL) {
      throw broken("压缩包中的文件位置不正确（可能被截断）");
    }
    entries.push(entry);
    byName.set(entry.name, entry);
    o += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, codec, entries, byName };
}

/** The compressed bytes of an entry as stored in the archive. */
export function rawData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const b = archive.bytes;
  const start = entry.localOffset + 30 + u16(b, entry.localOffset + 26) + u16(b, entry.localOffset + 28);
  if (start + entry.compressedSize > b.length) throw broken(`压缩包不完整（${entry.name} 被截断）`);
  return b.subarray(start, start + entry.compressedSize);
}

/**
 * The uncompressed bytes of an entry, checked against its CRC-32.
 * @throws ZipError `corrupt` on bad data, `encrypted` for an encrypted entry.
 */
export function entryData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  if (entry.flags & 0x1) throw new ZipError("encrypted", `${entry.name} 已加密`);
  const raw = rawData(archive, entry);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = archive.codec.inflate(raw, entry.size);
    } catch {
      throw broken(`压缩数据已损坏（${entry.name}）`);
    }
  } else throw broken(`不支持的压缩方式 ${entry.method}（${entry.name}）`);
  if (data.length !== entry.size || archive.codec.crc32(data) !== entry.crc) throw broken(`压缩数据校验失败（${entry.name}）`);
  return data;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** One entry of an archive to write: copied as stored, or new content to compress. */
export type ZipSource = { name: string; copy: ZipEntry; from: ZipArchive } | { name: string; data: Uint8Array };

interface Prepared {
  name: Uint8Array;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** DOS date/time of 1980-01-01 00:00, the zip epoch: new parts carry no real clock time (reproducible output). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const encoder = new TextEncoder();

function prepare(source: ZipSource, codec: ZipCodec): Prepared {
  const name = encoder.encode(source.name);
  if ("copy" in source) {
    const e = source.copy;
    // Bit 3 (sizes in a data descriptor) is cleared: the sizes are written in the local header.
    const flags = (e.flags & ~0x8) | 0x800;
    return { name, method: e.method, flags, time: e.time, date: e.date, crc: e.crc, size: e.size, data: rawData(source.from, e) };
  }
  const data = codec.deflate(source.data);
  return { name, method: 8, flags: 0x800, time: 0, date: DOS_DATE, crc: codec.crc32(source.data), size: source.data.length, data };
}

/** Writes a zip archive (no zip64: an .xlsx stays far below 4 GB). */
export function writeZip(sources: readonly ZipSource[], codec: ZipCodec = PORTABLE_CODEC): Uint8Array {
  const prepared = sources.map((s) => prepare(s, codec));
  let localLength = 0;
  let centralLength = 0;
  for (const p of prepared) {
    localLength += 30 + p.name.length + p.data.length;
    centralLength += 46 + p.name.length;
  }
  const out = new Uint8Array(localLength + centralLength + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let o = 0;
  for (const p of prepared) {
    offsets.push(o);
    view.setUint32(o, SIG_LOCAL, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, p.flags, true);
    view.setUint16(o + 8, p.method, true);
    view.setUint16(o + 10, p.time, true);
    view.setUint16(o + 12, p.date, true);
    view.setUint32(o + 14, p.crc, true);
    view.setUint32(o + 18, p.data.length, true);
    view.setUint32(o + 22, p.size, true);
    view.setUint16(o + 26, p.name.length, true);
    view.setUint16(o + 28, 0, true);
    out.set(p.name, o + 30);
    out.set(p.data, o + 30 + p.name.length);
    o += 30 + p.name.length + p.data.length;
  }
  const central = o;
  prepared.forEach((p, i) => {
    view.setUint32(o, SIG_CENTRAL, true);
    view.setUint16(o + 4, 20, true);
    view.setUint16(o + 6, 20, true);
    view.setUint16(o + 8, p.flags, true);
    view.setUint16(o + 10, p.method, true);
    view.setUint16(o + 12, p.time, true);
    view.setUint16(o + 14, p.date, true);
    view.setUint32(o + 16, p.crc, true);
    view.setUint32(o + 20, p.data.length, true);
    view.setUint32(o + 24, p.size, true);
    view.setUint16(o + 28, p.name.length, true);
    view.setUint32(o + 42, offsets[i], true);
    out.set(p.name, o + 46);
    o += 46 + p.name.length;
  });
  view.setUint32(o, SIG_END, true);
  view.setUint16(o + 8, prepared.length, true);
  view.setUint16(o + 10, prepared.length, true);
  view.setUint32(o + 12, o - central, true);
  view.setUint32(o + 16, central, true);
  return out;
}
