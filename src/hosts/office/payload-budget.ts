/**
 * Payload sizes: Excel on the web refuses a request or a response above 5 MB, so reads and
 * writes go in row blocks sized by an estimate of their JSON, one `context.sync()` per block.
 */

/** Bytes of cell data per sync: well under the 5 MB limit, leaving room for estimate error. */
export const PAYLOAD_BUDGET_BYTES = 1_000_000;

function textBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? (c === 0x22 || c === 0x5c || c < 0x20 ? 2 : 1) : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** UTF-8 bytes of the JSON of a cell value (string, number, boolean, null). */
export function cellBytes(value: unknown): number {
  if (typeof value === "string") return textBytes(value);
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return value ? 4 : 5;
  return 4;
}

/** UTF-8 bytes of the JSON of one row of cells. */
export function rowBytes(row: readonly unknown[]): number {
  let n = 1 + row.length;
  for (const v of row) n += cellBytes(v);
  return n;
}

export interface RowBlock {
  /** Index of the first row of the block. */
  start: number;
  count: number;
}

/**
 * Consecutive row blocks whose estimated JSON stays within the budget (a single larger row stands alone).
 * @example rowBlocks([10, 10, 10], 25) // [{start:0,count:2},{start:2,count:1}]
 */
export function rowBlocks(sizes: readonly number[], budget: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 0;
  sizes.forEach((size, i) => {
    if (i > start && bytes + size > budget) {
      blocks.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (sizes.length > start) blocks.push({ start, count: sizes.length - start });
  return blocks;
}
