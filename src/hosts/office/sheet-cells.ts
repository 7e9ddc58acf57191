/**
 * An OutputTable as the cells to write: title in A1, headers in row 2, data from row 3, each cell
 * with the number format it must carry before its value is written — `@` for every text, so that
 * a unit named `=1+1` or a period `2026-03` stays text instead of becoming a formula or a date.
 */
import { NUMBER_FORMATS, type OutputTable, type OutputValue } from "../../workbook/output-table";
import { rowBytes } from "./payload-budget";

export const TEXT_FORMAT = "@";
/** Fill of header rows, on output sheets and template sheets alike. */
export const HEADER_FILL = "#DDEBF7";

export interface SheetCells {
  values: (string | number)[][];
  formats: string[][];
  /** Estimated request bytes of each row (values and formats). */
  rowSizes: number[];
}

/** Row index of the header row and of the first data row (0-based). */
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

function cell(value: OutputValue, kindFormat: string): { value: string | number; format: string } {
  if (typeof value === "string") return { value, format: TEXT_FORMAT };
  if (value === null) return { value: "", format: kindFormat };
  return { value, format: kindFormat === TEXT_FORMAT ? "General" : kindFormat };
}

/** The full cell matrix of an output sheet with per-cell number formats. */
export function sheetCells(table: OutputTable): SheetCells {
  const width = table.columns.length;
  const textRow = (first: string) => Array.from({ length: width }, (_, i) => (i === 0 ? first : ""));
  const values: (string | number)[][] = [textRow(table.title), table.columns.map((c) => c.header)];
  const formats: string[][] = [Array(width).fill(TEXT_FORMAT), Array(width).fill(TEXT_FORMAT)];
  const kindFormats = table.columns.map((c) => NUMBER_FORMATS[c.kind]);
  for (const row of table.rows) {
    const cells = kindFormats.map((f, i) => cell(row[i] ?? null, f));
    values.push(cells.map((c) => c.value));
    formats.push(cells.map((c) => c.format));
  }
  const rowSizes = values.map((v, i) => rowBytes(v) + rowBytes(formats[i]));
  return { values, formats, rowSizes };
}

/** Excel column width in points for a width in characters (Excel's default 8.43 characters is 48 points). */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 5.7 + 5);
}
