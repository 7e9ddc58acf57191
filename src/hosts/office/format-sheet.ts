/**
 * The formats of an output sheet: cell styles (title and header font, header fill) that travel
 * with the cells, and the sheet's objects — column widths, frozen header rows, an Excel table with
 * filter buttons, a colour scale on score columns, on ranking sheets a bar chart, and the print
 * layout (ExcelApi 1.9). Queued only: the caller syncs them. Enum-typed strings are the typings'
 * values (`Excel.ConditionalFormatColorCriterionType` is `"LowestValue"`, not `"lowestValue"`).
 */
import { PRINT_FOOTER, printLayoutOf, type OutputTable } from "../../workbook/output-table";
import { columnLetters } from "../../workbook/problem";
import type { ExcelFeatures } from "./features";
import { columnWidthPoints, FIRST_DATA_ROW, HEADER_FILL, HEADER_ROW } from "./sheet-cells";

const TITLE_SIZE = 13;
/** Red (lowest) → yellow (median) → green (highest), Excel's own three-colour scale. */
const SCORE_SCALE: Excel.ConditionalColorScaleCriteria = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};
/** Rows a chart spans at least, and per bar. */
const CHART_MIN_ROWS = 16;
const CHART_WIDTH_COLS = 8;

/** Consecutive columns of equal width, so each run is one operation. */
function widthRuns(table: OutputTable): Array<{ col: number; count: number; points: number }> {
  const runs: Array<{ col: number; count: number; points: number }> = [];
  table.columns.forEach((c, col) => {
    const points = columnWidthPoints(c.width);
    const last = runs[runs.length - 1];
    if (last && last.points === points && last.col + last.count === col) last.count++;
    else runs.push({ col, count: 1, points });
  });
  return runs;
}

/** Queues the styles that belong to cells (a range copy carries them): bold title, bold filled header. */
export function queueCellStyles(sheet: Excel.Worksheet, table: OutputTable): void {
  const title = sheet.getRangeByIndexes(0, 0, 1, 1).format.font;
  title.bold = true;
  title.size = TITLE_SIZE;
  const header = sheet.getRangeByIndexes(HEADER_ROW, 0, 1, table.columns.length).format;
  header.font.bold = true;
  header.fill.color = HEADER_FILL;
  header.wrapText = true;
}

/** A header/footer text with `&` doubled: a single `&` starts a code such as `&P` (page number). */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * Queues the print layout of `printLayoutOf(table)` (ExcelApi 1.9): A4, orientation, one page wide
 * for ranking sheets, the header row and the leftmost columns repeated on every page, the title in
 * the page header and page numbers in the footer.
 */
export function queuePrintLayout(sheet: Excel.Worksheet, table: OutputTable): void {
  const layout = printLayoutOf(table);
  const page = sheet.pageLayout;
  page.paperSize = "A4";
  page.orientation = layout.orientation === "landscape" ? "Landscape" : "Portrait";
  // No vertical limit (0): the pages run down as far as the rows need.
  page.zoom = layout.fitToWidth ? { horizontalFitToPages: layout.pagesWide ?? 1, verticalFitToPages: 0 } : { scale: 100 };
  if (layout.repeatHeaderRow) page.setPrintTitleRows(`$${HEADER_ROW + 1}:$${HEADER_ROW + 1}`);
  if (layout.repeatColumns > 0) page.setPrintTitleColumns(`$A:$${columnLetters(layout.repeatColumns - 1)}`);
  page.headersFooters.defaultForAllPages.centerHeader = headerText(layout.pageHeader);
  page.headersFooters.defaultForAllPages.centerFooter = PRINT_FOOTER;
}

/** Queues the sheet's objects over its written cells: widths, frozen rows, table, colour scales, chart, print layout. */
export function queueSheetObjects(sheet: Excel.Worksheet, table: OutputTable, tableName: string, features: ExcelFeatures): void {
  const width = table.columns.length;
  const rows = table.rows.length;
  for (const run of widthRuns(table)) sheet.getRangeByIndexes(0, run.col, 1, run.count).format.columnWidth = run.points;
  sheet.freezePanes.freezeRows(FIRST_DATA_ROW);
  if (features.pageLayout) queuePrintLayout(sheet, table);
  if (rows === 0) return;

  const excelTable = sheet.tables.add(sheet.getRangeByIndexes(HEADER_ROW, 0, rows + 1, width), true);
  excelTable.name = tableName;
  excelTable.style = "TableStyleLight9";
  excelTable.showFilterButton = true;
  const dataColumn = (col: number) => sheet.getRangeByIndexes(FIRST_DATA_ROW, col, rows, 1);
  for (const col of table.scoreColumns) {
    const cf = dataColumn(col).conditionalFormats.add("ColorScale");
    cf.colorScale.criteria = SCORE_SCALE;
  }
  if (table.chart) {
    const chart = sheet.charts.add("BarClustered", dataColumn(table.chart.valueCol), "Columns");
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(dataColumn(table.chart.categoryCol));
    series.name = table.columns[table.chart.valueCol].header;
    chart.title.text = table.chart.title;
    chart.legend.visible = false;
    const bottom = HEADER_ROW + Math.max(CHART_MIN_ROWS, rows + 2);
    chart.setPosition(sheet.getRangeByIndexes(HEADER_ROW, width + 1, 1, 1), sheet.getRangeByIndexes(bottom, width + CHART_WIDTH_COLS, 1, 1));
  }
}

/** Every format of a new output sheet: its cell styles and its objects. */
export function queueSheetFormats(sheet: Excel.Worksheet, table: OutputTable, tableName: string, features: ExcelFeatures): void {
  queueCellStyles(sheet, table);
  queueSheetObjects(sheet, table, tableName, features);
}
