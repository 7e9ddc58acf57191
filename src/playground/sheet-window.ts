/**
 * Which part of a sheet the playground's grid draws: the rows and columns in view and a margin,
 * with fixed row heights and column widths so that a scroll offset tells which ones those are.
 * Drawing a written province-scale sheet whole (400 rows × 40 columns) held the page's thread —
 * the pane's — for about half a second (bench/web-bench.ts, issue 9).
 */

/** Every row's height in px (playground.html's `.grid tbody tr`). */
export const ROW_HEIGHT = 22;
/** Width of the row-number column in px. */
export const HEADER_WIDTH = 40;
/** Rows drawn above and below the visible ones. */
const MARGIN_ROWS = 4;
/** Pixels drawn left and right of the visible ones. */
const MARGIN_PX = 100;
/** Excel's default column width, 8.43 characters: 48 points, 64 px at 96 dpi. */
const DEFAULT_WIDTH_PX = 64;
const MAX_WIDTH_PX = 360;
/** Rows whose text sizes a column the tool gave no width (a cheap auto-fit). */
const FIT_ROWS = 50;

export interface View {
  scrollTop: number;
  scrollLeft: number;
  width: number;
  height: number;
}

/** `[first, end)` of the rows or columns to draw. */
export type Span = [number, number];

/**
 * The rows to draw for a view scrolled to `scrollTop`, `height` px high.
 * @example rowSpan(0, 440, 400) // [0, 25]: 20 rows in view, 1 partly, 4 below
 */
export function rowSpan(scrollTop: number, height: number, rows: number): Span {
  const top = Math.min(Math.floor(Math.max(0, scrollTop) / ROW_HEIGHT), Math.max(0, rows - 1));
  const first = Math.max(0, top - MARGIN_ROWS);
  const end = Math.min(rows, top + Math.ceil(Math.max(0, height) / ROW_HEIGHT) + 1 + MARGIN_ROWS);
  return [first, Math.max(first, end)];
}

/** Left edge (px, after the row numbers) of each column, and the total width as the last entry. */
export function columnEdges(widths: readonly number[]): number[] {
  const edges = [0];
  for (const w of widths) edges.push(edges[edges.length - 1] + w);
  return edges;
}

/**
 * The columns to draw for a view scrolled to `scrollLeft`, `width` px wide.
 * @example columnSpan(columnEdges([100, 100, 100, 100, 100, 100]), 0, 100) // [0, 2]
 */
export function columnSpan(edges: readonly number[], scrollLeft: number, width: number): Span {
  const cols = edges.length - 1;
  const from = Math.max(0, scrollLeft - HEADER_WIDTH - MARGIN_PX);
  const to = scrollLeft - HEADER_WIDTH + Math.max(0, width) + MARGIN_PX;
  let first = 0;
  while (first < cols - 1 && edges[first + 1] <= from) first++;
  let end = first;
  while (end < cols && edges[end] < to) end++;
  return [first, Math.max(end, Math.min(cols, first + 1))];
}

/** Rough px width of a text in the grid's 12 px font (CJK full width, others about half). */
export function textWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) > 0x2e7f ? 12 : 7;
  return w + 14;
}

/**
 * Column widths in px: the width the sheet gives the column (points, as Excel's
 * `RangeFormat.columnWidth`, at 96 dpi), else the widest text of its first rows, at least Excel's default.
 */
export function columnWidths(cols: number, points: ReadonlyMap<number, number>, text: (r: number, c: number) => string, rows: number): number[] {
  return Array.from({ length: cols }, (_, c) => {
    const set = points.get(c);
    if (set !== undefined) return Math.min(MAX_WIDTH_PX, Math.max(8, Math.round((set * 4) / 3)));
    let w = DEFAULT_WIDTH_PX;
    for (let r = 0; r < Math.min(rows, FIT_ROWS); r++) w = Math.max(w, textWidth(text(r, c)));
    return Math.min(MAX_WIDTH_PX, w);
  });
}
