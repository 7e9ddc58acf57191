/**
 * The exceljs reader, kept as an independent reference: tests compare the package reader
 * (xlsx-file.ts, which the CLI and the web page use) with it, and the benchmark times it.
 */
import ExcelJS from "exceljs";
import type { ExistingSheet, SheetGrids } from "../../workbook/compute-types";
import { isToolSheetTitle } from "../../workbook/output-table";
import { cellPrimitive } from "./cell-value";

/** A workbook read from disk: the exceljs object (to write a copy), its grids and its sheet list. */
export interface XlsxInput {
  workbook: ExcelJS.Workbook;
  /** Every sheet the tool did not write, as rows of primitives (row 0 = the header row). */
  sheets: SheetGrids;
  /** Every sheet of the workbook with its A1 value, tool-written or not. */
  existing: ExistingSheet[];
}

/**
 * The rows of a worksheet as primitives: `grid[r][c]` is the cell at 0-based row r, column c.
 * Empty rows inside the data stay as empty arrays so row numbers keep matching the sheet.
 */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      values[colNumber - 1] = cellPrimitive(cell);
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    while (grid.length < rowNumber - 1) grid.push([]);
    grid[rowNumber - 1] = values;
  });
  return grid;
}

/**
 * Grids and sheet list of a loaded workbook. Sheets the tool wrote earlier (A1 starts with the
 * tool mark) are outputs, never inputs: they are listed in `existing` but not turned into grids.
 */
export function workbookInput(workbook: ExcelJS.Workbook): XlsxInput {
  const sheets: SheetGrids = {};
  const existing: ExistingSheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const a1Cell = worksheet.findRow(1)?.findCell(1);
    const a1 = a1Cell ? cellPrimitive(a1Cell) : null;
    existing.push({ name: worksheet.name, a1 });
    if (!isToolSheetTitle(a1)) sheets[worksheet.name] = worksheetGrid(worksheet);
  }
  return { workbook, sheets, existing };
}

/**
 * One frozen empty style for every unstyled row and cell of a workbook read from disk. exceljs gives
 * each a fresh `{}`, and when saving it renders the XML of every style object it has not met before:
 * sharing one object saves seconds when the CLI saves a province-scale workbook again (the --out copy).
 * Frozen, so that styling one such cell later throws instead of restyling them all.
 */
const UNSTYLED: Partial<ExcelJS.Style> = Object.freeze({});

const isEmpty = (style: object | undefined) => style !== undefined && Object.keys(style).length === 0;

function shareEmptyStyles(worksheet: ExcelJS.Worksheet): void {
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    const styled = row as unknown as { style: Partial<ExcelJS.Style> };
    if (isEmpty(styled.style)) styled.style = UNSTYLED;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (isEmpty(cell.style)) cell.style = UNSTYLED;
    });
  });
}

/**
 * Reads an .xlsx file. Rejects (throws) only when the file cannot be read as a workbook at all;
 * the CLI turns that into a message.
 */
export async function readWorkbookFile(path: string): Promise<XlsxInput> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const worksheet of workbook.worksheets) shareEmptyStyles(worksheet);
  return workbookInput(workbook);
}
