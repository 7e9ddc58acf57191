import { promises as fs } from "fs";
import path from "path";
import type ExcelJS from "exceljs";

/** Writes to a temporary name next to `target`, then renames it over `target`. */
async function replaceAtomically(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await write(temporary);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Deflate level of the saved .xlsx: 1 compresses a province-scale workbook several times faster
 * than jszip's default 6 for a file about a fifth larger.
 */
const ZIP_OPTIONS = { zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as const;

/**
 * Saves a workbook without ever leaving a half-written file at `target`. Rejects when the folder
 * is missing or the file cannot be replaced (e.g. open in Excel on Windows).
 */
export function saveWorkbookFile(workbook: ExcelJS.Workbook, target: string): Promise<void> {
  return replaceAtomically(target, (temporary) => workbook.xlsx.writeFile(temporary, ZIP_OPTIONS));
}

/** Writes a UTF-8 text file the same way (temporary name, then rename). */
export function saveTextFile(text: string, target: string): Promise<void> {
  return replaceAtomically(target, (temporary) => fs.writeFile(temporary, text, "utf8"));
}
