/**
 * 「插入模板」: adds each missing input sheet with its headers (as text), column widths, a frozen
 * header row and dropdown lists (ExcelApi 1.8) — never touching a sheet that exists. The 参数 sheet
 * comes filled with every parameter's name, default value and description.
 */
import { PARAM_SPECS } from "../../engine/params";
import { INPUT_SHEETS, SHEET, type InputSheetSpec } from "../../workbook/sheets";
import type { ExcelEnv } from "./excel-env";
import type { ExcelFeatures } from "./features";
import { columnWidthPoints, HEADER_FILL, TEXT_FORMAT } from "./sheet-cells";

export interface TemplateReport {
  created: string[];
  /** Input sheets that were already there (left as they were). */
  kept: string[];
}

/** The rows a new sheet starts with: headers, plus the parameters for 参数. */
export function templateRows(spec: InputSheetSpec): string[][] {
  const headers = spec.columns.map((c) => c.header);
  if (spec.name !== SHEET.params) return [headers];
  return [[...headers, "说明"], ...PARAM_SPECS.map((p) => [p.name, p.defaultText, p.description])];
}

/** Data rows that get dropdowns: enough for years of monthly rows. */
const VALIDATED_ROWS = 10_000;

function queueTemplateSheet(sheet: Excel.Worksheet, spec: InputSheetSpec, features: ExcelFeatures): void {
  const rows = templateRows(spec);
  const width = rows[0].length;
  const all = sheet.getRangeByIndexes(0, 0, rows.length, width);
  all.numberFormat = rows.map((r) => r.map(() => TEXT_FORMAT));
  all.values = rows;
  const header = sheet.getRangeByIndexes(0, 0, 1, width).format;
  header.font.bold = true;
  header.fill.color = HEADER_FILL;
  spec.columns.forEach((c, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(c.width);
  });
  if (width > spec.columns.length) sheet.getRangeByIndexes(0, spec.columns.length, 1, 1).format.columnWidth = columnWidthPoints(60);
  sheet.freezePanes.freezeRows(1);
  if (!features.dataValidation) return;
  spec.columns.forEach((c, col) => {
    if (!c.choices) return;
    sheet.getRangeByIndexes(1, col, VALIDATED_ROWS, 1).dataValidation.rule = {
      list: { inCellDropDown: true, source: c.choices.join(",") },
    };
  });
  if (spec.name === SHEET.params) {
    PARAM_SPECS.forEach((p, i) => {
      if (!p.choices) return;
      sheet.getRangeByIndexes(1 + i, 1, 1, 1).dataValidation.rule = { list: { inCellDropDown: true, source: p.choices.join(",") } };
    });
  }
}

/** Creates the missing input sheets in one sync after one sync that lists the sheets. */
export async function insertTemplate(env: ExcelEnv, features: ExcelFeatures, specs: readonly InputSheetSpec[] = INPUT_SHEETS): Promise<TemplateReport> {
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const present = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
    const missing = specs.filter((s) => !present.has(s.name.toLowerCase()));
    for (const spec of missing) queueTemplateSheet(worksheets.add(spec.name), spec, features);
    if (missing.length > 0) {
      worksheets.getItem(missing[0].name).activate();
      await context.sync();
    }
    return { created: missing.map((s) => s.name), kept: specs.filter((s) => present.has(s.name.toLowerCase())).map((s) => s.name) };
  });
}
