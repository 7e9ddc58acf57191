/**
 * Reads sheets from Excel as grids anchored at A1, in row blocks sized by the payload budget: one
 * sync lists the sheets (and asks DATE which date system the workbook uses), one loads every A1 and
 * the used ranges, two more find merged areas (ExcelApi 1.13), then each sync reads the values and
 * number formats of as many rows (of one or more sheets) as fit the budget. Row sizes are learnt
 * from what was read: each sheet's first block is a short probe, later blocks are sized from the
 * largest row seen so far.
 *
 * The grids follow the convention of every host: a number in a date number format arrives as a
 * `Date` (UTC fields = wall clock, in the workbook's date system, 1900 or 1904), a bare number as a
 * number; every cell of a merged area takes its top-left cell's value (Excel returns "" for the
 * others). Without ExcelApi 1.13 merged areas cannot be found and read as Excel returns them.
 */
import { trimCell } from "../../workbook/cells";
import type { ExistingSheet, SheetGrids } from "../../workbook/compute-types";
import { gridCell, PROBE_DATE, PROBE_SERIAL_1904 } from "./date-cells";
import type { ExcelEnv } from "./excel-env";
import { rowBytes } from "./payload-budget";

export interface ReadOptions {
  budget: number;
  /** Rows read so far out of the rows to read, after each block. */
  onProgress?: (done: number, total: number) => void;
  /** Fill merged areas from their top-left cell (needs ExcelApi 1.13). */
  mergedAreas?: boolean;
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
  /** The sheet's name in the workbook (the grid is keyed by the name asked for). */
  sheetName: string;
  grid: unknown[][];
  merged: Rect[];
}

type Rect = { row: number; col: number; rows: number; cols: number };

function blankToNull(row: readonly unknown[]): unknown[] {
  return row.map((v) => (v === "" ? null : v));
}

/** Gives every cell of each merged area its top-left cell's value (within the grid read). */
function fillMerged(grid: unknown[][], merged: readonly Rect[]): void {
  for (const m of merged) {
    const value = grid[m.row]?.[m.col] ?? null;
    for (let r = m.row; r < Math.min(m.row + m.rows, grid.length); r++) {
      for (let c = m.col; c < Math.min(m.col + m.cols, grid[r].length); c++) grid[r][c] = value;
    }
  }
}

/** The workbook sheet a requested name means: that name, or else that name trimmed, ignoring case. */
export function findSheetName(present: readonly string[], wanted: string): string | undefined {
  if (present.includes(wanted)) return wanted;
  const key = trimCell(wanted).toLowerCase();
  return present.find((n) => trimCell(n).toLowerCase() === key);
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
 * Reads the named sheets' cells (from A1 to the end of their used range) and the A1 value of
 * every sheet. Missing sheets are simply absent from `grids`; empty cells come back as null.
 */
export async function readSheets(env: ExcelEnv, names: readonly string[], options: ReadOptions): Promise<ReadResult> {
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const probe = context.workbook.functions.date(PROBE_DATE.year, PROBE_DATE.month, PROBE_DATE.day).load("value");
    await context.sync();
    const date1904 = probe.value === PROBE_SERIAL_1904;

    const a1 = worksheets.items.map((ws) => ({ name: ws.name, range: ws.getRange("A1").load("values") }));
    const present = worksheets.items.map((ws) => ws.name);
    const used = names.flatMap((name) => {
      const sheetName = findSheetName(present, name);
      if (sheetName === undefined) return [];
      const ws = worksheets.getItem(sheetName);
      return [{ name, sheetName, ws, range: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount") }];
    });
    await context.sync();

    const grids: SheetGrids = {};
    const pending: PendingSheet[] = [];
    for (const { name, sheetName, range } of used) {
      grids[name] = [];
      if (range.isNullObject) continue;
      pending.push({
        sheetName,
        rows: range.rowIndex + range.rowCount,
        cols: range.columnIndex + range.columnCount,
        next: 0,
        maxRowBytes: null,
        grid: grids[name],
        merged: [],
      });
    }
    if (options.mergedAreas) await readMergedAreas(context, pending);
    const total = pending.reduce((n, s) => n + s.rows, 0);
    let done = 0;

    while (pending.some((s) => s.next < s.rows)) {
      const batch = nextBatch(pending, options.budget).map(({ sheet, count }) => ({
        sheet,
        count,
        range: worksheets.getItem(sheet.sheetName).getRangeByIndexes(sheet.next, 0, count, sheet.cols).load("values,numberFormat"),
      }));
      await context.sync();
      for (const { sheet, count, range } of batch) {
        const formats = range.numberFormat;
        range.values.forEach((row, i) => {
          sheet.maxRowBytes = Math.max(sheet.maxRowBytes ?? 0, rowBytes(row) + rowBytes(formats[i]));
          sheet.grid.push(row.map((v, j) => gridCell(v, formats[i][j], date1904)));
        });
        sheet.next += count;
        done += count;
      }
      options.onProgress?.(done, total);
    }
    for (const sheet of pending) fillMerged(sheet.grid, sheet.merged);
    const existingSheets = a1.map(({ name, range }) => ({ name, a1: blankToNull(range.values[0])[0] }));
    return { grids, existingSheets };
  });
}

/** Finds each sheet's merged areas over its used cells (ExcelApi 1.13): two syncs for all sheets. */
async function readMergedAreas(context: Excel.RequestContext, pending: PendingSheet[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const found = pending.map((sheet) => ({
    sheet,
    areas: worksheets.getItem(sheet.sheetName).getRangeByIndexes(0, 0, sheet.rows, sheet.cols).getMergedAreasOrNullObject().load("areaCount"),
  }));
  await context.sync();
  const withAreas = found
    .filter((f) => !f.areas.isNullObject && f.areas.areaCount > 0)
    .map((f) => ({ ...f, list: f.areas.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount") }));
  if (withAreas.length === 0) return;
  await context.sync();
  for (const { sheet, list } of withAreas) {
    sheet.merged = list.items.map((r) => ({ row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount }));
  }
}
