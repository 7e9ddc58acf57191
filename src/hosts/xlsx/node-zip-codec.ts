/**
 * Node's native zlib as the package host's zip codec, for the CLI (Node only: never imported by
 * xlsx-file.ts, which the web page bundles). Several times faster than the portable codec.
 */
import zlib from "zlib";
import { crc32 as portableCrc32, DEFLATE_LEVEL, type ZipCodec } from "./zip-archive";

/** zlib.crc32 exists from Node 20.15; older Node 20 releases use the portable one. */
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

export const NODE_ZIP_CODEC: ZipCodec = {
  inflate: (raw, size) => zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) }),
  deflate: (data) => zlib.deflateRawSync(data, { level: DEFLATE_LEVEL }),
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) >>> 0 : portableCrc32,
};
