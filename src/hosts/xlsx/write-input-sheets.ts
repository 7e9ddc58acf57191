import type ExcelJS from "exceljs";
import type { SheetGrids } from "../../workbook/compute-types";
import { inputSheetSpec } from "../../workbook/sheets";
import { styleHeaderRow } from "./sheet-style";

export interface InputSheetOptions {
  /** Dropdown lists on the columns that have choices (类型, 事项, 级别, 审核). Default true. */
  dropdowns?: boolean;
  /** Rows below the data that still get the dropdowns, for new entries. Default 200. */
  spareRows?: number;
}

/** Columns typed by people as text that Excel would otherwise turn into dates or numbers. */
const TEXT_COLUMNS = new Set(["月份", "单位", "地区", "上级地区", "所属地区", "同一事项", "说明", "参数", "值"]);
const DEFAULT_WIDTH = 16;

/**
 * Adds input sheets (grids with the header row first) to a workbook the way a person would want
 * to keep them: bold filled header, frozen header row, column widths of the sheet contract,
 * 月份 and name columns formatted as text, dropdowns where the contract lists choices.
 * Used by the example generator, the tests and the benchmark.
 */
export function writeInputSheets(workbook: ExcelJS.Workbook, grids: SheetGrids, options: InputSheetOptions = {}): void {
  const dropdowns = options.dropdowns ?? true;
  const spareRows = options.spareRows ?? 200;
  for (const [name, grid] of Object.entries(grids)) {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    const headers = (grid[0] ?? []).map((h) => String(h ?? ""));
    const spec = inputSheetSpec(name);
    headers.forEach((header, c) => {
      const column = worksheet.getColumn(c + 1);
      const columnSpec = spec?.columns.find((s) => s.header === header);
      column.width = columnSpec?.width ?? (header === "说明" ? 40 : DEFAULT_WIDTH);
      if (TEXT_COLUMNS.has(header)) column.numFmt = "@";
    });
    for (const values of grid) worksheet.addRow(values.map((v) => (v === undefined ? null : v)));
    styleHeaderRow(worksheet.getRow(1), headers.length);
    if (!dropdowns || !spec) continue;
    headers.forEach((header, c) => {
      const choices = spec.columns.find((s) => s.header === header)?.choices;
      if (!choices) return;
      const validation: ExcelJS.DataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${choices.join(",")}"`],
        showErrorMessage: true,
        errorTitle: "输入值不在列表中",
        error: `请从下拉列表中选择：${choices.join("、")}`,
      };
      for (let r = 2; r <= grid.length + spareRows; r++) worksheet.getCell(r, c + 1).dataValidation = validation;
    });
  }
}
