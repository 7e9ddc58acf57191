/**
 * The `--json` document as UTF-8 bytes in buffers of about a megabyte, encoded piece by piece: at
 * province scale the text is tens of megabytes, and one string of it (two bytes a character once a
 * Chinese name is in it) plus its encoded copy would be the run's peak of memory.
 */
import { writePrettyJson } from "../workbook/json-text";

const SIZE = 1 << 20;

/** `JSON.stringify(value, null, 2) + "\n"` encoded as UTF-8, in buffers to write one after the other. */
export function prettyJsonBytes(value: unknown): Buffer[] {
  const buffers: Buffer[] = [];
  let buffer = Buffer.allocUnsafe(SIZE);
  let used = 0;
  const write = (piece: string) => {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (used + piece.length * 3 > SIZE) {
      if (used > 0) buffers.push(buffer.subarray(0, used));
      buffer = Buffer.allocUnsafe(Math.max(SIZE, piece.length * 3));
      used = 0;
    }
    used += buffer.write(piece, used, "utf8");
  };
  writePrettyJson(value, write);
  write("\n");
  buffers.push(buffer.subarray(0, used));
  return buffers;
}
