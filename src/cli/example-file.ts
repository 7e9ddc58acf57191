import ExcelJS from "exceljs";
import { exampleSheets } from "../example/example-workbook";
import { saveWorkbookFile } from "../hosts/xlsx/save-workbook";
import { writeInputSheets } from "../hosts/xlsx/write-input-sheets";

/** Fixed so that regenerating the example changes nothing but what the data changed. */
const EXAMPLE_DATE = new Date("2026-04-01T00:00:00Z");

/** Writes the bundled example workbook (input sheets only) to `target`. */
export async function writeExampleFile(target: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jsjb-scorer";
  workbook.created = EXAMPLE_DATE;
  workbook.modified = EXAMPLE_DATE;
  writeInputSheets(workbook, exampleSheets());
  await saveWorkbookFile(workbook, target);
}
