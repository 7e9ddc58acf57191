/**
 * The xlsx host's boundary, the same in Node (CLI) and in the browser (web page worker):
 * bytes of an .xlsx in → grids for computeWorkbook; grids' book + output tables → bytes of the copy.
 * No Node API here (no fs, no path, no Buffer-only calls): the web page bundles this module.
 */
import ExcelJS from "exceljs";
import type { ExistingSheet, SheetGrids } from "../../workbook/compute-types";
import type { OutputTable } from "../../workbook/output-table";
import { workbookInput } from "./read-workbook";
import { writeOutputTables } from "./write-output";

/** Why a file is not a workbook we can read; `message` is Chinese, for people. */
export type XlsxFileErrorKind = "not-xlsx" | "corrupt" | "encrypted" | "no-sheets";

export class XlsxFileError extends Error {
  constructor(
    readonly kind: XlsxFileErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "XlsxFileError";
  }
}

/** An opened workbook: the grids of every sheet the tool did not write, and every sheet's A1. */
export interface XlsxBook {
  sheets: SheetGrids;
  existing: ExistingSheet[];
  /** The opened package, kept to write the copy; opaque to callers. */
  readonly handle: unknown;
}

/**
 * Opens an .xlsx from its bytes.
 * @throws XlsxFileError when the bytes are not a readable .xlsx workbook.
 */
export async function openXlsx(bytes: Uint8Array): Promise<XlsxBook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new XlsxFileError("not-xlsx", "不是 .xlsx 工作簿");
  }
  const input = workbookInput(workbook);
  return { sheets: input.sheets, existing: input.existing, handle: workbook };
}

/**
 * The bytes of a copy of the opened workbook with the output tables added (a sheet the tool wrote
 * earlier under the same name is replaced in place). Every other part of the package is kept.
 * @throws Error when a table's name belongs to a sheet the tool did not write (computeWorkbook reports it first).
 */
export async function xlsxWithTables(book: XlsxBook, tables: readonly OutputTable[]): Promise<Uint8Array> {
  const workbook = book.handle as ExcelJS.Workbook;
  const report = writeOutputTables(workbook, tables);
  if (report.refused.length > 0) throw new Error(`工作簿中已有不是本工具生成的同名工作表：${report.refused.join("、")}`);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
