/**
 * Header row (row 0) → column of each contract header, found by text in any order.
 * Extra columns are ignored; a missing required column is an error at the header row.
 */
import { cellText, isBlank, isBlankRow } from "./cells";
import { MSG } from "./messages";
import type { ProblemLog } from "./parse-context";
import { columnLetters } from "./problem";
import type { InputSheetSpec } from "./sheets";

/** One input sheet as the parsers see it: its grid and where each contract column is. */
export interface SheetTable {
  sheet: string;
  grid: readonly unknown[][];
  /** Contract header → 0-based column (only the headers found). */
  columns: Record<string, number>;
  /** The first empty cell of the header row: where a missing column belongs, and where it is cited. */
  freeCol: number;
  /** Every required column was found, so the data rows can be read. */
  complete: boolean;
  /** 0-based indexes of the data rows that are not blank. */
  dataRows: number[];
}

/** Trimmed header texts of row 0. */
export function headerTexts(grid: readonly unknown[][]): string[] {
  const row = grid[0];
  if (!Array.isArray(row)) return [];
  return Array.from({ length: row.length }, (_, c) => cellText(row[c]));
}

/**
 * Index of the first blank header cell (the row's length when none is blank): where a missing
 * column belongs. Takes the raw header row or its trimmed texts alike.
 * @example firstEmptyColumn(["工单编号", " ", "派单时间"]) // 1
 */
export function firstEmptyColumn(headerRow: readonly unknown[] | undefined): number {
  const row = headerRow ?? [];
  for (let c = 0; c < row.length; c++) if (isBlank(row[c])) return c;
  return row.length;
}

/** A column to find by its header text or, failing that, by one of its aliases. */
export interface HeaderSpec<H extends string> {
  header: H;
  aliases?: readonly string[];
}

/**
 * Column of each spec in trimmed header texts (see headerTexts). The canonical header wins over
 * an alias, the leftmost column among repeats, and the leftmost alias among aliases; a header not
 * found is left out.
 * @example findColumns(["工单号", "派单时间"], [{ header: "工单编号", aliases: ["工单号"] }]) // { 工单编号: 0 }
 */
export function findColumns<H extends string>(
  headers: readonly string[],
  specs: readonly HeaderSpec<H>[],
): Partial<Record<H, number>> {
  const out: Partial<Record<H, number>> = {};
  for (const spec of specs) {
    let at = headers.indexOf(spec.header);
    if (at < 0) {
      const aliases = spec.aliases ?? [];
      at = headers.findIndex((t) => aliases.includes(t));
    }
    if (at >= 0) out[spec.header] = at;
  }
  return out;
}

/** The grid of a sheet as an array of rows, whatever the host handed over. */
export function asGrid(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [];
  // Hosts hand over an array of row arrays: used as it is (never changed), not copied row by row.
  for (let r = 0; r < value.length; r++) {
    if (!Array.isArray(value[r])) return value.map((row) => (Array.isArray(row) ? row : []));
  }
  return value;
}

/**
 * Finds the contract columns of `spec` in the sheet's header row, reporting missing required
 * columns (error at row 0, first empty column) and repeated headers (warning; the first is used).
 */
export function locateColumns(sheet: string, grid: readonly unknown[][], spec: InputSheetSpec, log: ProblemLog): SheetTable {
  const headers = headerTexts(grid);
  // Keys are only the headers found, as SheetTable.columns promises.
  const columns = findColumns(headers, spec.columns) as Record<string, number>;
  const wanted = new Set(spec.columns.map((c) => c.header));
  headers.forEach((h, c) => {
    if (wanted.has(h) && columns[h] !== c) log.warning(sheet, 0, c, MSG.duplicateHeader(h, columnLetters(columns[h])));
  });
  const freeCol = firstEmptyColumn(headers);
  let complete = true;
  for (const column of spec.columns) {
    if (!column.required || column.header in columns) continue;
    log.error(sheet, 0, freeCol, MSG.missingColumn(sheet, column.header));
    complete = false;
  }
  const dataRows: number[] = [];
  for (let r = 1; r < grid.length; r++) if (!isBlankRow(grid[r])) dataRows.push(r);
  return { sheet, grid, columns, freeCol, complete, dataRows };
}
