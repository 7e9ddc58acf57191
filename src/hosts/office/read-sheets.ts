/**
 * Reads sheets from Excel as grids anchored at A1, in row blocks sized by the payload budget: one
 * sync lists the sheets, one loads every A1 and the used ranges, then each sync reads as many rows
 * (of one or more sheets) as fit the budget. Row sizes are learnt from what was read: each sheet's first block is
 * a short probe, later blocks are sized from the largest row seen so far.
 */
import type { ExistingSheet, SheetGrids } from "../../workbook/compute-types";
import type { ExcelEnv } from "./excel-env";
import { rowBytes } from "./payload-budget";

export interface ReadOptions {
  budget: number;
  /** Rows read so far out of the rows to read, after each block. */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  /** The requested sheets that exist, by the names asked for. */
  grids: SheetGrids;
  /** Every sheet of the workbook with its A1 value (to tell the tool's sheets from the user's). */
  existingSheets: ExistingSheet[];
}

/** Rows of a sheet's probe block, before its row size is known. */
export const PROBE_ROWS = 100;
/** Assumed bytes of a cell before any were read (a short Chinese text). */
const FIRST_GUESS_CELL_BYTES = 40;
/** Margin on the largest row seen, for rows not seen yet. */
const ROW_MARGIN = 1.25;

/** Where a block-wise read stands in one range of rows. */
export interface ReadCursor {
  /** Rows to read (the cursor is done when `next` reaches it). */
  rows: number;
  /** Columns per row. */
  cols: number;
  next: number;
  /** Largest row seen, in bytes; null before the probe. */
  maxRowBytes: number | null;
}

interface PendingSheet extends ReadCursor {
  name: string;
  grid: unknown[][];
}

function blankToNull(row: readonly unknown[]): unknown[] {
  return row.map((v) => (v === "" ? null : v));
}

/**
 * Picks the blocks of the next sync: in cursor order, as many rows as the budget allows (at least
 * one row, so a huge row still gets read on its own). A cursor's first block is a short probe.
 */
export function nextBatch<S extends ReadCursor>(pending: readonly S[], budget: number): Array<{ sheet: S; count: number }> {
  const batch: Array<{ sheet: S; count: number }> = [];
  let left = budget;
  for (const sheet of pending) {
    const remaining = sheet.rows - sheet.next;
    if (remaining <= 0) continue;
    const perRow = sheet.maxRowBytes === null ? sheet.cols * FIRST_GUESS_CELL_BYTES : sheet.maxRowBytes * ROW_MARGIN;
    const cap = sheet.maxRowBytes === null ? PROBE_ROWS : remaining;
    const count = Math.min(remaining, cap, Math.floor(left / perRow));
    if (count < 1) {
      if (batch.length === 0) batch.push({ sheet, count: 1 });
      break;
    }
    batch.push({ sheet, count });
    left -= count * perRow;
  }
  return batch;
}

/**
 * Reads the named sheets' values (from A1 to the end of their used range) and the A1 value of
 * every sheet. Missing sheets are simply absent from `grids`; empty cells come back as null.
 */
export async function readSheets(env: ExcelEnv, names: readonly string[], options: ReadOptions): Promise<ReadResult> {
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();

    const a1 = worksheets.items.map((ws) => ({ name: ws.name, range: ws.getRange("A1").load("values") }));
    const used = names.flatMap((name) => {
      const ws = worksheets.items.find((s) => s.name === name);
      return ws ? [{ name, range: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount") }] : [];
    });
    await context.sync();

    const grids: SheetGrids = {};
    const pending: PendingSheet[] = [];
    for (const { name, range } of used) {
      grids[name] = [];
      if (range.isNullObject) continue;
      pending.push({
        name,
        rows: range.rowIndex + range.rowCount,
        cols: range.columnIndex + range.columnCount,
        next: 0,
        maxRowBytes: null,
        grid: grids[name],
      });
    }
    const total = pending.reduce((n, s) => n + s.rows, 0);
    let done = 0;

    while (pending.some((s) => s.next < s.rows)) {
      const batch = nextBatch(pending, options.budget).map(({ sheet, count }) => ({
        sheet,
        count,
        range: worksheets.getItem(sheet.name).getRangeByIndexes(sheet.next, 0, count, sheet.cols).load("values"),
      }));
      await context.sync();
      for (const { sheet, count, range } of batch) {
        for (const row of range.values) {
          sheet.maxRowBytes = Math.max(sheet.maxRowBytes ?? 0, rowBytes(row));
          sheet.grid.push(blankToNull(row));
        }
        sheet.next += count;
        done += count;
      }
      options.onProgress?.(done, total);
    }
    const existingSheets = a1.map(({ name, range }) => ({ name, a1: blankToNull(range.values[0])[0] }));
    return { grids, existingSheets };
  });
}
