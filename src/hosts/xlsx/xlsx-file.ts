/**
 * The xlsx host's boundary, the same in Node (CLI) and in the browser (web page worker):
 * bytes of an .xlsx in → grids for computeWorkbook; grids' book + output tables → bytes of the copy.
 * No Node API here or in what it imports (no fs, no path, no Buffer): the web page bundles it.
 * The package is read and written at the zip level: only the sheets we use are parsed, and the
 * copy keeps every part of the input as stored (see package-write.ts).
 */
import type { ExistingSheet, SheetGrids } from "../../workbook/compute-types";
import type { OutputTable } from "../../workbook/output-table";
import { FILE_MSG, XlsxFileError } from "./file-errors";
import { packageWithTables, SheetConflictError } from "./package-write";
import { openPackage, readValues, type XlsxPackage } from "./xlsx-package";
import type { ZipCodec } from "./zip-archive";

export { XlsxFileError, type XlsxFileErrorKind } from "./file-errors";
export { SheetConflictError } from "./package-write";
export type { ZipCodec } from "./zip-archive";

export interface OpenOptions {
  /** Deflate/CRC implementation for reading and for the copy; default fflate (portable). The CLI passes Node's zlib. */
  codec?: ZipCodec;
}

/** An opened workbook: the grids of the input sheets the tool did not write, and every sheet's A1. */
export interface XlsxBook {
  sheets: SheetGrids;
  existing: ExistingSheet[];
  /** The opened package, kept to write the copy; opaque to callers. */
  readonly handle: unknown;
}

/**
 * Opens an .xlsx from its bytes.
 * @throws XlsxFileError when the bytes are not a readable .xlsx workbook (Chinese reason in `message`).
 */
export async function openXlsx(bytes: Uint8Array, options: OpenOptions = {}): Promise<XlsxBook> {
  try {
    const pkg = openPackage(bytes, options.codec);
    const { sheets, existing } = readValues(pkg);
    return { sheets, existing, handle: pkg };
  } catch (error) {
    if (error instanceof XlsxFileError) throw error;
    // Anything else a damaged file can provoke (e.g. a size that cannot be allocated): still a Chinese reason.
    throw new XlsxFileError("corrupt", FILE_MSG.corrupt("无法解析工作簿的内容"));
  }
}

/**
 * The bytes of a copy of the opened workbook with the output tables added (a sheet the tool wrote
 * earlier under the same name is replaced in place). Every other part of the package is kept.
 * @throws SheetConflictError when a table's name belongs to a sheet the tool did not write (computeWorkbook reports it first).
 */
export async function xlsxWithTables(book: XlsxBook, tables: readonly OutputTable[]): Promise<Uint8Array> {
  return packageWithTables(book.handle as XlsxPackage, book.existing, tables);
}

export { FILE_MSG };
