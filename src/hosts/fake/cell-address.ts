/**
 * A1 addresses as the fake Excel understands them: `B3`, `A2:F40`, `A:C`, `2:5`, optionally
 * prefixed by a sheet (`'2026-03 地区综合'!A1`). Rectangles are 0-based.
 */
import { columnLetters } from "../../workbook/problem";

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Address text of a rectangle, as Excel returns it: `A1` for one cell, `A2:F40` otherwise. */
export function rectAddress(rect: Rect): string {
  const start = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

/** Quotes a sheet name for an address when Excel would: `'2026-03 地区综合'!A1`. */
export function qualifiedAddress(sheet: string, rect: Rect): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectAddress(rect)}`;
}

type Corner = { row: number | null; col: number | null };

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const col = m[1] === "" ? null : columnIndex(m[1]);
  const row = m[2] === "" ? null : Number(m[2]) - 1;
  if ((row !== null && (row < 0 || row >= MAX_ROWS)) || (col !== null && col >= MAX_COLUMNS)) return null;
  return { row, col };
}

/** The sheet part and the cell part of an address (`Sheet1!A1` → `["Sheet1", "A1"]`). */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1) };
}

/**
 * Parses the cell part of an address into a rectangle; null when Excel would reject it.
 * @example parseRect("B2:C4") // { row: 1, col: 1, rows: 3, cols: 2 }
 */
export function parseRect(cells: string): Rect | null {
  const parts = cells.trim().split(":");
  if (parts.length > 2) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  // A whole-column (`A:C`) or whole-row (`2:5`) reference must be so on both sides.
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  if (parts.length === 1 && (a.row === null || a.col === null)) return null;
  const r0 = a.row ?? 0;
  const r1 = b.row ?? MAX_ROWS - 1;
  const c0 = a.col ?? 0;
  const c1 = b.col ?? MAX_COLUMNS - 1;
  const row = Math.min(r0, r1);
  const col = Math.min(c0, c1);
  return { row, col, rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
}

/** Whether two rectangles share a cell. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Whether the cell lies inside the rectangle. */
export function rectContains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}
