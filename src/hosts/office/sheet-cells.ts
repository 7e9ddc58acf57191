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

/**
 * The full cell matrix of an output sheet with per-cell number formats: a string is text (`@`), a
 * null a blank cell in its column's format, a number its column's format (`General` in a text column).
 * One plain loop: it runs on the pane's thread, over every cell of every written sheet.
 */
export function sheetCells(table: OutputTable): SheetCells {
  const width = table.columns.length;
  const textRow = (first: string) => Array.from({ length: width }, (_, i) => (i === 0 ? first : ""));
  const values: (string | number)[][] = [textRow(table.title), table.columns.map((c) => c.header)];
  const formats: string[][] = [Array(width).fill(TEXT_FORMAT), Array(width).fill(TEXT_FORMAT)];
  const blankFormats = table.columns.map((c) => NUMBER_FORMATS[c.kind]);
  const numberFormats = blankFormats.map((f) => (f === TEXT_FORMAT ? "General" : f));
  for (const row of table.rows) {
    const rowValues: (string | number)[] = new Array(width);
    const rowFormats: string[] = new Array(width);
    for (let i = 0; i < width; i++) {
      const value: OutputValue = row[i] ?? null;
      if (typeof value === "string") {
        rowValues[i] = value;
        rowFormats[i] = TEXT_FORMAT;
      } else if (value === null) {
        rowValues[i] = "";
        rowFormats[i] = blankFormats[i];
      } else {
        rowValues[i] = value;
        rowFormats[i] = numberFormats[i];
      }
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  const rowSizes = values.map((v, i) => rowBytes(v) + rowBytes(formats[i]));
  return { values, formats, rowSizes };
}

/** Excel column width in points for a width in characters (Excel's default 8.43 characters is 48 points). */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 5.7 + 5);
}
